package dev.atk.syntax;

import dev.atk.source.SourceSpan;

/** A name as written, with where it was written. */
public record Ident(String name, SourceSpan span) {
    @Override
    public String toString() {
        return name;
    }
}
