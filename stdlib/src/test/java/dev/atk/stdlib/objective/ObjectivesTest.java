package dev.atk.stdlib.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each objective's goal on a hand-made prediction, and label names resolved against the model's labels. */
class ObjectivesTest {
    static final List<String> LABELS = List.of("person", "dog", "cat", "sheep", "car");
    // clean prediction at 0.5: person, dog positive; cat, sheep, car negative
    static final float[] CLEAN = {0.9f, 0.6f, 0.4f, 0.1f, 0.2f};
    static final float N = Float.NaN;

    static Goal goal(ComponentCall call) {
        return ObjectiveCalls.of(call, LABELS, () -> 1.5).goal(CLEAN, 0.5, new int[5], new SplittableRandom(3));
    }

    static ComponentCall call(String name, Map<String, Object> args) {
        return new ComponentCall(name, args);
    }

    @Test
    void maxFlipSendsEveryLabelToTheOtherSide() {
        Goal g = goal(ComponentCall.of("max_flip"));
        assertArrayEquals(new float[] {0, 0, 1, 1, 1}, g.target());
        assertArrayEquals(new float[] {-1, -1, 1, 1, 1}, g.signs());
        assertTrue(ObjectiveCalls.of(ComponentCall.of("max_flip"), LABELS, () -> 0).isMaxFlip());
    }

    @Test
    void hideShowAndFlipMoveTheNamedLabelsAndKeepTheRest() {
        assertArrayEquals(new float[] {0, 1, 0, 0, 0}, goal(call("hide", Map.of("labels", List.of("Person")))).target());
        assertArrayEquals(new float[] {1, 1, 0, 1, 0}, goal(call("show", Map.of("labels", List.of("sheep")))).target());
        assertArrayEquals(new float[] {0, 1, 1, 0, 0},
                goal(call("flip", Map.of("labels", List.of(0, 2.0), "keep", "rest"))).target());
        Goal free = goal(call("flip", Map.of("labels", List.of("dog"), "keep", "none")));
        assertArrayEquals(new float[] {N, 0, N, N, N}, free.target());
        assertArrayEquals(new float[] {0, 1, 0, 0, 0}, free.mask());
        assertArrayEquals(new float[] {0, -1, 0, 0, 0}, free.signs());
        assertEquals(1, free.cared());
    }

    @Test
    void aGoalIsAchievedWhenEveryCaredLabelIsOnItsSide() {
        Goal g = goal(call("hide", Map.of("labels", List.of("person"))));
        assertTrue(g.achieved(new float[] {0.3f, 0.7f, 0.1f, 0.1f, 0.1f}, 0.5));
        assertFalse(g.achieved(new float[] {0.3f, 0.4f, 0.1f, 0.1f, 0.1f}, 0.5), "dog was to be kept");
        assertTrue(g.achieved(new float[] {0.5f, 0.7f, 0.1f, 0.1f, 0.1f}, 0.5), "0.5 is not above: hidden");
        assertFalse(g.achieved(new float[] {0.7f, 0.5f, 0.1f, 0.1f, 0.1f}, 0.5), "dog at 0.5 is no longer shown");
        assertEquals(4, g.matched(new float[] {0.5f, 0.7f, 0.1f, 0.1f, 0.9f}, 0.5));
    }

    @Test
    void drawnCasesFlipOnePositiveAndOneNegativeFromTheSeed() {
        Goal random = goal(ComponentCall.of("random_case"));
        int changed = 0;
        int hiddenPositives = 0;
        for (int j = 0; j < 5; j++) {
            boolean positive = CLEAN[j] > 0.5f;
            if ((random.target()[j] > 0.5f) != positive) {
                changed++;
                hiddenPositives += positive ? 1 : 0;
            }
        }
        assertEquals(2, changed);
        assertEquals(1, hiddenPositives);
        assertArrayEquals(random.target(), goal(ComponentCall.of("random_case")).target(), "same seed, same draw");
        Goal single = goal(ComponentCall.of("hide_single"));
        assertEquals(4, single.matched(CLEAN, 0.5), "exactly one label (a positive) changes");
        assertTrue(single.target()[2] == 0 && single.target()[3] == 0 && single.target()[4] == 0);
    }

    @Test
    void showManyCountsLabelsAgainstTheDataSetsAverage() {
        // avgLabels 1.5: n = 0 needs 2.5 → 3 labels, n = 1 needs 3.5 → 4, n = 2 needs 5.5 → capped at 5; -1: all
        assertEquals(3, new ShowMany(0, 1.5).expectedLabels(5));
        assertEquals(4, new ShowMany(1, 1.5).expectedLabels(5));
        assertEquals(5, new ShowMany(2, 1.5).expectedLabels(5));
        assertEquals(5, new ShowMany(-1, 1.5).expectedLabels(5));
        assertEquals(3, new ShowMany(1, 1.0).expectedLabels(5), "1 + 2 = 3 exactly, not rounded up further");
        Goal g = goal(call("show_many", Map.of("n", 1L)));
        assertArrayEquals(new float[] {1, 1, 1, 1, 1}, g.target());
        assertFalse(g.achieved(new float[] {0.9f, 0.9f, 0.9f, 0.1f, 0.1f}, 0.5), "3 shown, 4 needed");
        assertTrue(g.achieved(new float[] {0.9f, 0.9f, 0.9f, 0.9f, 0.1f}, 0.5), "any 4 will do");
        assertThrows(IllegalArgumentException.class, () -> new ShowMany(8, 1));
    }

    @Test
    void topKHidesTheGroundTruthFromTheKHighestConfidences() {
        Goal g = ObjectiveCalls.of(call("top_k", Map.of("k", 2L)), LABELS, () -> 0)
                .goal(CLEAN, 0.5, new int[] {1, 0, 1, 0, 0}, new SplittableRandom(3));
        assertArrayEquals(new float[] {0, N, 0, N, N}, g.target());
        assertEquals(2, g.topK());
        // the top 2 are dog and car: no ground truth (person, cat) among them, whatever the threshold says
        assertTrue(g.achieved(new float[] {0.7f, 0.9f, 0.6f, 0.1f, 0.8f}, 0.5));
        assertFalse(g.achieved(new float[] {0.7f, 0.9f, 0.6f, 0.1f, 0.65f}, 0.5), "person is second");
        assertFalse(g.achieved(new float[] {0.1f, 0.9f, 0.9f, 0.1f, 0.1f}, 0.5), "a tie goes to the lower index");
    }

    @Test
    void unknownLabelsAndIndicesAreMessages() {
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class,
                () -> goal(call("hide", Map.of("labels", List.of("horse")))));
        assertTrue(e.getMessage().contains("no label 'horse'") && e.getMessage().contains("person"), e.getMessage());
        assertThrows(AtkRuntimeException.class, () -> goal(call("show", Map.of("labels", List.of(5.0)))));
        assertThrows(AtkRuntimeException.class, () -> goal(call("show", Map.of("labels", List.of()))));
    }
}
