package dev.atk.cli;

/** The process exit codes (LANGUAGE.md, "Command line"). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int RUNTIME_FAILURE = 1;
    public static final int USAGE = 2;
    public static final int SCRIPT_ERROR = 65;
    public static final int CANCELLED = 130;

    private ExitCodes() {}
}
