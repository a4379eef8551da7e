package dev.atk.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.atk.plan.PlanNode;
import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.HostFunction;
import dev.atk.syntax.OutputFormat;
import dev.atk.value.GuestFunctionValue;
import dev.atk.value.HostFunctionValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A metric of the script's own: what its function receives, and how each wrong answer reads. */
class CustomMetricTest {
    private static final Provenance PROVENANCE = new Provenance("s", "p", "m", 0, "v", "cpu", "faithful");

    /** Image 17: clean predicts labels 0 and 2 (threshold 0.5), the attack turned label 2 off. */
    private static ResultRecord record(double budget, float[] target, Map<String, Double> measures) {
        return new ResultRecord("t/17/" + budget, "q2l", "coco", "17", "bce()", "mifgsm(loss=bce)", budget,
                "0.01", 1, 12, 0.01, 0.5, 0.004, new float[] {0.9f, 0.1f, 0.7f}, new float[] {0.8f, 0.2f, 0.3f},
                1.5, PROVENANCE, target, 0.5, measures, null);
    }

    private static CustomMetric metric(String name, HostFunction f) {
        return new CustomMetric(new HostFunctionValue(name, "1", f), true);
    }

    @Test
    void theFunctionReceivesTheRecordAsPlainValues() {
        Map<String, Object> r = RecordObject.of(record(0.01, new float[] {1, Float.NaN, 0}, Map.of("queries", 40.0)));
        assertEquals("17", r.get("id"));
        assertEquals("bce()", r.get("attack"));
        assertEquals(0.01, r.get("budget"));
        assertEquals("0.01", r.get("budget_label"));
        assertEquals(3.0, r.get("labels"));
        assertEquals(List.of(0.9f, 0.1f, 0.7f).stream().map(Float::doubleValue).toList(), r.get("clean"));
        assertEquals(Arrays.asList(1.0, null, 0.0), r.get("target"), "NaN (either way) reads null");
        assertEquals(1.0, r.get("flips"));
        assertEquals(12.0, r.get("iterations"));
        assertEquals(0.5, r.get("l2"));
        assertEquals(0.5, r.get("threshold"));
        assertEquals(Map.of("queries", 40.0), r.get("measures"));
    }

    @Test
    void aMinimalAttacksBudgetIsNullAndMaxFlipIsItsTarget() {
        Map<String, Object> r = RecordObject.of(record(Double.NaN, null, null));
        assertNull(r.get("budget"));
        assertFalse(r.containsValue(Double.NaN));
        assertEquals(List.of(0.0, 1.0, 0.0), r.get("target"), "every label to the other side of the threshold");
        assertEquals(Map.of(), r.get("measures"));
    }

    @Test
    void itsNumberIsWhatTheFunctionReturns() {
        CustomMetric share = metric("share", args -> {
            Map<?, ?> r = (Map<?, ?>) args.get(0);
            return (Double) r.get("flips") / (Double) r.get("labels");
        });
        assertEquals(1.0 / 3, share.of(record(0.01, null, null)), 1e-15);
        assertEquals("share", share.keyword());
        assertEquals("metric(share)", share.written());
        assertEquals("metric(host:share@1,higher)", share.canonical());
        CustomMetric lower = new CustomMetric(share.function(), false);
        assertEquals("metric(share, better=\"lower\")", lower.written());
        assertEquals("metric(host:share@1,lower)", lower.canonical());
    }

    /** The report node's digest follows the function's code and direction, not its name; explain shows the name. */
    @Test
    void aReportsDigestCarriesTheFunctionsCode() {
        GuestFunctionValue code = new GuestFunctionValue("js", "(r) => r.flips", null, "s.atk:1:9");
        PlanNode.Report m = report(new CustomMetric(code.named("m"), true));
        assertEquals("Report metric(m) as table", m.describe());
        assertEquals(m.digestText(), report(new CustomMetric(code.named("renamed"), true)).digestText());
        assertNotEquals(m.digestText(), report(new CustomMetric(code.named("m"), false)).digestText());
        assertNotEquals(m.digestText(), report(new CustomMetric(new GuestFunctionValue("js", "(r) => r.l2", null,
                "s.atk:1:9").named("m"), true)).digestText());
        assertEquals("report:FLIPS:Optional.empty:table:Optional.empty", report(Metric.FLIPS).digestText(), "built-ins as before");
    }

    private static PlanNode.Report report(Measure metric) {
        return new PlanNode.Report(1, null, List.of(), metric, Optional.empty(), OutputFormat.TABLE, Optional.empty(),
                4, "budget");
    }

    @Test
    void aWrongAnswerNamesTheFunctionAndTheImage() {
        assertEquals("metric function m gave a wrong result for image 17: it returned NaN; it must return one finite "
                        + "number",
                assertThrows(AtkRuntimeException.class, () -> metric("m", a -> Double.NaN)
                        .of(record(0.01, null, null))).getMessage());
        assertEquals("metric function m gave a wrong result for image 17: it returned the string \"many\"; it must "
                        + "return one finite number",
                assertThrows(AtkRuntimeException.class, () -> metric("m", a -> "many")
                        .of(record(0.01, null, null))).getMessage());
        assertEquals("metric function m failed: IllegalStateException: no truth here, called for image 17",
                assertThrows(AtkRuntimeException.class, () -> metric("m", a -> {
                    throw new IllegalStateException("no truth here");
                }).of(record(0.01, null, null))).getMessage());
    }
}
