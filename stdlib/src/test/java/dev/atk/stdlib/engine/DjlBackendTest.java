package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.CancelledException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPI backend end to end on a random-weights fashion_cnn_v2 and the shipped scene sample. */
class DjlBackendTest {
    @TempDir
    static Path dir;
    private static Backend backend;
    private static ModelHandle model;
    private static DataHandle data;
    private static final RunSettings SETTINGS = new RunSettings(0.5, RunSettings.DEFAULT_ALPHA, "linf", 2, 11,
            "faithful");
    private static final double[] BUDGETS = {0.002, 0.001, 0.004};

    @BeforeAll
    static void open() throws Exception {
        dev.atk.stdlib.attack.TestThreads.single();
        Path config = RandomModel.write(dir, "rand_cnn");
        backend = new DjlStdlib().open(new BackendConfig("cpu", dir, dir));
        model = backend.loadModel(new ModelRef(config.getFileName().toString(), true));
        data = backend.loadData(new DataRef("fashion", null, "test"));
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    static final class Recorder implements RunControl {
        final AtomicLong steps = new AtomicLong();
        long cancelAfter = Long.MAX_VALUE;

        @Override
        public void advance(long n) {
            steps.addAndGet(n);
        }

        @Override
        public boolean cancelled() {
            return steps.get() >= cancelAfter;
        }
    }

    @Test
    void describesItself() {
        assertEquals("cpu", backend.device());
        assertTrue(backend.versions().startsWith("djl 0.35.1, pytorch 2.7.1"), backend.versions());
        assertEquals("rand_cnn", model.name());
        assertEquals(40, model.labels().size());
        assertEquals(64, model.weightsHash().length());
        assertEquals(0.0, model.inputMin());
        assertEquals(1.0, model.inputMax());
        assertEquals("fashion/test", data.name());
        assertEquals(1000, data.size());
        assertEquals("fashion/test/000003", data.itemId(3));
        assertEquals(40, data.groundTruth(3).length);
    }

    @Test
    void fusedAttackSinksOncePerBatchWithEveryBudget() {
        int[] items = {4, 9, 2, 7, 5};
        Recorder control = new Recorder();
        List<List<AttackOutcome>> calls = new ArrayList<>();
        AttackContext ctx = new AttackContext(SETTINGS, null, 1);
        ComponentCall bce = ComponentCall.of("bce");
        backend.attack(model, data, items, bce, BUDGETS, ctx, calls::add, control);
        assertEquals(3, calls.size(), "batches of 2: 2 + 2 + 1 images");
        assertEquals(6, calls.get(0).size());
        assertEquals(3, calls.get(2).size());
        assertEquals(backend.plannedSteps(bce, BUDGETS, items.length, ctx), control.steps.get());
        assertEquals(5L * 10, control.steps.get(), "one trajectory of int(0.004/α) = 10 iterations per image");
        float[][] clean = backend.predict(model, data, items, SETTINGS, RunControl.none());
        for (List<AttackOutcome> call : calls) {
            for (AttackOutcome o : call) {
                int pos = indexOf(items, o.item());
                assertTrue(pos >= 0);
                assertArrayEquals(clean[pos], o.clean(), 1e-6f);
                assertEquals((int) (o.budget() / RunSettings.DEFAULT_ALPHA), o.iterations());
                assertTrue(o.linf() <= o.iterations() * RunSettings.DEFAULT_ALPHA + 1e-7);
                assertEquals(40, o.adversarial().length);
            }
        }
        // mifgsm(loss=linear) is the linear recipe
        List<List<AttackOutcome>> a = new ArrayList<>();
        List<List<AttackOutcome>> b = new ArrayList<>();
        backend.attack(model, data, new int[] {1}, ComponentCall.of("linear"), BUDGETS, ctx, a::add,
                RunControl.none());
        backend.attack(model, data, new int[] {1}, new ComponentCall("mifgsm", Map.of("loss",
                ComponentCall.of("linear"), "targets", ComponentCall.of("all"), "mu", 1.0)), BUDGETS, ctx, b::add,
                RunControl.none());
        for (int i = 0; i < 3; i++) {
            assertEquals(a.get(0).get(i).flips(), b.get(0).get(i).flips());
            assertArrayEquals(a.get(0).get(i).adversarial(), b.get(0).get(i).adversarial());
        }
    }

    private static int indexOf(int[] xs, int x) {
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == x) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void slamRunsPerBudgetAndNeedsAProfile() {
        int[] items = {0, 1, 2};
        ComponentCall slam = new ComponentCall("slam", Map.of("q", 0.5));
        AttackContext none = new AttackContext(SETTINGS, null, 1);
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class,
                () -> backend.attack(model, data, items, slam, BUDGETS, none, x -> {}, RunControl.none()));
        assertTrue(e.getMessage().contains("profile"), e.getMessage());
        AttackContext ctx = new AttackContext(SETTINGS, ProfileResult.declared(new double[] {0, 2000}, 0.004, 40),
                1);
        Recorder control = new Recorder();
        List<List<AttackOutcome>> calls = new ArrayList<>();
        backend.attack(model, data, items, slam, BUDGETS, ctx, calls::add, control);
        assertEquals(2 * 3, calls.size(), "one sink call per (batch, budget)");
        assertEquals(2, calls.get(0).size());
        assertEquals(BUDGETS[1], calls.get(1).get(0).budget());
        assertEquals(3L * (5 + 2 + 10), control.steps.get());
        assertEquals(backend.plannedSteps(slam, BUDGETS, 3, ctx), control.steps.get());
    }

