package dev.atk.stdlib.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;

class AsymmetricLossTest {
    static double reference(double[] z, double[] y, int batch) {
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            double p = 1 / (1 + Math.exp(-z[k]));
            double pm = Math.max(p - 0.05, 0);
            sum += y[k] * Math.log(p) + (1 - y[k]) * Math.pow(pm, 4) * Math.log(Math.max(1 - pm, 1e-8));
        }
        return -sum / batch;
    }

    @Test
    void matchesTheFormulaAndHasGradients() {
        double[] z = {-3, -0.5, 0, 0.2, 1.5, 4, -1, 2.5};
        double[] y = {0, 1, 0, 1, 0, 1, 1, 0};
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray logits = m.create(z).reshape(new Shape(2, 4));
            NDArray targets = m.create(y).reshape(new Shape(2, 4));
            logits.setRequiresGradient(true);
            double value;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray l = AsymmetricLoss.standard().compute(logits, targets);
                value = l.toType(DataType.FLOAT64, false).getDouble();
                gc.backward(l);
            }
            assertEquals(reference(z, y, 2), value, 1e-7); // clip is 0.05f in float
            double[] g = logits.getGradient().toDoubleArray();
            // negative with p <= clip gets no gradient; positives always push the logit up
            assertEquals(0.0, g[0], 1e-12);
            assertTrue(g[1] < 0 && g[3] < 0 && g[6] < 0);
            assertTrue(g[4] > 0 && g[7] > 0, "confident negatives are pushed down");
        }
    }
}
