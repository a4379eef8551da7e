package dev.atk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * JSON for the table, the chart data and the per-image values. Built as a tree rather than by serialising the
 * records, so the shape is a stable contract (snake_case, no Java names) and NaN — which JSON lacks — becomes null.
 */
final class JsonRenderer {
    private JsonRenderer() {}

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * {@code {metric, higher_is_better, test, alpha, footer[], columns[{header, budget}],
     * rows[{attack, canonical, cells[{mean, std, n, best, p?, t?, df?} | null], total{mean, n, best, p?} | null}]}}.
     * p, t and df appear on each column's top cell, the one tested against the runner-up.
     */
    static String render(FlipsTable table) {
        ObjectNode root = head(table);
        ArrayNode footer = root.putArray("footer");
        table.footer("marked").forEach(footer::add);
        ArrayNode columns = root.putArray("columns");
        for (Column c : table.columns()) {
            ObjectNode col = columns.addObject();
            col.put("header", c.header());
            number(col, "budget", c.budget());
        }
        root.put("has_total", table.hasTotal());
        ArrayNode rows = root.putArray("rows");
        for (Row r : table.rows()) {
            ObjectNode row = rows.addObject();
            row.put("attack", r.attack());
            row.put("canonical", r.canonical());
            ArrayNode cells = row.putArray("cells");
            for (Cell c : r.cells()) {
                if (c == null) cells.addNull(); else cell(cells.addObject(), c, true);
            }
            if (r.total() == null) row.putNull("total"); else cell(row.putObject("total"), r.total(), false);
        }
        return write(root);
    }

    /** {@code {metric, ..., series[{attack, points[{budget, header, mean, std, n}]}]}}: the input of a chart. */
    static String chart(FlipsTable table) {
        ObjectNode root = head(table);
        ArrayNode series = root.putArray("series");
        for (ChartSeries s : ChartSeries.of(table)) {
            ObjectNode o = series.addObject();
            o.put("attack", s.attack());
            ArrayNode points = o.putArray("points");
            for (ChartSeries.Point p : s.points()) {
                ObjectNode q = points.addObject();
                number(q, "budget", p.budget());
                q.put("header", p.header());
                number(q, "mean", p.mean());
                number(q, "std", p.std());
                q.put("n", p.n());
            }
        }
        return write(root);
    }

    /** {@code {metric, ..., images[{item, attack, budget, header, value}]}}: per-image values behind every cell. */
    static String perImage(FlipsTable table) {
        ObjectNode root = head(table);
        ArrayNode images = root.putArray("images");
        for (Row r : table.rows()) {
            for (int j = 0; j < table.columns().size(); j++) {
                Cell c = r.cells().get(j);
                if (c == null) continue;
                Column col = table.columns().get(j);
                c.values().forEach((item, v) -> {
                    ObjectNode o = images.addObject();
                    o.put("item", item);
                    o.put("attack", r.attack());
                    number(o, "budget", col.budget());
                    o.put("header", col.header());
                    number(o, "value", v);
                });
            }
        }
        return write(root);
    }

    private static ObjectNode head(FlipsTable table) {
        ObjectNode root = MAPPER.createObjectNode();
        ReportOptions o = table.options();
        root.put("metric", o.metric().keyword());
        root.put("higher_is_better", o.metric().higherIsBetter());
        root.put("test", o.test().keyword());
        root.put("alpha", o.alpha());
        return root;
    }

    private static void cell(ObjectNode o, Cell c, boolean withStd) {
        number(o, "mean", c.mean());
        if (withStd) number(o, "std", c.std());
        o.put("n", c.n());
        o.put("best", c.best());
        if (c.test() != null) {
            number(o, "p", c.test().p());
            number(o, "t", c.test().t());
            number(o, "df", c.test().df());
        }
    }

    /** NaN and ±∞ are not JSON: null. */
    private static void number(ObjectNode o, String name, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) o.putNull(name); else o.put(name, v);
    }

    private static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);   // a tree of strings and numbers always serialises
        }
    }
}