    @Test
    void subsetAttacksRunPerBudgetWithTheirOwnWeights() {
        int[] items = {0, 1, 2};
        // E(eps) = 2000·eps: 4, 2 and 8 labels at the three budgets; CLASS takes int(1.66·E) of them
        AttackContext ctx = new AttackContext(SETTINGS, ProfileResult.declared(new double[] {0, 2000}, 0.004, 40),
                1);
        Recorder control = new Recorder();
        List<List<AttackOutcome>> calls = new ArrayList<>();
        ComponentCall classCall = new ComponentCall("class", Map.of("gamma", 0.0));
        backend.attack(model, data, items, classCall, BUDGETS, ctx, calls::add, control);
        assertEquals(2 * 3, calls.size(), "one sink call per (batch, budget)");
        assertEquals(backend.plannedSteps(classCall, BUDGETS, 3, ctx), control.steps.get());
        // a subset of size 0 weighs nothing: the gradient is zero and the image does not move (§2.1, §6.4)
        List<List<AttackOutcome>> none = new ArrayList<>();
        backend.attack(model, data, items, new ComponentCall("closest", Map.of("n", 0L)), BUDGETS, ctx, none::add,
                RunControl.none());
        for (List<AttackOutcome> batch : none) {
            for (AttackOutcome o : batch) {
                assertEquals(0, o.flips());
                assertEquals(0.0, o.linf());
            }
        }
        AtkRuntimeException noCorrelations = assertThrows(AtkRuntimeException.class, () -> backend.attack(model, data,
                items, new ComponentCall("class", Map.of("gamma", 0.5)), BUDGETS, ctx, x -> {}, RunControl.none()));
        assertTrue(noCorrelations.getMessage().contains("correlations"), noCorrelations.getMessage());
    }

    @Test
    void correlationsAttackEveryLabelOnEveryImage() {
        int[][] items = new int[40][];
        java.util.Arrays.fill(items, new int[] {3, 4});
        Recorder control = new Recorder();
        var result = backend.correlations(model, data, items, new dev.atk.spi.LabelAttackRequest(0.002, 2, "up"),
                SETTINGS, control);
        assertEquals(40, result.raw().length);
        assertEquals(2L * 40 * 5, control.steps.get());
        assertEquals(2, result.samplesPerLabel()[39]);
    }

    @Test
    void cancellationStopsBeforeTheNextIteration() {
        Recorder control = new Recorder();
        control.cancelAfter = 4;
        List<List<AttackOutcome>> calls = new ArrayList<>();
        assertThrows(CancelledException.class, () -> backend.attack(model, data, new int[] {0, 1, 2, 3},
                ComponentCall.of("bce"), new double[] {0.1}, new AttackContext(SETTINGS, null, 1), calls::add,
                control));
        assertEquals(4, control.steps.get());
        assertTrue(calls.isEmpty());
    }

    @Test
    void profileProbesAndFits() {
        Recorder control = new Recorder();
        ProfileResult p = backend.profile(model, data, new int[] {0, 1, 2}, new ProfileRequest(2, 0.01, 2, "bce", 3),
                SETTINGS, control);
        int k = p.epsilons().length;
        assertTrue(k >= 2 && k <= 4);
        assertEquals(3, p.coefficients().length);
        assertEquals(40, p.labels());
        assertEquals(3, p.samples());
        assertEquals((k - 1) * 2L * 3 * 2, control.steps.get());
        assertEquals((k - 1) * 2 * RunSettings.DEFAULT_ALPHA, p.epsMax());
    }

