package dev.atk.report;

/** A GitHub-flavoured Markdown table, the best cell in bold as in the paper. */
final class MarkdownRenderer {
    private MarkdownRenderer() {}

    static String render(FlipsTable table) {
        if (table.isEmpty()) return "_no results to report_\n";
        StringBuilder out = header("attack", table);
        for (Row r : table.rows()) {
            // A code span keeps "_" and "*" in attack calls literal; "|" still needs escaping inside a table.
            out.append("| `").append(escape(r.attack())).append("` |");
            for (Cell c : r.cells()) {
                out.append(' ').append(c == null ? TextRenderer.MISSING : bold(table.format(c), c.best())).append(" |");
            }
            if (table.hasTotal()) {
                Cell t = r.total();
                out.append(' ').append(t == null ? TextRenderer.MISSING : bold(table.formatTotal(t), t.best())).append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
        for (String f : table.footer("in bold")) out.append(f).append("  \n");   // two spaces: a Markdown line break
        return out.toString();
    }

    /** The header row (first column {@code first}, one per budget, Total) and the alignment rule, as Markdown. */
    static StringBuilder header(String first, FlipsTable table) {
        StringBuilder out = new StringBuilder("| " + first + " |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Column c : table.columns()) {
            out.append(' ').append(escape(c.header())).append(" |");
            rule.append("---:|");
        }
        if (table.hasTotal()) {
            out.append(" Total |");
            rule.append("---:|");
        }
        return out.append('\n').append(rule).append('\n');
    }

    private static String bold(String s, boolean best) {
        return best ? "**" + s + "**" : s;
    }

    static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
