package dev.atk.spi;

/** What a {@code model} statement named: a bundled/known name, or a path to a JSON config. */
public record ModelRef(String ref, boolean isPath) implements java.io.Serializable {}
