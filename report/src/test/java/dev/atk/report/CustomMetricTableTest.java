package dev.atk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atk.metric.CustomMetric;
import dev.atk.metric.Metric;
import dev.atk.spi.HostFunction;
import dev.atk.value.HostFunctionValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A metric of the script's own is tabulated exactly as a built-in one: a function that returns a record's flips gives
 * the flips table's numbers, tests and marks, and one that returns its L2 norm, named {@code l2}, renders the very
 * text of {@code report l2} in every format.
 */
class CustomMetricTableTest {

    /** A host function of the record object, as {@code report metric(name)} would call it. */
    private static CustomMetric field(String name, String field, double sign, boolean higherIsBetter) {
        HostFunction f = args -> sign * (Double) ((Map<?, ?>) args.get(0)).get(field);
        return new CustomMetric(new HostFunctionValue(name, null, f), higherIsBetter);
    }

    @Test
    void flipsOfYourOwnAreTheFlipsTable() {
        FlipsTable builtIn = FlipsTable.of(Records.paperLike(), ReportOptions.of(Metric.FLIPS));
        FlipsTable own = FlipsTable.of(Records.paperLike(), ReportOptions.of(field("m", "flips", 1, true)));
        assertEquals(builtIn.columns(), own.columns());
        assertEquals(builtIn.rows(), own.rows(), "every mean, std, per-image value, test and mark");
        assertTrue(own.rows().get(2).cells().get(0).best(), "slam's first cell is marked, as in the flips table");
        assertEquals(ReportRenderer.render(builtIn, ReportFormat.CSV), ReportRenderer.render(own, ReportFormat.CSV));
    }

    /** better="lower" on the negated flips marks the same cells: the direction is the function's, not flips'. */
    @Test
    void lowerIsBetterTurnsTheMarkAround() {
        FlipsTable builtIn = FlipsTable.of(Records.paperLike(), ReportOptions.of(Metric.FLIPS));
        FlipsTable negated = FlipsTable.of(Records.paperLike(), ReportOptions.of(field("m", "flips", -1, false)));
        for (int i = 0; i < builtIn.rows().size(); i++) {
            Row expected = builtIn.rows().get(i);
            Row row = negated.rows().get(i);
            for (int j = 0; j < expected.cells().size(); j++) {
                assertEquals(expected.cells().get(j).best(), row.cells().get(j).best(), row.attack() + " column " + j);
                assertEquals(-expected.cells().get(j).mean(), row.cells().get(j).mean(), 1e-12);
                assertEquals(expected.cells().get(j).p(), row.cells().get(j).p(), 1e-12);
            }
            assertEquals(expected.total().best(), row.total().best());
        }
        FlipsTable higher = FlipsTable.of(Records.paperLike(), ReportOptions.of(field("m", "flips", -1, true)));
        assertNotNull(higher.rows().get(0).cells().get(0).test(), "higher is better: bce's cell tops the column");
    }

    @Test
    void anL2OfYourOwnRendersAsReportL2() {
        CustomMetric own = field("l2", "l2", 1, false);
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(ReportRenderer.render(Records.paperLike(), Metric.L2, format),
                    ReportRenderer.render(Records.paperLike(), own, format), format.name());
        }
    }

    @Test
    void itsNameTitlesTheTable() throws Exception {
        String text = ReportRenderer.render(Records.paperLike(), field("share", "flips", 1, true), ReportFormat.TABLE);
        assertTrue(text.contains("share: mean ± std over images"), text);
        JsonNode json = new ObjectMapper().readTree(ReportRenderer.render(Records.paperLike(),
                field("share", "flips", 1, false), ReportFormat.JSON));
        assertEquals("share", json.get("metric").asText());
        assertFalse(json.get("higher_is_better").asBoolean());
    }
}
