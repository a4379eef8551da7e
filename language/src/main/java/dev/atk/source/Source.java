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

    @Override
    public String toString() {
        return name;
    }
}
