package dev.atk.stdlib.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values and logit gradients of BCE, linear, SLAM and the hinge against the closed forms of ALGORITHMS.md §3. */
class LossTest {
    private static final int B = 3;
    private static final int C = 5;
    private static NDManager manager;

    private final double[] z = new double[B * C];
    private final double[] t = new double[B * C];
    private final double[] w = new double[B * C];

    @BeforeAll
    static void start() {
        dev.atk.stdlib.attack.TestThreads.single();
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void stop() {
        manager.close();
    }

    LossTest() {
        Random r = new Random(7);
        for (int i = 0; i < z.length; i++) {
            z[i] = r.nextGaussian() * 2;
            t[i] = r.nextBoolean() ? 1 : 0;
            w[i] = r.nextBoolean() ? 1 : r.nextDouble();
        }
    }

    private static double sig(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private NDArray arr(double[] v) {
        return manager.create(v, new Shape(B, C));
    }

    private double bceValue(boolean weighted) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            double y = sig(z[i]);
            double l = -(t[i] * Math.max(Math.log(y), -100) + (1 - t[i]) * Math.max(Math.log(1 - y), -100));
            s += (weighted ? w[i] : 1) * l;
        }
        return s / z.length;
    }

    private double linearValue(boolean weighted) {
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            double y = sig(z[i]);
            s += (weighted ? w[i] : 1) * (t[i] * (1 - y) + (1 - t[i]) * y);
        }
        return s / z.length;
    }

    @Test
    void valuesMatchClosedForms() {
        try (NDManager m = manager.newSubManager()) {
            NDArray y = Activation.sigmoid(arr(z));
            NDArray tt = arr(t);
            NDArray ww = arr(w);
            assertEquals(bceValue(false), BceLoss.INSTANCE.value(y, tt, null).getDouble(), 1e-12);
            assertEquals(bceValue(true), BceLoss.INSTANCE.value(y, tt, ww).getDouble(), 1e-12);
            assertEquals(linearValue(false), LinearLoss.INSTANCE.value(y, tt, null).getDouble(), 1e-12);
            assertEquals(linearValue(true), LinearLoss.INSTANCE.value(y, tt, ww).getDouble(), 1e-12);
            SlamLoss slam = new SlamLoss(0.5, 0.3);
            double qp = 0.15;
            assertEquals((1 - qp) * linearValue(false) + qp * bceValue(false),
                    slam.value(y, tt, null).getDouble(), 1e-12);
            assertEquals((1 - qp) * linearValue(true) + qp * bceValue(true), slam.value(y, tt, ww).getDouble(), 1e-12);
        }
    }

    /** The hinge with margin m (ALGORITHMS.md §3.4 at m = 0): value and logit gradient in closed form. */
    @Test
    void hingeMatchesItsClosedForm() {
        int n = B * C;
        for (double margin : new double[] {0, 0.2}) {
            HingeLoss hinge = new HingeLoss(margin);
            for (boolean weighted : new boolean[] {false, true}) {
                double value = 0;
                double[] grad = logitGradient(hinge, weighted);
                for (int i = 0; i < n; i++) {
                    double y = sig(z[i]);
                    double wi = weighted ? w[i] : 1;
                    value += wi * (t[i] * Math.max(0, 0.5 + margin - y) + (1 - t[i]) * Math.max(0, y - 0.5 + margin));
                    boolean pushed = t[i] == 1 ? y < 0.5 + margin : y > 0.5 - margin;
                    double expected = pushed ? wi * (1 - 2 * t[i]) * y * (1 - y) / n : 0;
                    assertEquals(expected, grad[i], 1e-12, "hinge(" + margin + ") " + i);
                }
                try (NDManager m = manager.newSubManager()) {
                    NDArray y = Activation.sigmoid(arr(z));
                    assertEquals(value / n, hinge.value(y, arr(t), weighted ? arr(w) : null).getDouble(), 1e-12);
                }
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new HingeLoss(0.5));
        assertThrows(IllegalArgumentException.class, () -> new HingeLoss(-0.1));
    }

    @Test
    void bceClampsLogAtMinus100AndMeansOverAllElements() {
        try (NDManager m = manager.newSubManager()) {
            // y = 0 with t = 1 and y = 1 with t = 0: each term is 100; zero weights still count in N.
            NDArray y = m.create(new float[] {0f, 1f, 0.5f, 0.5f}, new Shape(1, 4));
            NDArray tt = m.create(new float[] {1f, 0f, 1f, 1f}, new Shape(1, 4));
            NDArray ww = m.create(new float[] {1f, 1f, 0f, 0f}, new Shape(1, 4));
            assertEquals(200.0 / 4, BceLoss.INSTANCE.value(y, tt, ww).getFloat(), 1e-4);
            double ln2 = Math.log(2);
            assertEquals((200 + 2 * ln2) / 4, BceLoss.INSTANCE.value(y, tt, null).getFloat(), 1e-4);
        }
    }

    @Test
    void bceBackwardUsesTorchEpsilon() {
        try (NDManager m = manager.newSubManager()) {
            double y0 = 1e-20;
            NDArray y = m.create(new double[] {y0, 0.25}, new Shape(1, 2));
            NDArray tt = m.create(new double[] {1, 0}, new Shape(1, 2));
            double[] g = BceLoss.INSTANCE.gradient(y, tt, null).toDoubleArray();
            assertEquals((y0 - 1) / 1e-12 / 2, g[0], 1e-3);
            assertEquals(0.25 / (0.25 * 0.75) / 2, g[1], 1e-12);
        }
    }

    /** Logit gradients by autograd through the surrogate, per loss, against §3's closed forms. */
    private double[] logitGradient(Loss loss, boolean weighted) {
        try (NDManager m = manager.newSubManager();
                GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray zz = m.create(z, new Shape(B, C));
            zz.setRequiresGradient(true);
            NDArray y = Activation.sigmoid(zz);
            NDArray l = loss.surrogate(y, m.create(t, new Shape(B, C)), weighted ? m.create(w, new Shape(B, C)) : null,
                    B * C);
            gc.backward(l);
            return zz.getGradient().toDoubleArray();
        }
    }

    @Test
    void logitGradientsMatchClosedForms() {
        int n = B * C;
        for (boolean weighted : new boolean[] {false, true}) {
            double[] bce = logitGradient(BceLoss.INSTANCE, weighted);
            double[] lin = logitGradient(LinearLoss.INSTANCE, weighted);
            double[] slam = logitGradient(new SlamLoss(0.75, 0.4), weighted);
            double qp = 0.3;
            for (int i = 0; i < n; i++) {
                double y = sig(z[i]);
                double wi = weighted ? w[i] : 1;
                double gb = wi * (y - t[i]) / n;
                double gl = wi * (1 - 2 * t[i]) * y * (1 - y) / n;
                assertEquals(gb, bce[i], 1e-12, "bce " + i);
                assertEquals(gl, lin[i], 1e-12, "linear " + i);
                assertEquals((1 - qp) * gl + qp * gb, slam[i], 1e-12, "slam " + i);
            }
        }
    }

    @Test
    void gradientIsDerivativeOfValue() {
        // Away from saturation torch's backward is the true derivative of the forward: check by autograd in float64.
        for (Loss loss : new Loss[] {BceLoss.INSTANCE, LinearLoss.INSTANCE, new SlamLoss(0.5, 0.6),
                new HingeLoss(0), new HingeLoss(0.3)}) {
            try (NDManager m = manager.newSubManager()) {
                NDArray y0 = Activation.sigmoid(m.create(z, new Shape(B, C)));
                NDArray tt = m.create(t, new Shape(B, C));
                NDArray ww = m.create(w, new Shape(B, C));
                double[] expected = loss.gradient(y0, tt, ww).toDoubleArray();
                try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray y = y0.duplicate();
                    y.setRequiresGradient(true);
                    gc.backward(loss.value(y, tt, ww));
                    double[] got = y.getGradient().toDoubleArray();
                    for (int i = 0; i < got.length; i++) {
                        assertEquals(expected[i], got[i], 1e-12, loss.describe() + " " + i);
                    }
                }
            }
        }
    }

    @Test
    void linearGradientPushesConfidencesTowardTargets() {
        // §13: a descent step on the logits raises y where t = 1 and lowers it where t = 0 (the paper's eq. 5 sign
        // error would do the opposite).
        double[] g = logitGradient(LinearLoss.INSTANCE, false);
        for (int i = 0; i < g.length; i++) {
            assertTrue(g[i] != 0);
            if (t[i] == 1) {
                assertTrue(g[i] < 0, "t=1 must have a negative gradient so descent raises y");
            } else {
                assertTrue(g[i] > 0, "t=0 must have a positive gradient so descent lowers y");
            }
        }
        try (NDManager m = manager.newSubManager()) {
            NDArray y = Activation.sigmoid(m.create(z, new Shape(B, C)));
            NDArray tt = m.create(t, new Shape(B, C));
            double before = LinearLoss.INSTANCE.value(y, tt, null).getDouble();
            double[] z2 = z.clone();
            for (int i = 0; i < z2.length; i++) {
                z2[i] -= 0.1 * Math.signum(g[i]);
            }
            double after = LinearLoss.INSTANCE.value(Activation.sigmoid(m.create(z2, new Shape(B, C))), tt, null)
                    .getDouble();
            assertTrue(after < before);
        }
    }

    @Test
    void float32AndSlamEdgeCases() {
        try (NDManager m = manager.newSubManager()) {
            NDArray y = Activation.sigmoid(m.create(z, new Shape(B, C)).toType(DataType.FLOAT32, false));
            NDArray tt = m.create(t, new Shape(B, C)).toType(DataType.FLOAT32, false);
            assertEquals(DataType.FLOAT32, BceLoss.INSTANCE.gradient(y, tt, null).getDataType());
            assertEquals(bceValue(false), BceLoss.INSTANCE.value(y, tt, null).getFloat(), 1e-5);
            // q·p = 0 is the linear loss; q·p = 1 is BCE.
            assertEquals(linearValue(false), new SlamLoss(0.5, 0).value(y, tt, null).getFloat(), 1e-6);
            assertEquals(bceValue(false), new SlamLoss(1, 1).value(y, tt, null).getFloat(), 1e-5);
            assertTrue(new SlamLoss(0.5, 0.5).dependsOnBudget());
        }
    }
}
