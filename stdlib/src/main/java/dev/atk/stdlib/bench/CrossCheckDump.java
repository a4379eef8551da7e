package dev.atk.stdlib.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.atk.select.ClassSubset;
import dev.atk.select.LabelCorrelations;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.atk.stdlib.engine.Gradients;

/**
 * ATK's side of the differential check against PyTorch ({@code tools/crosscheck.py}, docs/crosscheck.md): on the
 * first N scenes of the shipped sample and a TorchScript model, writes what ATK computes, for the script to compare
 * with its own PyTorch implementation of the reference code on the same module and images:
 * <ul>
 *   <li>{@code grad_METHOD.f32}: the input gradient of each method's loss at the clean image (N×C×H×W);</li>
 *   <li>{@code pert_METHOD.f32}: the final perturbation x_adv − x of MI-FGSM at ε (N×C×H×W);</li>
 *   <li>{@code weights_class.f32}: CLASS's subset (γ = 0, n labels) as 0/1 weights (N×L);</li>
 *   <li>{@code atk.json}: items, ε, SLAM's p, n, per-image flips per method, and forward+backward timings.</li>
 * </ul>
 * Methods: {@code bce}, {@code linear}, {@code slam} (q = 0.5 at a given p) and {@code class} (BCE on the subset).
 * Arrays are little-endian float32. Images are attacked {@code --batch} at a time (default 1, as the reference runs).
 * <pre>
 * ./mvnw -o -q -pl stdlib exec:java -Dexec.mainClass=dev.atk.stdlib.bench.CrossCheckDump \
 *     -Dai.djl.pytorch.num_threads=1 -Dexec.args="--model fashion_ts --images 32 --eps 0.01 --batch 1 --out /tmp/xc"
 * </pre>
 */
public final class CrossCheckDump {
    /** Timing: the median of 100 runs after 10 warm-up runs, as tools/crosscheck.py times PyTorch. */
    private static final int TIMED_RUNS = 100;
    private static final int WARM_UP = 10;

    private CrossCheckDump() {}

