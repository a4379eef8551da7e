package dev.atk.report;

import dev.atk.result.ResultTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rendered table's numbers as the embedding API hands them out ({@link ResultTable}): the same table, no text. */
final class ResultTables {
    private ResultTables() {}

    static ResultTable of(FlipsTable table, String metric, Optional<String> set) {
        List<ResultTable.Column> columns = table.columns().stream()
                .map(c -> new ResultTable.Column(c.header(), c.budget(), c.matched())).toList();
        List<ResultTable.Row> rows = new ArrayList<>();
        for (Row r : table.rows()) {
            List<Optional<ResultTable.Cell>> cells = new ArrayList<>();
            for (Cell c : r.cells()) {
                cells.add(cell(c));
            }
            rows.add(new ResultTable.Row(r.attack(), r.canonical(), cells, cell(r.total())));
        }
        return new ResultTable(metric, set, columns, rows, table.hasTotal());
    }

    private static Optional<ResultTable.Cell> cell(Cell c) {
        return c == null ? Optional.empty()
                : Optional.of(new ResultTable.Cell(c.mean(), c.std(), c.n(), c.best(), c.p()));
    }
}
