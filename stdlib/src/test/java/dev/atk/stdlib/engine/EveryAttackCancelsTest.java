package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AttackContext;
import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.CancelledException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.RunSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every attack the catalog lists reports progress and stops at the next check once the run is cancelled (the REPL's
 * Ctrl-C and the CLI's SIGINT both arrive as a cancelled {@link dev.atk.spi.RunControl}), with a CancelledException
 * and nothing else. Attacks that need a profile or correlations are covered by the MI-FGSM kernel's own test.
 */
class EveryAttackCancelsTest {
    @TempDir
    static Path dir;
    private static Backend backend;
    private static ModelHandle model;
    private static DataHandle data;
    private static final RunSettings SETTINGS = new RunSettings(0.5, RunSettings.DEFAULT_ALPHA, "linf", 2, 11,
            "faithful");

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

    static Stream<ComponentInfo> attacks() {
        DjlCatalog catalog = new DjlCatalog();
        return catalog.components().stream().filter(c -> c.kind() == ComponentKind.ATTACK)
                .filter(c -> !catalog.needsProfile(call(c)) && !catalog.needsCorrelations(call(c)));
    }

    /** The attack with its defaults, and a function for each parameter that needs one (subset's priority). */
    static ComponentCall call(ComponentInfo attack) {
        java.util.Map<String, Object> args = new java.util.HashMap<>();
        attack.params().stream().filter(p -> p.type() == dev.atk.spi.ParamType.FUNCTION).forEach(p -> args.put(
                p.name(), new dev.atk.value.HostFunctionValue("confidence", null, a -> a.get(0))));
        return new ComponentCall(attack.name(), args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void cancellingStopsTheAttackAfterItShowedProgress(ComponentInfo attack) {
        DjlBackendTest.Recorder control = new DjlBackendTest.Recorder();
        control.cancelAfter = 1;
        double[] budgets = {attack.usesBudget() ? 0.05 : Double.NaN};
        assertThrows(CancelledException.class, () -> backend.attack(model, data, new int[] {0, 1, 2, 3},
                call(attack), budgets, new AttackContext(SETTINGS, null, 1),
                new java.util.ArrayList<List<dev.atk.spi.AttackOutcome>>()::add,
                control), attack.name());
        assertTrue(control.steps.get() >= 1, attack.name() + " showed no progress before the cancel");
    }
}
