package dev.atk.source;

import java.util.List;

/** A named piece of ATK text: a file, a REPL entry, or a string an embedder passed in. */
public final class Source {
    private final String name;
    private final String text;
    private final List<String> lines;

    /** {@code text} may start with a byte-order mark, which editors on Windows write; it is not part of the script. */
    public Source(String name, String text) {
        this.name = name;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.lines = this.text.lines().toList();
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** The text of 1-based line {@code n}, without its line terminator; "" past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    public int lineCount() {
        return lines.size();
    }

    /**
     * The span of char offsets [start, end) (a point when empty), with lines counted as {@link #line} counts them.
     * For positions found after parsing, such as an error inside a guest function's string.
     */
    public SourceSpan span(int start, int end) {
        start = Math.max(0, Math.min(start, text.length()));
        end = Math.max(start, Math.min(end, text.length()));
        int[] from = lineAndColumn(start);
        int[] to = end > start ? lineAndColumn(end - 1) : from;
        return new SourceSpan(this, from[0], from[1], to[0], to[1], start, Math.max(start, end));
    }

    private int[] lineAndColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    @Override
    public String toString() {
        return name;
    }
}
