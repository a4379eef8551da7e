package dev.atk.report;

import dev.atk.metric.Metric;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code set chart_x}: reading an argument from a resolved call, and the per-budget curves by hand. */
class ArgumentSweepTest {

    @Test
    void argumentsAreReadAtAnyDepthAndOnlyAsWholeNames() {
        String call = "mifgsm(loss=bce, targets=closest(n=15, ratio=1.66), mu=1.0)";
        assertEquals(15.0, ArgumentSweep.argument(call, "n").getAsDouble());
        assertEquals(1.66, ArgumentSweep.argument(call, "ratio").getAsDouble());
        assertEquals(0.25, ArgumentSweep.argument("mifgsm(loss=slam(q=0.25), targets=all, mu=1.0)", "q").getAsDouble());
        assertEquals(-1.0, ArgumentSweep.argument("closest(n=-1)", "n").getAsDouble());
        assertTrue(ArgumentSweep.argument("mifgsm(loss=bce, targets=all, mu=1.0)", "n").isEmpty());
        assertTrue(ArgumentSweep.argument("f(gamma_n=3)", "n").isEmpty(), "gamma_n is not n");
    }

    @Test
    void oneCurvePerBudgetWithXAscending() {
        List<ResultRecord> records = new ArrayList<>();
        // closest(n=10) then closest(n=5), two budgets, two images each
        String ten = "mifgsm(loss=bce, targets=closest(n=10, ratio=1.66), mu=1.0)";
        String five = "mifgsm(loss=bce, targets=closest(n=5, ratio=1.66), mu=1.0)";
        records.addAll(Records.row("closest(n=10)", ten, 0.01, "0.01", 4, 6));
        records.addAll(Records.row("closest(n=5)", five, 0.01, "0.01", 2, 2));
        records.addAll(Records.row("closest(n=10)", ten, 0.02, "0.02", 8, 8));
        records.addAll(Records.row("closest(n=5)", five, 0.02, "0.02", 3, 5));
        records.addAll(Records.row("bce()", Records.BCE, 0.01, "0.01", 1, 1)); // no n: left out
        List<ArgumentSweep.Curve> curves = ArgumentSweep.of(records, Metric.FLIPS, "n");
        assertEquals(2, curves.size());
        assertEquals(0.01, curves.get(0).budget());
        assertArrayEquals(new double[] {5, 10}, curves.get(0).x());
        assertArrayEquals(new double[] {2, 5}, curves.get(0).mean());
        assertArrayEquals(new double[] {0, 1}, curves.get(0).std());
        assertArrayEquals(new double[] {4, 8}, curves.get(1).mean());
        assertArrayEquals(new double[] {1, 0}, curves.get(1).std());
    }
}
