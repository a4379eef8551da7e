package dev.atk.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.api.EvalResult;
import dev.atk.api.Session;
import dev.atk.exec.Sampler;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import dev.atk.source.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The engine benchmark of the end-to-end issue, printed from one run:
 * (a) ATK's overhead: wall time of {@code run bce()} over 64 images through the whole engine (plan, executor,
 *     results log) versus a hand-written DJL loop doing the same forward/backward passes — goal ≤ 1.10×;
 * (b) images per second at batch sizes 1, 16 and 64;
 * (c) resident memory after 1k, 10k and 100k attack iterations — goal: flat within 5%.
 *
 * <pre>./mvnw -q -o -pl bench -am install -DskipTests && ./mvnw -q -o -pl bench exec:exec</pre>
 * ({@code -Dbench.part=memory} runs only (c), about three minutes on two cores; {@code -Dbench.part=guest} the
 * guest-function call against an attack's time per image, {@link GuestCallBench}; {@code peer MODEL BATCH N} one cell
 * of the comparison with PyTorch eager, {@link EagerPeerBench}, which {@code bench/eager/run.sh} interleaves.)
 */
public final class EngineBench {
    static final double ALPHA = 1.0 / 2560;

    public static void main(String[] args) throws IOException {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        // the first argument is the part to run: all (the default) or memory; iterations and repeats may follow
        String part = args.length > 0 ? args[0] : "all";
        if (part.equals("memory")) {
            memory(Files.createTempDirectory("atk-bench"));
            return;
        }
        if (part.equals("peer")) { // one cell of bench/eager/run.sh: peer MODEL BATCH ITERATIONS
            EagerPeerBench.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (part.equals("guest")) {
            GuestCallBench.run(Files.createTempDirectory("atk-bench"));
            return;
        }
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path tmp = Files.createTempDirectory("atk-bench");
        System.out.printf("ATK engine benchmark: %d MI-FGSM iterations, %d repeats, %d threads%n", iterations, repeats,
                Runtime.getRuntime().availableProcessors());
        overhead(tmp, iterations, repeats);
        throughput(tmp, iterations);
        memory(tmp);
    }

    private static Session session(Path tmp, String name) {
        return Session.builder().baseDir(tmp).cacheDir(tmp.resolve("cache")).resultsDir(tmp.resolve("results"))
                .runName(name).out(new PrintStream(OutputStream.nullOutputStream())).build();
    }

    private static double seconds(Session s, String text) {
        long t0 = System.nanoTime();
        EvalResult r = s.eval(new Source("bench.atk", text));
        double dt = (System.nanoTime() - t0) / 1e9;
        if (!r.ok()) {
            throw new IllegalStateException(r.describeProblems());
        }
        return dt;
    }

    /** Budgets with exactly {@code iterations} steps, distinct so no record is found in the log. */
    private static String budget(int iterations, int k) {
        return Double.toString((iterations + 0.01 * (k + 1)) * ALPHA);
    }

    private static void overhead(Path tmp, int iterations, int repeats) {
        double[] atk = new double[repeats];
        double[] hand = new double[repeats];
        SceneSet scenes = BundledScenes.load();
        int[] items = Sampler.sample(IntStream.range(0, scenes.count()).toArray(), 64, 11);
        try (Session s = session(tmp, "overhead"); Classifier model = BundledModels.load("fashion_cnn");
             NDManager root = NDManager.newBaseManager()) {
            seconds(s, "model fashion_cnn\ndata fashion split test sample 64 seed 11\nset batch = 64\nrun bce() at eps = "
                    + budget(iterations, 100));
            HandWrittenMiFgsm.run(model, root, scenes.images(root, items), ALPHA, iterations);
            for (int k = 0; k < repeats; k++) {
                atk[k] = seconds(s, "run bce() at eps = " + budget(iterations, k));
                try (NDManager m = root.newSubManager()) {
                    long t0 = System.nanoTime();
                    NDArray images = scenes.images(m, items);
                    HandWrittenMiFgsm.run(model, m, images, ALPHA, iterations);
                    hand[k] = (System.nanoTime() - t0) / 1e9;
                }
            }
        }
        double a = median(atk);
        double h = median(hand);
        System.out.printf("(a) overhead: ATK run bce() on 64 images %.3f s, hand-written DJL loop %.3f s, ratio %.3f×"
                + " (median of %d; goal ≤ 1.10×)%n", a, h, a / h, repeats);
    }

    private static void throughput(Path tmp, int iterations) {
        try (Session s = session(tmp, "throughput")) {
            seconds(s, "model fashion_cnn\ndata fashion split test sample 64 seed 11\nrun bce() at eps = " + budget(2, 50));
            int k = 0;
            for (int batch : new int[] {1, 16, 64}) {
                double dt = seconds(s, "set batch = " + batch + "\nrun bce() at eps = " + budget(iterations, k++));
                System.out.printf("(b) batch %2d: %7.1f images/s (%d iterations each; %.2f ms per image-iteration)%n",
                        batch, 64 / dt, iterations, dt * 1000 / (64.0 * iterations));
            }
        }
    }

    private static void memory(Path tmp) {
        try (Session s = session(tmp, "memory")) {
            // alpha = 1e-5 on one image at batch 1: eps 0.01 is 1,000 iterations, eps 0.09 another 9,000 (10k in all),
            // eps 0.9 another 90,000 (100k in all)
            double seconds = seconds(s, "model fashion_cnn\ndata fashion split test sample 1 seed 11\nset batch = 1\n"
                    + "set alpha = 0.00001\nrun bce() at eps = 0.01");
            long after1k = rssKb();
            seconds += seconds(s, "run bce() at eps = 0.09");
            long after10k = rssKb();
            seconds += seconds(s, "run bce() at eps = 0.9");
            long after100k = rssKb();
            System.out.printf("(c) RSS after 1k iterations %d MB, after 10k %d MB (%+.1f%%), after 100k %d MB (%+.1f%%); "
                    + "goal: within 5%% (%.0f s)%n", after1k / 1024, after10k / 1024,
                    100.0 * (after10k - after1k) / after1k, after100k / 1024, 100.0 * (after100k - after1k) / after1k,
                    seconds);
        }
    }

    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/self/status", e);
        }
        return -1;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
