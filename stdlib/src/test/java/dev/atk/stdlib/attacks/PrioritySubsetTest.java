package dev.atk.stdlib.attacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.select.ClassSubset;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ScriptFunction;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.value.GuestFunctionValue;
import dev.atk.value.HostFunctionValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * {@code subset(priority=f, n)}: the n labels a script's function ranks highest, with real JavaScript through the
 * guest module. CLASS with γ = 0 written as a priority function (closeness, §6.2) selects exactly CLASS's subsets.
 */
class PrioritySubsetTest {
    /** Closeness c = 0.5 − |P − 0.5| (§6.2), CLASS's ranking when γ = 0. */
    static final String CLOSENESS = "(conf, truth, labels) => conf.map(p => 0.5 - Math.abs(p - 0.5))";

    private static ScriptFunction js(String code, String name) {
        return new GuestFunctionValue("js", code, null, "test").named(name);
    }

    private static TargetWeights subset(ScriptFunction f, long n, ImageSet data, int labels) {
        ComponentCall call = new MiFgsmRecipes().spec(new ComponentCall("subset", Map.of("priority", f, "n", n)))
                .targets();
        return TargetWeights.of(call, new AttackContext(TargetWeightsTest.SETTINGS, TargetWeightsTest.ASL_COCO, 42,
                null, null), data, labelNames(labels));
    }

    @ParameterizedTest(name = "n={0} b={1} d={2}")
    @CsvSource({"3, 4, 4", "4, 2, 2", "5, 1, 1"})
    void classWithGammaZeroAsAPriorityFunctionOnTheSection63Vectors(int n, int b, int d) {
        // confidences below 0.5 whose closeness is the vector c of §6.3
        double[] c = {0.10, 0.45, 0.30, 0.05, 0.40, 0.20};
        float[] conf = new float[c.length];
        double[] closeness = new double[c.length];
        for (int j = 0; j < c.length; j++) {
            conf[j] = (float) c[j];
            closeness[j] = 0.5 - Math.abs(conf[j] - 0.5);
        }
        double[][] icm = new double[6][6];
        List<Integer> builtIn = ClassSubset.select(closeness, icm, n, new ClassSubset.Options(0, b, d, false));
        List<Integer> guest = subset(js(CLOSENESS, "closeness"), n, images(6, 1), 6).subset(conf, 0, 0.01);
        assertEquals(List.of(1, 4, 2, 5, 0).subList(0, n), builtIn); // the table's subsets
        assertEquals(builtIn, guest);
    }

    @Test
    void classWithGammaZeroAndAPriorityFunctionWeighTheSameLabelsAtEveryBudget() {
        TargetWeights byClass = TargetWeights.of(new MiFgsmRecipes().spec(new ComponentCall("class",
                Map.of("gamma", 0.0))).targets(), new AttackContext(TargetWeightsTest.SETTINGS,
                TargetWeightsTest.ASL_COCO, 42, null, null), null, List.of());
        TargetWeights byGuest = subset(js(CLOSENESS, "closeness"), -1, images(80, 20), 80);
        // the weights the attack uses: CLASS's look-ahead may insert equally good labels in another order (its leaf
        // objectives are float sums in different orders), never choose other ones
        float[][] p = new float[20][];
        int[] items = new int[20];
        for (int image = 0; image < 20; image++) {
            p[image] = TargetWeightsTest.confidences(100 + image, 80);
            items[image] = image;
        }
        for (double eps : TargetWeightsTest.GRID) {
            float[][] expected = byClass.weights(p, items, eps);
            float[][] got = byGuest.weights(p, items, eps);
            for (int image = 0; image < 20; image++) {
                assertArrayEquals(expected[image], got[image], "image " + image + " at " + eps);
            }
        }
    }

    @Test
    void theFunctionSeesConfidencesTruthAndLabelNamesOncePerImage() {
        AtomicInteger calls = new AtomicInteger();
        List<List<Object>> seen = new ArrayList<>();
        ScriptFunction host = new HostFunctionValue("truthFirst", null, args -> {
            calls.incrementAndGet();
            seen.add(args);
            List<?> truth = (List<?>) args.get(1);
            return truth.stream().map(t -> (Double) t * 10).toList(); // ground-truth labels first
        });
        TargetWeights w = subset(host, 2, images(5, 3), 5);
        float[] p = {0.9f, 0.1f, 0.2f, 0.3f, 0.4f};
        for (double eps : TargetWeightsTest.GRID) {
            assertEquals(List.of(1, 3), w.subset(p, 1, eps)); // image 1's truth: labels 1 and 3
        }
        assertEquals(1, calls.get(), "scores do not depend on eps: one call per image");
        assertEquals(List.of(0.8999999761581421, 0.10000000149011612, 0.20000000298023224, 0.30000001192092896,
                0.4000000059604645), seen.get(0).get(0));
        assertEquals(List.of("label0", "label1", "label2", "label3", "label4"), seen.get(0).get(2));
    }

