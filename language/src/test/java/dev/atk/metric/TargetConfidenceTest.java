package dev.atk.metric;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mirrored confidences of Figs. 10–11, their bins and the {@code confidences} metric, by hand. */
class TargetConfidenceTest {
    private static final Provenance PROVENANCE = new Provenance("s", "p", "m", 0, "v", "cpu", "faithful");


    static ResultRecord record(float[] clean, float[] adversarial) {
        return new ResultRecord("k", "m", "d", "i1", "bce()", "bce", 0.01, "0.01", 0, 0, 0, 0, 0, clean, adversarial, 0,
                PROVENANCE);
    }

    @Test
    void positiveLabelsAreMirroredNegativesAreNot() {
        // clean 0.9 (positive, target 0) → 1 − P; clean 0.2 (negative, target 1) → P; 0.5 is not > 0.5: negative
        double[] v = TargetConfidence.of(new float[] {0.9f, 0.2f, 0.5f}, new float[] {0.3f, 0.7f, 0.5f});
        assertArrayEquals(new double[] {0.7, 0.7, 0.5}, v, 1e-6);
    }

    @Test
    void cleanValuesNeverExceedTheThresholdAndFlippedOnesDo() {
        float[] clean = {0.95f, 0.05f, 0.6f, 0.45f};
        float[] adv = {0.2f, 0.8f, 0.55f, 0.3f}; // labels 0 and 1 flipped, 2 and 3 did not
        for (double x : TargetConfidence.of(clean, clean)) {
            assertEquals(true, x <= 0.5, "clean value " + x);
        }
        double[] after = TargetConfidence.of(clean, adv);
        int above = 0;
        for (double x : after) {
            above += x > 0.5 ? 1 : 0;
        }
        assertEquals(2, above);
    }

    @Test
    void histogramBinsTenthsWithOneInTheLastBin() {
        ResultRecord r = record(new float[] {0.1f, 0.1f, 0.1f, 0.1f}, new float[] {0.0f, 0.15f, 0.95f, 1.0f});
        double[] adv = TargetConfidence.histogram(List.of(r), true);
        assertArrayEquals(new double[] {1, 1, 0, 0, 0, 0, 0, 0, 0, 2}, adv);
        double[] clean = TargetConfidence.histogram(List.of(r, r), false);
        assertArrayEquals(new double[] {0, 8, 0, 0, 0, 0, 0, 0, 0, 0}, clean); // 0.1f is just above 0.1 in binary
        assertEquals(11, TargetConfidence.BIN_EDGES.length);
    }

    @Test
    void theMetricIsTheMeanAdversarialTargetConfidence() {
        ResultRecord r = record(new float[] {0.9f, 0.2f}, new float[] {0.4f, 0.8f}); // (0.6 + 0.8) / 2
        assertEquals(0.7, Metric.CONFIDENCES.of(r), 1e-6);
        assertEquals(true, Metric.CONFIDENCES.higherIsBetter());
        assertEquals(Metric.CONFIDENCES, Metric.fromKeyword("confidences").orElseThrow());
    }
}
