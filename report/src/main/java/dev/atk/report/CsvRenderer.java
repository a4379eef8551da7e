package dev.atk.report;

import java.util.List;

/**
 * Raw numbers for further analysis, one line per cell (RFC 4180; attack calls contain commas, so they are quoted):
 * {@code attack,canonical,budget,column,mean,std,n,p_value,best}. Budget cells come first, then the Total cells
 * (budget empty, column "Total", std empty). NaN budgets (minimise-perturbation attacks) are written "NaN", which
 * pandas and numpy read back. p_value is filled only on each column's top cell, which was the one tested.
 */
final class CsvRenderer {
    private CsvRenderer() {}

    static final String HEADER = "attack,canonical,budget,column,mean,std,n,p_value,best";

    static String render(FlipsTable table) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Row r : table.rows()) {
            for (int j = 0; j < table.columns().size(); j++) {
                Cell c = r.cells().get(j);
                if (c == null) continue;   // not run: no line, rather than a line of empties
                Column col = table.columns().get(j);
                line(out, r, Double.toString(col.budget()), col.header(), c, Double.toString(c.std()));
            }
        }
        for (Row r : table.rows()) {
            if (r.total() != null) line(out, r, "", "Total", r.total(), "");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, Row r, String budget, String column, Cell c, String std) {
        List<String> fields = List.of(r.attack(), r.canonical(), budget, column, Double.toString(c.mean()), std,
                Integer.toString(c.n()), Double.isNaN(c.p()) ? "" : Double.toString(c.p()), Boolean.toString(c.best()));
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(fields.get(i)));
        }
        out.append('\n');
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
