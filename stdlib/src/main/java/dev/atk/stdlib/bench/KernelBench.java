package dev.atk.stdlib.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.GradientCollector;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import dev.atk.stdlib.engine.Gradients;

/**
 * Kernel benchmark (a main, not a test; prints numbers, asserts nothing):
 * <ol>
 *   <li>a hand-written DJL MI-FGSM (BCE) loop over 64 images vs. {@link MiFgsm#sweep} on the same 64 images, same
 *   batch (64) and iterations: wall times and ratio;</li>
 *   <li>attack throughput (image-iterations per second) at batch 1, 16 and 64;</li>
 *   <li>process RSS (VmRSS) after 1k and 10k attack iterations at batch 1, and their ratio (flat memory).</li>
 * </ol>
 * Uses the bundled {@code fashion_cnn} when it loads, else a randomly initialised block of the same architecture,
 * and the shipped scene sample. Run from the repository root (after {@code ./mvnw -o install -DskipTests}):
 * <pre>
 * ./mvnw -o -q -pl stdlib exec:java -Dexec.mainClass=dev.atk.stdlib.bench.KernelBench \
 *     -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -Datk.home=$PWD [-Dexec.args="ITERS RSS_ITERS"]
 * </pre>
 * Defaults: 40 iterations for parts 1–2 and 10000 for part 3. Add {@code -Dai.djl.pytorch.num_threads=1} on a busy
 * machine (spinning OpenMP threads make libtorch many times slower when the cores are shared). VmRSS includes the
 * Java heap, which the JVM touches lazily up to {@code -Xmx}: run with {@code MAVEN_OPTS=-Xmx256m} to see the
 * native memory alone (flat: the kernel frees every iteration's arrays).
 */
