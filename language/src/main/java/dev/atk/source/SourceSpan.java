package dev.atk.source;

/**
 * Where a piece of syntax came from: 1-based line and column of its first and last character,
 * and 0-based character offsets [start, end) into the source text.
 */
public record SourceSpan(Source source, int line, int column, int endLine, int endColumn, int start, int end) {

    /** A span covering this one and {@code other} (which must come from the same source). */
    public SourceSpan to(SourceSpan other) {
        return new SourceSpan(source, line, column, other.endLine, other.endColumn, start, other.end);
    }

    /** Length in characters on the first line, at least 1 (used for the caret underline). */
    public int widthOnFirstLine() {
        if (endLine != line) {
            return Math.max(1, source.line(line).length() - column + 1);
        }
        return Math.max(1, endColumn - column + 1);
    }

    @Override
    public String toString() {
        return source.name() + ":" + line + ":" + column;
    }
}
