package dev.atk.stdlib.model;

/** A model that cannot be loaded: bad config field, missing or corrupt weights. One-line message. */
public final class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
