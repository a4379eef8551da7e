package dev.atk.spi;

/**
 * A failure at run time that the user can act on: a missing or corrupt weights file, a missing data folder,
 * NaN gradients. Its message is one clear line shown as-is, never with a stack trace.
 */
public class AtkRuntimeException extends RuntimeException {
    public AtkRuntimeException(String message) {
        super(message);
    }

    public AtkRuntimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
