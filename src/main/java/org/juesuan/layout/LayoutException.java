package org.juesuan.layout;

/** A sheet carries a table title but its header or body cannot be understood; names the place. */
public class LayoutException extends Exception {
    public LayoutException(String message) {
        super(message);
    }
}
