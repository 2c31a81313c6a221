package org.juesuan.query;

/** A statement the read-only query refuses to run; the message says why. */
public class RefusedStatementException extends IllegalArgumentException {

    public RefusedStatementException(String message) {
        super(message);
    }
}
