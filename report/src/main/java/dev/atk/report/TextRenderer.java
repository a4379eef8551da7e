package dev.atk.report;

import java.util.ArrayList;
import java.util.List;

/** The terminal table: aligned columns, "m ± s" cells, "*" after a marked cell, "—" where an attack was not run. */
final class TextRenderer {
    private TextRenderer() {}

    static final String MISSING = "—";
    private static final String GAP = "  ";

    static String render(FlipsTable table) {
        if (table.isEmpty()) return "no results to report\n";
        List<String> header = new ArrayList<>();
        header.add("attack");
        for (Column c : table.columns()) header.add(c.header());
        if (table.hasTotal()) header.add("Total");

        List<List<String>> body = new ArrayList<>();
        for (Row r : table.rows()) {
            List<String> line = new ArrayList<>();
            line.add(r.attack());
            for (Cell c : r.cells()) line.add(c == null ? MISSING + " " : table.format(c) + mark(c));
            if (table.hasTotal()) line.add(r.total() == null ? MISSING + " " : table.formatTotal(r.total()) + mark(r.total()));
            body.add(line);
        }
        // Every value cell ends in a one-character marker slot ("*" or a space), so decimal points stay aligned
        // whether or not a cell is marked; headers end where the numbers end.
        int[] width = new int[header.size()];
        for (int j = 0; j < width.length; j++) {
            width[j] = j == 0 ? header.get(0).length() : header.get(j).length() + 1;
            for (List<String> line : body) width[j] = Math.max(width[j], line.get(j).length());
        }
        StringBuilder out = new StringBuilder();
        List<String> headerCells = new ArrayList<>(header);
        for (int j = 1; j < headerCells.size(); j++) headerCells.set(j, headerCells.get(j) + " ");
        appendLine(out, headerCells, width);
        int total = 0;
        for (int w : width) total += w;
        out.append("-".repeat(total + GAP.length() * (width.length - 1))).append('\n');
        for (List<String> line : body) appendLine(out, line, width);
        for (String f : table.footer("marked (*)")) out.append(f).append('\n');
        return out.toString();
    }

    private static String mark(Cell c) {
        return c.best() ? "*" : " ";
    }

    /** Attack names left-aligned, numbers right-aligned, trailing blanks trimmed. */
    private static void appendLine(StringBuilder out, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) line.append(GAP);
            String s = cells.get(j);
            String pad = " ".repeat(width[j] - s.length());
            line.append(j == 0 ? s + pad : pad + s);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
