package dev.atk.spi;

/** Thrown out of a running primitive when the user cancelled (Ctrl-C, {@code Session.cancel()}). */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
