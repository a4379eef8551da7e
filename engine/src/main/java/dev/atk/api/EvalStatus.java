package dev.atk.api;

/** How an evaluation ended; the command line maps these to exit codes (LANGUAGE.md). */
public enum EvalStatus {
    OK(0), RUNTIME_ERROR(1), CANCELLED(130), SCRIPT_ERROR(65);

    private final int exitCode;

    EvalStatus(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
