package org.juesuan.summary;

/** A scope that names nothing in the warehouse: an unknown department or region, or nothing left to sum. */
public class SummaryScopeException extends Exception {

    public SummaryScopeException(String message) {
        super(message);
    }
}
