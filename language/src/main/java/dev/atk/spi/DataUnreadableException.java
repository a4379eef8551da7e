package dev.atk.spi;

/**
 * A data set's files failed while a statement read them: a missing folder, a corrupt or truncated image, a bad
 * annotation. The mistake is in the {@code data} statement (or its folder), not in the model or the attack that was
 * running, so the session positions it there.
 */
public class DataUnreadableException extends AtkRuntimeException {
    public DataUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
