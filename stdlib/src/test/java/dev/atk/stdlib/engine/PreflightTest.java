package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-flight checks on small TorchScript modules broken the ways a user's export can be (made by
 * tools/make_preflight_fixtures.py): each gives one message naming the config field or the export step to fix.
 */
class PreflightTest {
    static SceneSet scenes;
    static NDManager manager;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        scenes = BundledScenes.load();
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void tearDown() {
        manager.close();
    }

    @Test
    void aHealthyExportPasses() throws IOException {
        try (Classifier c = BundledModels.open(config("logits", 40, 1, 56, 0, 1).toString())) {
            assertDoesNotThrow(() -> Preflight.structure(c, scenes));
            assertDoesNotThrow(() -> Preflight.behaviour(c, scenes, manager));
        }
        try (Classifier bundled = BundledModels.open("fashion_ts")) {
            assertDoesNotThrow(() -> Preflight.behaviour(bundled, scenes, manager));
        }
    }

    @Test
    void probabilitiesAreNotLogits() throws IOException {
        assertBehaviourFails("probabilities", "all lie in [0, 1], which looks like probabilities",
                "without its final sigmoid");
        assertBehaviourFails("softmax", "sum to 1 per image (a softmax)", "without its final softmax");
    }

    @Test
    void dropoutBakedInIsNotEvalMode() throws IOException {
        assertBehaviourFails("dropout", "gives different outputs for the same images", "after model.eval()");
    }

    @Test
    void aRoundingFrontEndCutsTheGradient() throws IOException {
        assertBehaviourFails("rounded", "input gradient of exactly 0", "re-export 'weights'");
    }

    @Test
    void nanOutputs() throws IOException {
        assertBehaviourFails("nan", "non-finite outputs", "check 'weights' and 'input'");
    }

    @Test
    void structureNamesTheFieldToFix() throws IOException {
        try (Classifier range = BundledModels.open(config("logits", 40, 1, 56, 0, 255).toString())) {
            AtkRuntimeException e = assertThrows(AtkRuntimeException.class, () -> Preflight.structure(range, scenes));
            assertTrue(e.getMessage().contains("inputs lie in [0, 255] (config fields 'input.min', 'input.max')"),
                    e.getMessage());
        }
    }

    @Test
    void budgetsBeyondTheInputRange() {
        try (Classifier c = BundledModels.open("fashion_ts")) {
            AtkRuntimeException e = assertThrows(AtkRuntimeException.class,
                    () -> Preflight.checkBudget(c, "bce", 8, false));
            assertTrue(e.getMessage().contains("budget eps=8 exceeds the width 1 of model fashion_ts's input range "
                    + "[0, 1]: L∞ budgets are in input units, did you mean 8/255 = 0.03137?"), e.getMessage());
            assertDoesNotThrow(() -> Preflight.checkBudget(c, "bce", 1, false));
            assertDoesNotThrow(() -> Preflight.checkBudget(c, "bce", 30, true)); // L2 diameter of 56×56: 56
            assertThrows(AtkRuntimeException.class, () -> Preflight.checkBudget(c, "bce", 57, true));
        }
    }

    private void assertBehaviourFails(String module, String... parts) throws IOException {
        try (Classifier c = BundledModels.open(config(module, 40, 1, 56, 0, 1).toString())) {
            Preflight.structure(c, scenes);
            AtkRuntimeException e = assertThrows(AtkRuntimeException.class,
                    () -> Preflight.behaviour(c, scenes, manager));
            assertTrue(e.getMessage().startsWith("model " + module + " "), e.getMessage());
            for (String part : parts) {
                assertTrue(e.getMessage().contains(part), e.getMessage());
            }
        }
    }

    private Path config(String module, int labels, int channels, int size, double min, double max)
            throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/preflight/" + module + ".pt")) {
            Files.write(dir.resolve(module + ".pt"), in.readAllBytes());
        }
        StringJoiner names = new StringJoiner(",", "[", "]");
        for (int j = 0; j < labels; j++) {
            names.add("\"l" + j + "\"");
        }
        Path config = dir.resolve(module + ".json");
        Files.writeString(config, "{\"name\":\"" + module + "\",\"format\":\"torchscript\",\"weights\":\"" + module
                + ".pt\",\"labels\":" + names + ",\"input\":{\"channels\":" + channels + ",\"height\":" + size
                + ",\"width\":" + size + ",\"min\":" + min + ",\"max\":" + max + "},\"output\":\"logits\","
                + "\"threshold\":0.5}");
        return config;
    }
}