public final class KernelBench {
    private KernelBench() {}

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        int iters = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int rssIters = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        SceneSet scenes = BundledScenes.load();
        try (NDManager root = NDManager.newBaseManager(); Classifier model = model(root)) {
            System.out.printf(Locale.ROOT, "model %s, device %s, %s %s, %d cpus, %d intra-op threads%n",
                    model.config().name(), root.getDevice(), Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(),
                    Runtime.getRuntime().availableProcessors(), ai.djl.pytorch.jni.JniUtils.getNumThreads());
            int[] items = new int[64];
            for (int i = 0; i < items.length; i++) {
                items[i] = i;
            }
            double eps = iters * RunSettings.DEFAULT_ALPHA + RunSettings.DEFAULT_ALPHA / 2;
            MiFgsm kernel = new MiFgsm(model, MiFgsmConfig.reference());
            try (NDManager m = root.newSubManager()) {
                NDArray x = scenes.images(m, items);
                handWritten(model, m, x, 2); // warm-up
                kernel.sweep(m, x, items, BceLoss.INSTANCE, null, new double[] {2.5 * RunSettings.DEFAULT_ALPHA},
                        RunControl.none());
                double best1 = Double.MAX_VALUE;
                double best2 = Double.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) {
                    long t0 = System.nanoTime();
                    handWritten(model, m, x, iters);
                    best1 = Math.min(best1, (System.nanoTime() - t0) / 1e9);
                    t0 = System.nanoTime();
                    kernel.sweep(m, x, items, BceLoss.INSTANCE, null, new double[] {eps}, RunControl.none());
                    best2 = Math.min(best2, (System.nanoTime() - t0) / 1e9);
                }
                System.out.printf(Locale.ROOT, "(a) 64 images x %d iterations, batch 64 (best of 3): hand-written "
                        + "%.3f s, kernel %.3f s, kernel/hand = %.3f%n", iters, best1, best2, best2 / best1);
                for (int batch : new int[] {1, 16, 64}) {
                    long t0 = System.nanoTime();
                    for (int start = 0; start < items.length; start += batch) {
                        int[] chunk = java.util.Arrays.copyOfRange(items, start, start + batch);
                        try (NDManager b = m.newSubManager()) {
                            kernel.sweep(b, scenes.images(b, chunk), chunk, BceLoss.INSTANCE, null,
                                    new double[] {eps}, RunControl.none());
                        }
                    }
                    double s = (System.nanoTime() - t0) / 1e9;
                    System.out.printf(Locale.ROOT, "(b) batch %2d: %.1f images/s at %d iterations (%.0f "
                            + "image-iterations/s, %.3f ms per image-iteration)%n", batch, items.length / s, iters,
                            items.length * (double) iters / s, s * 1e3 / (items.length * (double) iters));
                }
            }
            try (NDManager m = root.newSubManager();
                    MiFgsmState state = new MiFgsmState(model, MiFgsmConfig.reference(), m,
                            scenes.images(m, new int[] {0}), null)) {
                long rss1k = 0;
                long heap1k = 0;
                long t0 = System.nanoTime();
                for (int i = 1; i <= rssIters; i++) {
                    state.step(BceLoss.INSTANCE);
                    if (i == Math.min(1000, rssIters)) {
                        rss1k = rssKb();
                        heap1k = Runtime.getRuntime().totalMemory();
                    }
                }
                long rssEnd = rssKb();
                long heapEnd = Runtime.getRuntime().totalMemory();
                // RSS includes the Java heap, which the JVM grows lazily up to -Xmx: print its committed size too.
                System.out.printf(Locale.ROOT, "(c) batch 1: VmRSS %d MB after 1k iterations, %d MB after %d "
                        + "(ratio %.3f; Java heap committed %d -> %d MB); %.2f ms per iteration%n", rss1k / 1024,
                        rssEnd / 1024, rssIters, rssEnd / (double) rss1k, heap1k >> 20, heapEnd >> 20,
                        (System.nanoTime() - t0) / 1e6 / rssIters);
            }
        }
    }

    private static Classifier model(NDManager root) {
        try {
            return BundledModels.load("fashion_cnn");
        } catch (RuntimeException e) {
            System.out.println("bundled fashion_cnn not loadable (" + e.getMessage() + "); using random weights");
            return new BlockClassifier(root);
        }
    }

    /**
     * The straightforward DJL loop: autograd through the BCE formula, per-image L1 normalisation, sign step,
     * one sub-manager per iteration; x and g are carried by duplicating into the parent manager.
     */
    static void handWritten(Classifier model, NDManager parent, NDArray clean, int iters) {
        try (NDManager outer = parent.newSubManager()) {
            int b = (int) clean.getShape().get(0);
            NDArray x = clean.duplicate();
            x.attach(outer);
            NDArray g = outer.zeros(clean.getShape());
            NDArray t;
            try (NDManager it = outer.newSubManager()) {
                x.tempAttach(it);
                NDArray pred = Activation.sigmoid(model.logits(x)).gt(0.5);
                t = pred.logicalNot().toType(clean.getDataType(), false);
                t.attach(outer);
            }
            for (int k = 0; k < iters; k++) {
                try (NDManager it = outer.newSubManager()) {
                    NDArray xi = x.duplicate();
                    xi.attach(it);
                    NDArray ti = t.duplicate();
                    ti.attach(it);
                    NDArray gi = g.duplicate();
                    gi.attach(it);
                    xi.setRequiresGradient(true);
                    try (GradientCollector gc = Gradients.collector()) {
                        NDArray y = Activation.sigmoid(model.logits(xi));
                        NDArray one = y.onesLike();
                        NDArray loss = ti.mul(y.log().maximum(-100)).add(one.sub(ti).mul(one.sub(y).log()
                                .maximum(-100))).neg().mean();
                        gc.backward(loss);
                    }
                    NDArray grad = xi.getGradient();
                    NDArray l1 = grad.abs().reshape(b, -1).sum(new int[] {1}).reshape(new Shape(b, 1, 1, 1));
                    NDArray gn = gi.add(grad.div(NDArrays.maximum(l1, 1e-30)));
                    NDArray xn = xi.stopGradient().sub(gn.sign().mul(RunSettings.DEFAULT_ALPHA));
                    x.close();
                    g.close();
                    gn.attach(outer);
                    xn.attach(outer);
                    x = xn;
                    g = gn;
                }
            }
            x.clip(0, 1).close();
        }
    }

    /** Resident set size of this process in kB (Linux {@code /proc/self/status}), or -1. */
    public static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
