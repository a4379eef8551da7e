package dev.atk.value;

/**
 * Thrown at plan time when an expression can only be evaluated later: it needs a profile that has not been computed
 * yet, or it calls a script's own function, which runs when the plan runs (never while checking or planning).
 */
public final class NotYetKnown extends RuntimeException {
    private final boolean needsProfile;

    public NotYetKnown() {
        this(true);
    }

    private NotYetKnown(boolean needsProfile) {
        super(needsProfile ? "needs a computed profile" : "calls a script's own function", null, false, false);
        this.needsProfile = needsProfile;
    }

    /** A guest function's call: deferred to run time, with no profile behind it. */
    public static NotYetKnown untilRun() {
        return new NotYetKnown(false);
    }

    /** Whether what is missing is the profile (so the deferred value depends on the profile's plan node). */
    public boolean needsProfile() {
        return needsProfile;
    }
}
