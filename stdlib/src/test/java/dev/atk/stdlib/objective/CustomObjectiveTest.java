package dev.atk.stdlib.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ScriptFunction;
import dev.atk.value.GuestFunctionValue;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code objective=custom(f)} with real JavaScript: goals equal to the built-ins', and every wrong result named. */
class CustomObjectiveTest {
    static final float N = Float.NaN;
    static final int[] TRUTH = {1, 1, 0, 1, 0};

    private static Objective custom(String code) {
        ScriptFunction f = new GuestFunctionValue("js", code, null, "test").named("goal");
        return ObjectiveCalls.of(new ComponentCall("custom", Map.of("f", f)), ObjectivesTest.LABELS, () -> 1.5);
    }

    private static Goal goal(String code) {
        return custom(code).goal(ObjectivesTest.CLEAN, 0.5, TRUTH, new SplittableRandom(3), "coco/139");
    }

    @Test
    void aCustomGoalEqualsTheBuiltInItSpellsOut() {
        // hide(labels=["person"]): person negative, every other label kept as predicted
        Goal hide = ObjectivesTest.goal(new ComponentCall("hide", Map.of("labels", List.of("person"))));
        Goal spelled = goal("(conf, truth, labels) => labels.map((l, j) => l === 'person' ? 0 : (conf[j] > 0.5 ? 1 : 0))");
        assertArrayEquals(hide.target(), spelled.target());
        assertEquals(hide.minPositives(), spelled.minPositives());
        // flip(labels=["dog"], keep=none): null leaves a label free
        Goal free = ObjectivesTest.goal(new ComponentCall("flip", Map.of("labels", List.of("dog"), "keep", "none")));
        assertArrayEquals(free.target(), goal("(conf, truth, labels) => labels.map(l => l === 'dog' ? 0 : null)")
                .target());
        assertFalse(custom("(c) => c.map(x => 1)").isMaxFlip());
    }

    @Test
    void theGoalMaySeeTheGroundTruth() {
        // hide every ground-truth label, leave the others free
        assertArrayEquals(new float[] {0, 0, N, 0, N}, goal("(conf, truth) => truth.map(t => t === 1 ? 0 : null)")
                .target());
        assertArrayEquals(new float[] {1, 0, 1, 0, 1}, goal("(conf, truth) => truth.map((t, j) => j % 2 === 0)")
                .target(), "true and false read as 1 and 0");
    }

    @Test
    void wrongResultsAndFailuresNameTheFunctionAndTheImage() {
        assertMessage("(conf) => [1, 0]", "objective function goal gave a wrong result for image coco/139: it "
                + "returned 2 values; it must return 1, 0 or null per label (5)");
        assertMessage("(conf) => conf.map(c => 0.5)", "value 0 is 0.5; it must return 1 (push up), 0 (push down) or "
                + "null (free) per label");
        assertMessage("(conf) => conf.map(c => 'up')", "value 0 is the string \"up\"");
        assertMessage("(conf) => 1", "it returned 1.0; it must return 1, 0 or null per label (5)");
        assertMessage("(conf) => conf.map(c => undefinedName)", "objective function goal failed: ReferenceError");
        assertMessage("(conf) => conf.map(c => undefinedName)", "called for image coco/139");
    }

    private static void assertMessage(String code, String expected) {
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class, () -> goal(code));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
