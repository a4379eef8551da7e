package dev.atk.value;

/** Thrown at plan time when an expression needs a profile that has not been computed yet. */
public final class NotYetKnown extends RuntimeException {
    public NotYetKnown() {
        super("needs a computed profile", null, false, false);
    }
}
