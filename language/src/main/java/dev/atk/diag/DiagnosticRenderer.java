package dev.atk.diag;

import dev.atk.source.SourceSpan;

/**
 * Renders a diagnostic the way compilers users trust do it:
 * <pre>
 * quickstart.atk:3:35: unknown attack 'slamm' — did you mean 'slam'?
 *     3 | for eps in profile(0.05..1.0) run slamm(q=0.5)
 *       |                                   ^^^^^
 *   hint: ...
 * </pre>
 */
final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    static String render(Diagnostic d) {
        SourceSpan s = d.span();
        StringBuilder out = new StringBuilder(d.headline()).append('\n');
        String line = s.source().line(s.line());
        String number = Integer.toString(s.line());
        String gutter = " ".repeat(number.length());
        out.append("  ").append(number).append(" | ").append(expandTabs(line)).append('\n');
        int caretColumn = visualColumn(line, s.column());
        int width = Math.max(1, Math.min(s.widthOnFirstLine(), Math.max(1, line.length() - s.column() + 1)));
        out.append("  ").append(gutter).append(" | ").append(" ".repeat(caretColumn)).append("^".repeat(width));
        d.hint().ifPresent(h -> out.append('\n').append("  hint: ").append(h));
        return out.toString();
    }

    /** Tabs become single spaces so the caret lines up whatever the terminal's tab width. */
    private static String expandTabs(String line) {
        return line.replace('\t', ' ');
    }

    private static int visualColumn(String line, int column) {
        return Math.max(0, Math.min(column - 1, line.length()));
    }
}