    @Test
    void tiesGoToTheLowerLabelIndexAndNIsCappedAtTheLabelCount() {
        TargetWeights w = subset(js("(conf) => conf.map(c => 1)", "flat"), 9, images(4, 1), 4);
        assertEquals(List.of(0, 1, 2, 3), w.subset(new float[4], 0, 0.01));
        TargetWeights two = subset(js("(conf) => conf.map(c => 1)", "flat"), 2, images(4, 1), 4);
        assertEquals(List.of(0, 1), two.subset(new float[4], 0, 0.01));
    }

    @Test
    void aWrongResultOrAFailureNamesTheFunctionAndTheImage() {
        float[] p = {0.1f, 0.2f, 0.3f};
        assertMessage(subset(js("(conf) => [1, 2]", "short"), 1, images(3, 2), 3), p,
                "priority function short gave a wrong result for image img-1: it returned 2 values; it must "
                        + "return one number per label (3)");
        assertMessage(subset(js("(conf) => conf.map(c => NaN)", "nan"), 1, images(3, 2), 3), p,
                "priority function nan gave a wrong result for image img-1: value 0 is NaN; it must return one finite "
                        + "number per label");
        assertMessage(subset(js("(conf) => conf.map(c => 'high')", "words"), 1, images(3, 2), 3), p,
                "value 0 is the string \"high\"");
        assertMessage(subset(js("(conf) => { throw new Error('no scores today') }", "thrower"), 1, images(3, 2), 3),
                p, "priority function thrower failed");
        assertMessage(subset(js("(conf) => { throw new Error('no scores today') }", "thrower"), 1, images(3, 2), 3),
                p, "no scores today");
        assertMessage(subset(js("(conf) => { while (true) {} }", "endless"), 1, images(3, 2), 3), p,
                "called for image img-1");
        assertMessage(subset(new HostFunctionValue("hostile", "2", args -> {
            throw new IllegalStateException("host says no");
        }), 1, images(3, 2), 3), p, "priority function hostile failed: IllegalStateException: host says no, called "
                + "for image img-1");
    }

    @Test
    void aFunctionsIdentityIsItsCodeNotItsName() {
        ScriptFunction a = js(CLOSENESS, "a");
        ScriptFunction b = js(CLOSENESS, "b");
        ScriptFunction edited = js(CLOSENESS + " ", "a");
        assertEquals(a.identity(), b.identity());
        assertFalse(a.identity().equals(edited.identity()));
        ComponentCall call = new ComponentCall("subset", Map.of("priority", a, "n", 3L, "ratio", 1.66));
        assertTrue(call.canonical().startsWith("subset(n=3, priority=js:"), call.canonical());
        assertEquals("host:prio@v2", new HostFunctionValue("prio", "v2", args -> null).identity());
    }

    private static void assertMessage(TargetWeights w, float[] p, String expected) {
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class, () -> w.subset(p, 1, 0.01));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static List<String> labelNames(int labels) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < labels; j++) {
            names.add("label" + j);
        }
        return names;
    }

    /** {@code count} items named img-0, img-1, …; item i's ground truth is labels i and i + 2 (mod C). */
    private static ImageSet images(int labels, int count) {
        return new ImageSet() {
            public String name() {
                return "toy";
            }

            public int count() {
                return count;
            }

            public List<String> labelNames() {
                return PrioritySubsetTest.labelNames(labels);
            }

            public String itemId(int i) {
                return "img-" + i;
            }

            public boolean hasLabel(int i, int label) {
                return label == i % labels || label == (i + 2) % labels;
            }

            public int channels() {
                return 1;
            }

            public Optional<int[]> fixedSize() {
                return Optional.empty();
            }

            public dev.atk.stdlib.data.HostImages hostImages(int[] indices, int height, int width) {
                throw new UnsupportedOperationException("this toy set has ground truth only");
            }
        };
    }
}
