package dev.atk.stdlib.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.analysis.CorrelationExtractor;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.profile.Profiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the study's two analyses cost (a main, not a test; prints numbers and asserts nothing): a flip-up correlation
 * matrix (Algorithm 1) and a model profile (§4), each in forward and backward passes per image, counted by wrapping
 * the model ({@link CountingClassifier}), next to the closed forms and to what the results themselves report, then
 * seconds and the seconds per pass, extrapolated to the study's full sizes.
 * <ul>
 *   <li>Correlations, Appendix F: (fp + bp)·int(ε/α)·C·n for C labels and n images per label; ATK also runs one clean
 *   forward pass per distinct image and one measuring forward pass per (label, image) row.</li>
 *   <li>Profile: two probe states (BCE and linear) per image for K = eps_max/α iterations, so (fp + bp)·2·n·K,
 *   plus one clean forward per state and one measuring forward per state every {@code interval} iterations.</li>
 * </ul>
 * <pre>
 * ./mvnw -o -q install -DskipTests
 * ./mvnw -o -q -pl stdlib exec:java -Dexec.mainClass=dev.atk.stdlib.bench.AnalysisBench -Datk.home=$PWD \
 *     [-Dexec.args="MODEL SAMPLES EPS PROBE_IMAGES"]
 * </pre>
 * Defaults: fashion_cnn, 5 images per label, ε = 0.01, 20 probe images.
 */
public final class AnalysisBench {
    private AnalysisBench() {}

    public static void main(String[] args) {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        String name = args.length > 0 ? args[0] : "fashion_cnn";
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        double eps = args.length > 2 ? Double.parseDouble(args[2]) : 0.01;
        int probeImages = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int batch = RunSettings.defaults().batch();
        SceneSet scenes = BundledScenes.load();
        try (NDManager root = NDManager.newBaseManager();
             CountingClassifier model = new CountingClassifier(BundledModels.load(name))) {
            System.out.printf(Locale.ROOT, "model %s, %s %s, %d intra-op threads, batch %d%n", name,
                    Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(),
                    ai.djl.pytorch.jni.JniUtils.getNumThreads(), batch);
            MiFgsmConfig config = MiFgsmConfig.reference();
            correlations(model, root, scenes, config, samples, eps, batch);
            profile(model, root, scenes, config, probeImages, batch);
        }
    }

    private static void correlations(CountingClassifier model, NDManager root, SceneSet scenes, MiFgsmConfig config,
                                     int samples, double eps, int batch) {
        int labels = model.config().numLabels();
        int[] items = new int[samples];
        Arrays.setAll(items, i -> i);
        int[][] perLabel = new int[labels][];
        Arrays.fill(perLabel, items);
        model.reset();
        CorrelationResult r = new CorrelationExtractor(model, config).run(root, scenes::images, labels, perLabel,
                new LabelAttackRequest(eps, samples, "up"), batch, RunControl.none());
        long[] formula = CorrelationExtractor.expectedPasses(config, eps, perLabel, samples);
        long iters = config.iterations(eps);
        long appendixF = iters * labels * samples; // each of fp and bp
        System.out.printf(Locale.ROOT, "%ncorrelation matrix, flip-up, C = %d labels × n = %d images, ε = %s "
                + "(int(ε/α) = %d iterations)%n", labels, samples, eps, iters);
        System.out.printf(Locale.ROOT, "  %-34s %12s %12s%n", "", "forward", "backward");
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "counted at the model", model.forward(), model.backward());
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "reported by the result", r.forwardPasses(),
                r.backwardPasses());
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "Appendix F: int(ε/α)·C·n", appendixF, appendixF);
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "  + C·n measuring + n clean forwards", formula[0],
                formula[1]);
        System.out.printf(Locale.ROOT, "  counted / formula: forward %.4f, backward %.4f%n",
                model.forward() / (double) formula[0], model.backward() / (double) formula[1]);
        double perPass = r.seconds() / (model.forward() + model.backward());
        System.out.printf(Locale.ROOT, "  %.2f s, %.1f µs per pass; the study's C = %d, n = 100 at ε = 0.06 "
                        + "would be %d + %d passes, about %.0f s%n", r.seconds(), perPass * 1e6, labels,
                config.iterations(0.06) * labels * 100L + labels * 100L + 100, config.iterations(0.06) * labels * 100L,
                perPass * (2 * config.iterations(0.06) * labels * 100L + labels * 100L + 100));
    }

    private static void profile(CountingClassifier model, NDManager root, SceneSet scenes, MiFgsmConfig config,
                                int images, int batch) {
        List<NDArray> batches = new ArrayList<>();
        for (int from = 0; from < images; from += batch) {
            int[] chunk = new int[Math.min(batch, images - from)];
            int first = from;
            Arrays.setAll(chunk, i -> first + i);
            batches.add(scenes.images(root, chunk));
        }
        model.reset();
        long start = System.nanoTime();
        ProfileResult p = new Profiler(model, config).run(root, batches, ProfileRequest.defaults(), RunControl.none());
        double seconds = (System.nanoTime() - start) / 1e9;
        long k = Math.round(p.epsMax() / config.alpha());
        long measurements = p.epsilons().length - 1L;
        long backward = 2L * images * k;
        long forward = backward + 2L * images * measurements + 2L * images;
        System.out.printf(Locale.ROOT, "%nprofile, n = %d probe images, stopped at eps_max = %.6f (K = %d iterations, "
                + "%d measurements every %d)%n", images, p.epsMax(), k, measurements, p.interval());
        System.out.printf(Locale.ROOT, "  %-34s %12s %12s%n", "", "forward", "backward");
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "counted at the model", model.forward(), model.backward());
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "(fp + bp)·2·n·K", backward, backward);
        System.out.printf(Locale.ROOT, "  %-34s %12d %12d%n", "  + 2n clean + 2n per measurement", forward, backward);
        System.out.printf(Locale.ROOT, "  counted / formula: forward %.4f, backward %.4f%n", model.forward() / (double) forward,
                model.backward() / (double) backward);
        double perPass = seconds / (model.forward() + model.backward());
        System.out.printf(Locale.ROOT, "  %.2f s, %.1f µs per pass; with the study's 100 probe images about %.0f s%n",
                seconds, perPass * 1e6, perPass * (model.forward() + model.backward()) * 100.0 / images);
    }
}
