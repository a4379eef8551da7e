package dev.atk.stdlib.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.DataUnreadableException;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks run once when a model first meets a data set, before any attack spends time on them: AutoAttack's
 * pre-flight checks, for multi-label models. Each failure is one message naming the config field to fix.
 *
 * <ol>
 *   <li>the label count, the channels and (for generated data) the image size agree;</li>
 *   <li>the config's input range is the [0,1] range every ATK data set delivers;</li>
 *   <li>on a few probe images the outputs are finite logits, not probabilities (all in [0,1]) or a softmax;</li>
 *   <li>two forward passes agree (the model is in eval mode: no dropout, no batch statistics);</li>
 *   <li>the input gradient is finite and not zero everywhere (the module does not cut the gradient).</li>
 * </ol>
 * The budget check (ε within the input range) is {@link #checkBudget}, run per attack.
 */
public final class Preflight {
    /** Probe images: enough to see non-logit outputs and a dead gradient, cheap on a 448×448 model. */
    static final int PROBES = 4;
    /** Relative tolerance of the determinism check; eval-mode reruns of one module agree far below it. */
    static final double REPEAT_TOLERANCE = 1e-4;

    private Preflight() {}

    static void structure(Classifier model, ImageSet data) {
        ModelConfig c = model.config();
        ModelConfig.Input in = c.input();
        if (c.numLabels() != data.numLabels()) {
            throw fail(c, "has " + c.numLabels() + " labels (config field 'labels') but " + data.name() + " has "
                    + data.numLabels() + ": use the model trained on " + data.name().split("/")[0]
                    + ", or fix 'labels'");
        }
        if (in.channels() != data.channels()) {
            throw fail(c, "takes " + in.channels() + "-channel images (config field 'input.channels') but "
                    + data.name() + " has " + data.channels() + "-channel images: fix 'input.channels'");
        }
        Optional<int[]> fixed = data.fixedSize();
        if (fixed.isPresent() && (fixed.get()[0] != in.height() || fixed.get()[1] != in.width())) {
            throw fail(c, "takes " + in.height() + "×" + in.width() + " images (config fields 'input.height', "
                    + "'input.width') but " + data.name() + " has " + fixed.get()[0] + "×" + fixed.get()[1]
                    + " images and does not resize: fix 'input.height' and 'input.width'");
        }
        if (in.min() != 0.0 || in.max() != 1.0) {
            throw fail(c, "says its inputs lie in [" + num(in.min()) + ", " + num(in.max()) + "] (config fields "
                    + "'input.min', 'input.max') but ATK data sets deliver images in [0, 1]: export the model with "
                    + "its normalisation inside (tools/export_torchscript.py) and set 'input.min' 0, 'input.max' 1");
        }
    }

    /** Runs the forward and gradient probes on the first {@link #PROBES} items of {@code data}. */
    static void behaviour(Classifier model, ImageSet data, NDManager parent) {
        ModelConfig c = model.config();
        int n = Math.min(PROBES, data.count());
        if (n == 0) {
            return;
        }
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            items[i] = i;
        }
        try (NDManager m = parent.newSubManager()) {
            NDArray x = data.images(m, items, c.input().height(), c.input().width());
            float[] z1 = model.logits(x).toType(DataType.FLOAT32, false).toFloatArray();
            float[] z2 = model.logits(x.duplicate()).toType(DataType.FLOAT32, false).toFloatArray();
            outputs(c, data, z1, n);
            repeatable(c, z1, z2);
            gradient(model, data, x, n);
        } catch (DataException e) {
            throw new DataUnreadableException(e.getMessage(), e); // a probe image is unreadable: the data's fault
        }
    }

    private static void outputs(ModelConfig c, ImageSet data, float[] z, int n) {
        double maxAbs = 0;
        boolean unit = true;
        for (float v : z) {
            if (!Float.isFinite(v)) {
                throw fail(c, "gives non-finite outputs (NaN or ±Inf) on images of " + data.name()
                        + ": the weights are broken or the input range is wrong; check 'weights' and 'input'");
            }
            maxAbs = Math.max(maxAbs, Math.abs(v));
            unit &= v >= 0 && v <= 1;
        }
        int labels = z.length / n;
        if (unit && labels > 1) {
            boolean softmax = true;
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < labels; j++) {
                    sum += z[i * labels + j];
                }
                softmax &= Math.abs(sum - 1) < 1e-3;
            }
            throw fail(c, "outputs on " + n + " images of " + data.name() + " all lie in [0, 1]"
                    + (softmax ? " and sum to 1 per image (a softmax)" : "") + ", which looks like probabilities: "
                    + "ATK needs logits (config field 'output' is \"logits\"); export the model without its final "
                    + (softmax ? "softmax" : "sigmoid"));
        }
        if (maxAbs == 0) {
            throw fail(c, "outputs are all exactly 0 on " + n + " images of " + data.name()
                    + ": the weights did not load (check 'weights')");
        }
    }

    private static void repeatable(ModelConfig c, float[] z1, float[] z2) {
        double diff = 0;
        double scale = 1;
        for (int k = 0; k < z1.length; k++) {
            diff = Math.max(diff, Math.abs(z1[k] - z2[k]));
            scale = Math.max(scale, Math.abs(z1[k]));
        }
        if (diff > REPEAT_TOLERANCE * scale) {
            throw fail(c, "gives different outputs for the same images (max |difference| " + num(diff)
                    + "): it is not in eval mode (dropout or batch statistics active); export 'weights' after "
                    + "model.eval()");
        }
    }

    private static void gradient(Classifier model, ImageSet data, NDArray images, int n) {
        ModelConfig c = model.config();
        NDArray x = images.duplicate(); // a fresh leaf (DJL trap 2)
        x.setRequiresGradient(true);
        try (GradientCollector g = Gradients.collector()) {
            g.backward(model.logits(x).sum());
        }
        NDArray grad = x.getGradient();
        if (!grad.isInfinite().logicalOr(grad.isNaN()).any().logicalNot().getBoolean()) {
            throw fail(c, "has a non-finite input gradient (NaN or ±Inf) on images of " + data.name()
                    + ": attacks cannot follow it; check the exported 'weights'");
        }
        if (grad.abs().max().getFloat() == 0f) {
            throw fail(c, "has an input gradient of exactly 0 on " + n + " images of " + data.name()
                    + ": the module cuts the gradient (argmax, rounding or detach inside it) or the network is dead; "
                    + "re-export 'weights' from a differentiable forward");
        }
    }

    /**
     * A budget must be meaningful for the input range (the armory #862 class of mistake: ε = 8 for [0,1] images).
     * Under L∞ it must not exceed the range's width; under L2, the diagonal of the input box.
     */
    public static void checkBudget(Classifier model, String attack, double eps, boolean l2) {
        ModelConfig.Input in = model.config().input();
        double width = in.max() - in.min();
        double limit = l2 ? width * Math.sqrt((double) in.channels() * in.height() * in.width()) : width;
        if (eps > limit) {
            String hint = !l2 && eps >= 1 && eps <= 255 && width <= 1
                    ? ": L∞ budgets are in input units, did you mean " + num(eps) + "/255 = " + num(eps / 255) + "?"
                    : "";
            throw new AtkRuntimeException(attack + ": budget eps=" + num(eps) + " exceeds the " + (l2 ? "L2 diameter "
                    + num(limit) + " of" : "width " + num(width) + " of") + " model " + model.config().name()
                    + "'s input range [" + num(in.min()) + ", " + num(in.max()) + "]" + hint);
        }
    }

    private static AtkRuntimeException fail(ModelConfig c, String what) {
        return new AtkRuntimeException("model " + c.name() + " " + what);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}
