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

    /** The most characters of a source line shown; a longer line is shown as a window around the caret. */
    static final int MAX_LINE = 160;
    /** How much of the line before the caret the window keeps. */
    private static final int BEFORE_CARET = 60;
    /** The most characters of a message or hint (a 1 MB token must not make a 3 MB diagnostic). */
    static final int MAX_TEXT = 400;
    private static final String CUT = "…";

    static String render(Diagnostic d) {
        SourceSpan s = d.span();
        StringBuilder out = new StringBuilder(clip(d.headline())).append('\n');
        String line = expandTabs(s.source().line(s.line()));
        String number = Integer.toString(s.line());
        String gutter = " ".repeat(number.length());
        int caretColumn = visualColumn(line, s.column());
        int width = Math.max(1, Math.min(s.widthOnFirstLine(), Math.max(1, line.length() - s.column() + 1)));
        int from = 0;
        int to = line.length();
        if (line.length() > MAX_LINE) {
            from = Math.max(0, Math.min(caretColumn - BEFORE_CARET, line.length() - MAX_LINE));
            to = Math.min(line.length(), from + MAX_LINE);
        }
        String prefix = from > 0 ? CUT : "";
        String shown = prefix + line.substring(from, to) + (to < line.length() ? CUT : "");
        int caret = prefix.length() + caretColumn - from;
        int carets = Math.max(1, Math.min(width, prefix.length() + (to - from) - caret));
        out.append("  ").append(number).append(" | ").append(shown).append('\n');
        out.append("  ").append(gutter).append(" | ").append(" ".repeat(caret)).append("^".repeat(carets));
        d.hint().ifPresent(h -> out.append('\n').append("  hint: ").append(clip(h)));
        return out.toString();
    }

    /** A message or hint of at most {@link #MAX_TEXT} characters. */
    private static String clip(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    /** Tabs become single spaces so the caret lines up whatever the terminal's tab width. */
    private static String expandTabs(String line) {
        return line.replace('\t', ' ');
    }

    private static int visualColumn(String line, int column) {
        return Math.max(0, Math.min(column - 1, line.length()));
    }
}
