package dev.atk.diag;

import dev.atk.source.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every diagnostic of a stage; stages after one with errors do not run. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void error(SourceSpan span, String message) {
        add(Diagnostic.error(span, message));
    }

    public void error(SourceSpan span, String message, String hint) {
        add(Diagnostic.error(span, message, hint));
    }

    public void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** All diagnostics in source order (line, column), errors and warnings together. */
    public List<Diagnostic> sorted() {
        return items.stream()
                .sorted(Comparator.comparingInt((Diagnostic d) -> d.span().line()).thenComparingInt(d -> d.span().column()))
                .toList();
    }

    public int size() {
        return items.size();
    }
}
