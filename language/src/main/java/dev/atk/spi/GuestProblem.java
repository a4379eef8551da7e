package dev.atk.spi;

/** A problem inside guest code: 1-based line and column within the code as the user wrote it (0 when unknown). */
public record GuestProblem(int line, int column, String message) {}
