package dev.atk.exec;

import dev.atk.spi.AttackOutcome;
import java.util.List;

/**
 * What {@code report … as images} shows, computed by the executor (each attack re-run on the shown images with their
 * pixels kept) and drawn by a {@link ReportWriter}.
 *
 * @param model the model's name, for the title
 * @param labels the model's label names
 * @param threshold the decision threshold the predictions use
 * @param attacks per attack column: its label and the budget it ran at
 * @param rows per shown image: its id and, per attack, the regenerated outcome (with pixels)
 * @param mismatches regenerated outcomes whose flips differ from the logged record's
 */
public record ImagePanel(String model, List<String> labels, double threshold, List<Column> attacks, List<Row> rows,
                         int mismatches) {

    /** One attack of the panel. */
    public record Column(String label, double eps) {}

    /** One image of the panel: the outcome of each attack, in column order. */
    public record Row(String itemId, List<AttackOutcome> outcomes) {}
}
