package dev.atk.spi;

/**
 * What a {@code data} statement named.
 *
 * @param dir the directory after {@code at}, or null for bundled data
 * @param split the split, e.g. {@code test}
 */
public record DataRef(String name, String dir, String split) implements java.io.Serializable {}