    @Test
    void aProfileIgnoresTheSessionsThreadsAndBatchAndSaysWhatComputedIt() {
        int session = ai.djl.pytorch.jni.JniUtils.getNumThreads();
        ProfileRequest request = new ProfileRequest(2, 0.01, 2, "bce", 4);
        int[] probe = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        try {
            ai.djl.pytorch.jni.JniUtils.setNumThreads(1);
            ProfileResult one = backend.profile(model, data, probe, request, SETTINGS, RunControl.none());
            assertEquals(1, ai.djl.pytorch.jni.JniUtils.getNumThreads(), "the session's own count is restored");
            ai.djl.pytorch.jni.JniUtils.setNumThreads(2);
            RunSettings batch7 = new RunSettings(0.5, RunSettings.DEFAULT_ALPHA, "linf", 7, 11, "faithful");
            ProfileResult other = backend.profile(model, data, probe, request, batch7, RunControl.none());
            assertArrayEquals(one.flipsBce(), other.flipsBce());
            assertArrayEquals(one.coefficients(), other.coefficients());
            assertTrue(one.computedOn().startsWith("cpu, 2 libtorch threads (fixed for profiles), batch 16, djl "),
                    one::computedOn);
        } finally {
            ai.djl.pytorch.jni.JniUtils.setNumThreads(session);
        }
    }

    @Test
    void predictBatchesAndReportsProgress() {
        Recorder control = new Recorder();
        float[][] conf = backend.predict(model, data, new int[] {5, 6, 7}, SETTINGS, control);
        assertEquals(3, conf.length);
        assertEquals(40, conf[0].length);
        assertEquals(3, control.steps.get());
        float[][] one = backend.predict(model, data, new int[] {7}, SETTINGS, RunControl.none());
        assertArrayEquals(one[0], conf[2], 1e-6f);
    }

    @Test
    void userMistakesGiveOneLineMessages() throws Exception {
        AtkRuntimeException unknown = assertThrows(AtkRuntimeException.class,
                () -> backend.loadModel(new ModelRef("no_such_model", false)));
        assertTrue(unknown.getMessage().contains("no_such_model"), unknown.getMessage());
        Files.writeString(dir.resolve("bad-0000.params"), "not weights");
        Files.writeString(dir.resolve("bad.json"), Files.readString(dir.resolve("rand_cnn.json"))
                .replace("rand_cnn-0000.params", "bad-0000.params").replace("\"rand_cnn\"", "\"bad\""));
        AtkRuntimeException corrupt = assertThrows(AtkRuntimeException.class,
                () -> backend.loadModel(new ModelRef("bad.json", true)));
        AtkRuntimeException noData = assertThrows(AtkRuntimeException.class,
                () -> backend.loadData(new DataRef("fashion", "no/such/folder", "test")));
        assertTrue(noData.getMessage().contains("no/such/folder"), noData.getMessage());
        AtkRuntimeException badSet = assertThrows(AtkRuntimeException.class,
                () -> backend.loadData(new DataRef("coco2014", null, "test")));
        AtkRuntimeException badAttack = assertThrows(AtkRuntimeException.class, () -> backend.attack(model, data,
                new int[] {0}, ComponentCall.of("no_such_attack"), BUDGETS, new AttackContext(SETTINGS, null, 1), x -> {},
                RunControl.none()));
        for (AtkRuntimeException e : List.of(unknown, corrupt, noData, badSet, badAttack)) {
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void gpuWithoutAGpuIsAClearError() {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "this machine has a GPU");
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class,
                () -> new DjlStdlib().open(new BackendConfig("gpu", dir, dir)));
        assertTrue(e.getMessage().startsWith("no GPU available"), e.getMessage());
        assertThrows(AtkRuntimeException.class, () -> new DjlStdlib().open(new BackendConfig("tpu", dir, dir)));
    }

    @Test
    void autoSaysWhichDeviceItChoseAndWhy() throws Exception {
        Assumptions.assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "this machine has a GPU");
        try (dev.atk.spi.Backend auto = new DjlStdlib().open(new BackendConfig("auto", dir, dir))) {
            List<String> notes = auto.startNotes();
            assertTrue(notes.get(notes.size() - 1).matches("engine: PyTorch 2\\.7\\.1 on cpu \\(auto: no CUDA device; "
                    + ".*libtorch.*\\)"), notes.toString());
        }
        assertEquals(List.of("engine: PyTorch 2.7.1 on cpu"), backend.startNotes().subList(
                backend.startNotes().size() - 1, backend.startNotes().size()), "a device asked for needs no reason");
    }
}
