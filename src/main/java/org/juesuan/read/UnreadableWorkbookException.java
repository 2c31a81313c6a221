package org.juesuan.read;

/** The file cannot be read as a spreadsheet at all: corrupt, encrypted, not Excel. */
public class UnreadableWorkbookException extends Exception {
    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableWorkbookException(String message) {
        super(message);
    }
}