    public static void main(String[] argv) throws IOException {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        Map<String, String> a = options(argv);
        String modelName = a.getOrDefault("model", "fashion_ts");
        int count = Integer.parseInt(a.getOrDefault("images", "32"));
        double eps = Double.parseDouble(a.getOrDefault("eps", "0.01"));
        double p = Double.parseDouble(a.getOrDefault("p", "0.3"));
        int n = Integer.parseInt(a.getOrDefault("n", "10"));
        int batch = Integer.parseInt(a.getOrDefault("batch", "1"));
        Path out = Path.of(a.getOrDefault("out", "target/crosscheck"));
        Files.createDirectories(out);
        SceneSet scenes = BundledScenes.load();
        int[] items = new int[count];
        for (int i = 0; i < count; i++) {
            items[i] = i;
        }
        Map<String, Object> report = new LinkedHashMap<>();
        try (NDManager root = NDManager.newBaseManager(); Classifier model = BundledModels.open(modelName)) {
            NDArray x = scenes.images(root, items);
            float[][] clean = confidences(model, x);
            float threshold = (float) model.config().threshold();
            float[][] subset = classSubsets(clean, n, threshold);
            write(out.resolve("weights_class.f32"), flatten(subset));
            Map<String, Object> flips = new LinkedHashMap<>();
            Map<String, Loss> losses = new LinkedHashMap<>();
            losses.put("bce", BceLoss.INSTANCE);
            losses.put("linear", LinearLoss.INSTANCE);
            losses.put("slam", new SlamLoss(0.5, p));
            losses.put("class", BceLoss.INSTANCE);
            MiFgsm attack = new MiFgsm(model, MiFgsmConfig.reference());
            int k = MiFgsmConfig.reference().iterations(eps);
            for (Map.Entry<String, Loss> e : losses.entrySet()) {
                List<Integer> perImage = new ArrayList<>();
                float[] grads = new float[(int) x.size()];
                float[] perts = new float[(int) x.size()];
                int pixels = (int) (x.size() / count);
                // batch images at a time, as the backend does with `set batch` (per-image normalisation makes a
                // batch's attack the batch-1 attack up to float rounding)
                for (int start = 0; start < count; start += batch) {
                    int end = Math.min(count, start + batch);
                    try (NDManager m = root.newSubManager()) {
                        NDArray xb = x.get(start + ":" + end);
                        float[][] cleanB = java.util.Arrays.copyOfRange(clean, start, end);
                        NDArray weights = e.getKey().equals("class")
                                ? m.create(java.util.Arrays.copyOfRange(subset, start, end)) : null;
                        NDArray target = m.create(targets(cleanB, threshold));
                        NDArray grad = MiFgsmState.inputGradient(model, xb, e.getValue(), target, weights,
                                model.config().numLabels());
                        System.arraycopy(grad.toType(DataType.FLOAT32, false).toFloatArray(), 0, grads,
                                start * pixels, (end - start) * pixels);
                        int[] batchItems = java.util.Arrays.copyOfRange(items, start, end);
                        attack.sweep(m, xb, batchItems, cleanB, e.getValue(), weights, new double[] {eps},
                                RunControl.none()).get(0).forEach(o -> perImage.add(o.flips()));
                        try (MiFgsmState state = new MiFgsmState(model, MiFgsmConfig.reference(), m, xb, cleanB,
                                weights)) {
                            for (int it = 0; it < k; it++) {
                                state.step(e.getValue());
                            }
                            System.arraycopy(state.adversarial(m).sub(xb).toFloatArray(), 0, perts, start * pixels,
                                    (end - start) * pixels);
                        }
                    }
                }
                write(out.resolve("grad_" + e.getKey() + ".f32"), grads);
                write(out.resolve("pert_" + e.getKey() + ".f32"), perts);
                flips.put(e.getKey(), perImage);
            }
            report.put("model", modelName);
            report.put("weights_sha256", model.weightsHash());
            report.put("items", ids(scenes, count));
            report.put("shape", List.of(count, model.config().input().channels(), model.config().input().height(),
                    model.config().input().width()));
            report.put("labels", model.config().numLabels());
            report.put("eps", eps);
            report.put("iterations", MiFgsmConfig.reference().iterations(eps));
            report.put("slam_p", p);
            report.put("class_n", n);
            report.put("batch", batch);
            report.put("flips", flips);
            report.put("threads", ai.djl.pytorch.jni.JniUtils.getNumThreads());
            report.put("forward_backward_ms_per_image", timings(model, root, x));
            report.put("engine", Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("atk.json").toFile(),
                report);
        System.out.println("wrote " + out.resolve("atk.json"));
    }

    /** CLASS's subset with γ = 0 (closeness only) for every image: the n labels its tree search selects. */
    private static float[][] classSubsets(float[][] clean, int n, float threshold) {
        float[][] w = new float[clean.length][clean[0].length];
        for (int i = 0; i < clean.length; i++) {
            boolean[] up = LabelCorrelations.targetUp(clean[i], threshold);
            double[][] icm = new double[clean[i].length][clean[i].length];
            for (int label : ClassSubset.select(LabelCorrelations.closeness(clean[i], up), icm, n,
                    ClassSubset.Options.paper(0.0))) {
                w[i][label] = 1f;
            }
        }
        return w;
    }

    /** Milliseconds per image of one forward + input-gradient backward at batch 1 and batch 16 (median). */
    private static Map<String, Double> timings(Classifier model, NDManager root, NDArray x) {
        Map<String, Double> t = new LinkedHashMap<>();
        for (int batch : new int[] {1, 16}) {
            List<Double> runs = new ArrayList<>();
            for (int r = 0; r < TIMED_RUNS + WARM_UP; r++) {
                try (NDManager m = root.newSubManager()) {
                    NDArray in = x.get("0:" + batch).duplicate();
                    in.attach(m);
                    long start = System.nanoTime();
                    NDArray leaf = in.duplicate();
                    leaf.setRequiresGradient(true);
                    try (var g = Gradients.collector()) {
                        g.backward(Activation.sigmoid(model.logits(leaf)).sum());
                    }
                    leaf.getGradient().toFloatArray(); // wait for the result, as the script's .item() does
                    runs.add((System.nanoTime() - start) / 1e6 / batch);
                }
            }
            List<Double> timed = new ArrayList<>(runs.subList(WARM_UP, runs.size()));
            timed.sort(Double::compare);
            t.put("batch_" + batch, timed.get(timed.size() / 2));
        }
        return t;
    }

    private static List<String> ids(SceneSet scenes, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(scenes.itemId(i));
        }
        return ids;
    }

    private static float[][] confidences(Classifier model, NDArray x) {
        float[] flat = Activation.sigmoid(model.logits(x)).toFloatArray();
        int labels = model.config().numLabels();
        float[][] rows = new float[flat.length / labels][labels];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(flat, i * labels, rows[i], 0, labels);
        }
        return rows;
    }

    /** Max-flip targets: 1 − the clean prediction (P > threshold, strict). */
    private static float[][] targets(float[][] clean, float threshold) {
        float[][] t = new float[clean.length][clean[0].length];
        for (int i = 0; i < clean.length; i++) {
            for (int j = 0; j < clean[i].length; j++) {
                t[i][j] = clean[i][j] > threshold ? 0f : 1f;
            }
        }
        return t;
    }

    private static float[] flatten(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * rows[0].length, rows[0].length);
        }
        return flat;
    }

    private static void write(Path file, float[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        Files.write(file, b.array());
    }

    private static Map<String, String> options(String[] argv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int k = 0; k + 1 < argv.length; k += 2) {
            if (!argv[k].startsWith("--")) {
                throw new IllegalArgumentException("options are --key value, got " + argv[k]);
            }
            m.put(argv[k].substring(2), argv[k + 1]);
        }
        return m;
    }
}
