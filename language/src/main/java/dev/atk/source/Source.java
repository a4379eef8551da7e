package dev.atk.source;

import java.util.List;

/** A named piece of ATK text: a file, a REPL entry, or a string an embedder passed in. */
public final class Source {
    private final String name;
    private final String text;
    private final List<String> lines;

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
        this.lines = text.lines().toList();
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
