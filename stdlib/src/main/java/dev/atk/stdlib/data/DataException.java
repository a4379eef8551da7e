package dev.atk.stdlib.data;

/** A missing, unreadable or corrupt data file, with a one-line message naming the file and the problem. */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
