package dev.atk.cli;

/** A mistake in how atk was called (a missing file, a bad option value): one line, exit code 2. */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message, null, false, false);
    }
}
