package dev.atk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import dev.atk.plan.PlanNode;
import dev.atk.result.ResultRecord;
import dev.atk.source.Source;
import dev.atk.source.SourceSpan;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunSettings;
import dev.atk.value.Budget;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cases: a profile that stopped early, SLAM at a budget the profile never saw, ML-DeepFool cut short. */
class SupportWarningsTest {
    private static final Source SCRIPT = new Source("s.atk", "model fashion_cnn\nrun slam(q=0.5) at eps = 1\n");
    private static final SourceSpan LINE_2 = new SourceSpan(SCRIPT, 2, 1, 2, 26, 18, 43);

    private static PlanNode.Profile profileNode() {
        return new PlanNode.Profile(5, LINE_2, 1, 2, ProfileRequest.defaults(), RunSettings.defaults());
    }

    private static ProfileResult measured(int measurements, boolean converged) {
        double[] eps = new double[measurements + 1];
        double[] flips = new double[measurements + 1];
        for (int j = 0; j <= measurements; j++) {
            eps[j] = j / 256.0;
            flips[j] = Math.min(j, 2) * 3;
        }
        return new ProfileResult(new double[] {0, 1, 0}, eps[measurements], 10, eps, flips, flips, 10, 10, "bce",
                converged, null);
    }

    private static PlanNode.Attack attack(String name, Budget budget) {
        return new PlanNode.Attack(9, LINE_2, 1, 2, 3, 5, -1, ComponentCall.of(name), name + "()", List.of(budget), 0,
                RunSettings.defaults(), Optional.empty());
    }

    @Test
    void aProfileOfTwoMeasurementsCannotCarryADegreeFourCurve() {
        Diagnostic d = SupportWarnings.profile(profileNode(), measured(2, true), "fashion_cnn").orElseThrow();
        assertTrue(!d.isError());
        assertEquals(2, d.span().line());
        assertTrue(d.message().contains("the profile of fashion_cnn (10 probe images, eps_max 0.0078125) stopped after "
                + "2 measurements: 3 points cannot determine its degree-4 curve"), d.message());
        assertTrue(d.render().contains("s.atk:2:1") && d.render().contains("^"), d.render());
    }

    @Test
    void aProfileCutByItsCapSaysSoAndAHealthyOneSaysNothing() {
        assertTrue(SupportWarnings.profile(profileNode(), measured(200, false), "m").orElseThrow().message()
                .contains("reached its cap of 200 measurements"));
        assertTrue(SupportWarnings.profile(profileNode(), measured(12, true), "m").isEmpty());
        assertTrue(SupportWarnings.profile(profileNode(), ProfileResult.declared(new double[] {0, 1}, 0.001, 4), "m")
                .isEmpty(), "a declared profile is the user's word");
    }

    @Test
    void slamAboveEpsMaxIsWarnedAndWithinItIsNot() {
        ProfileResult p = measured(2, true);
        Diagnostic d = SupportWarnings.beyondProfile(attack("slam", Budget.of(1.0)), p, 1.0).orElseThrow();
        assertTrue(d.message().contains("slam() runs at ε up to 1, above the profile's eps_max 0.0078125 (measured on 10 "
                + "images)"), d.message());
        assertTrue(SupportWarnings.beyondProfile(attack("slam", Budget.of(0.0078125)), p, 0.0078125).isEmpty());
        assertTrue(SupportWarnings.beyondProfile(attack("slam", Budget.of(0.004)), p, 0.004).isEmpty());
    }

    @Test
    void aMinimalAttackThatStoppedShortIsCounted() {
        float[] clean = {0.9f, 0.1f, 0.2f};
        ResultRecord reached = record("a", 0.03, clean, new float[] {0.1f, 0.9f, 0.8f});
        ResultRecord stopped = record("b", 1.0, clean, new float[] {0.1f, 0.9f, 0.3f});
        Diagnostic d = SupportWarnings.goalNotReached(attack("ml_deepfool", new Budget.Minimal()),
                Arrays.asList(reached, stopped, null)).orElseThrow();
        assertTrue(d.message().contains("ml_deepfool() reached its goal on 1 of 2 images; on the other 1 it stopped at "
                + "its iteration limit (L∞ up to 1)"), d.message());
        assertTrue(SupportWarnings.goalNotReached(attack("ml_deepfool", new Budget.Minimal()), List.of(reached)).isEmpty());
    }

    @Test
    void matchedBudgetsOfTheWholePixelRangeAreWarned() {
        PlanNode.Attack bce = attack("bce", new Budget.Matched(9, "matched(m)"));
        double[][] perImage = {{0.03}, {1.0}, {Double.NaN}};
        assertTrue(SupportWarnings.unboundedMatched(bce, perImage).orElseThrow().message()
                .contains("1 of 2 images have a matched ε of 1 or more"));
        assertTrue(SupportWarnings.unboundedMatched(bce, new double[][] {{0.03}, {0.2}}).isEmpty());
        assertTrue(SupportWarnings.unboundedMatched(bce, null).isEmpty());
    }

    private static ResultRecord record(String item, double linf, float[] clean, float[] adversarial) {
        return new ResultRecord("k/" + item + "/min", "m", "d", item, "ml_deepfool()", "ml_deepfool()", Double.NaN, "min",
                2, 5, linf, linf, linf, clean, adversarial, 0.1, null, null, 0.5, Map.of(), false);
    }
}
