package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.RunSettings;
import dev.atk.spi.Stdlib;
import dev.atk.stdlib.data.FashionMnist;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The catalogue: names, signatures, fusability; and ServiceLoader registration. */
class DjlCatalogTest {
    private final Catalog catalog = new DjlStdlib().catalog();

    @Test
    void registeredWithServiceLoader() {
        List<Stdlib> found = ServiceLoader.load(Stdlib.class).stream().map(ServiceLoader.Provider::get).toList();
        assertTrue(found.stream().anyMatch(s -> s instanceof DjlStdlib), "META-INF/services registration");
    }

    @Test
    void signatures() {
        assertEquals("mifgsm(loss=bce(), targets=all(), mu=1.0, objective=max_flip())",
                catalog.find(ComponentKind.ATTACK, "mifgsm").orElseThrow().signature());
        assertEquals("bce()", catalog.find(ComponentKind.ATTACK, "bce").orElseThrow().signature());
        assertEquals("linear()", catalog.find(ComponentKind.ATTACK, "linear").orElseThrow().signature());
        assertEquals("slam(q=0.5)", catalog.find(ComponentKind.ATTACK, "slam").orElseThrow().signature());
        assertEquals(List.of("mifgsm", "bce", "linear", "hinge", "slam", "slam_ramp", "class", "random_subset", "closest",
                "subset", "fgsm", "fgm", "bim", "pgd", "ml_deepfool", "ml_cw", "mla_lp", "rank1", "rank2", "tkml_u",
                "tkml_t", "ml_ap", "kfool", "tkml_uv", "kuap", "noise", "best_of"),
                catalog.names(ComponentKind.ATTACK));
        assertEquals("ml_cw(binary_steps=1, max_iter=1000, lr=0.01, const=100000.0, distance=linf, "
                        + "objective=max_flip())",
                catalog.find(ComponentKind.ATTACK, "ml_cw").orElseThrow().signature());
        assertFalse(catalog.find(ComponentKind.ATTACK, "ml_deepfool").orElseThrow().usesBudget(), "minimal: no ε");
        assertEquals("pgd(loss=bce(), targets=all(), steps=10, step_ratio=2.5, random_start=true, "
                        + "objective=max_flip())",
                catalog.find(ComponentKind.ATTACK, "pgd").orElseThrow().signature());
        assertEquals(List.of("bce", "linear", "hinge", "slam", "slam_ramp"), catalog.names(ComponentKind.LOSS));
        assertEquals(List.of("all", "class", "random", "closest", "subset"), catalog.names(ComponentKind.TARGETS));
        assertEquals(List.of("max_flip", "hide", "show", "flip", "random_case", "hide_single", "top_k", "show_many", "custom"),
                catalog.names(ComponentKind.OBJECTIVE));
        assertEquals("flip(labels=[], keep=rest)",
                catalog.find(ComponentKind.OBJECTIVE, "flip").orElseThrow().signature());
        var q = catalog.find(ComponentKind.LOSS, "slam").orElseThrow().param("q").orElseThrow();
        assertEquals(0.0, q.min());
        assertEquals(1.0, q.max());
        assertTrue(catalog.find(ComponentKind.ATTACK, "slam").orElseThrow().needsProfile());
        assertFalse(catalog.find(ComponentKind.ATTACK, "bce").orElseThrow().needsProfile());
    }

    @Test
    void fusableSweeps() {
        RunSettings s = RunSettings.defaults();
        assertTrue(catalog.trajectoryIndependentOfBudget(ComponentCall.of("bce"), s));
        assertTrue(catalog.trajectoryIndependentOfBudget(ComponentCall.of("linear"), s));
        assertFalse(catalog.trajectoryIndependentOfBudget(new ComponentCall("slam", Map.of("q", 0.5)), s));
        assertTrue(catalog.trajectoryIndependentOfBudget(new ComponentCall("mifgsm", Map.of("loss",
                ComponentCall.of("linear"), "mu", 1.0, "targets", ComponentCall.of("all"))), s));
        assertFalse(catalog.trajectoryIndependentOfBudget(new ComponentCall("mifgsm", Map.of("loss",
                new ComponentCall("slam", Map.of("q", 0.5)))), s));
        assertFalse(catalog.trajectoryIndependentOfBudget(ComponentCall.of("bim"), s), "projection depends on ε");
        assertFalse(catalog.trajectoryIndependentOfBudget(ComponentCall.of("fgsm"), s), "the step is ε");
        assertTrue(catalog.trajectoryIndependentOfBudget(ComponentCall.of("bce"),
                new RunSettings(0.5, 1.0 / 2560, "l2", 4, 1, "faithful")));
        assertFalse(catalog.trajectoryIndependentOfBudget(ComponentCall.of("unknown"), s));
    }

    @Test
    void modelsAndData() {
        assertTrue(catalog.modelNames().containsAll(List.of("fashion_cnn", "q2l_fashion", "fashion_ts")));
        assertEquals(List.of("fashion", "coco2014", "voc2007", "nuswide"), catalog.datasetNames());
        assertTrue(catalog.splits("fashion").contains("test"));
        assertEquals(FashionMnist.isInstalled(), catalog.splits("fashion").contains("train"));
        assertEquals(List.of("val", "train"), catalog.splits("coco2014"));
        assertEquals(List.of("trainval", "test"), catalog.splits("voc2007"));
        assertEquals(List.of(), catalog.splits("imagenet"));
        assertTrue(catalog.folderLayout("fashion").isEmpty(), "bundled");
        assertTrue(catalog.folderLayout("coco2014").orElseThrow().contains("instances_{split}2014.json"));
        assertEquals("coco2014", catalog.modelDataset("q2l_coco").orElseThrow());
        assertTrue(catalog.describeModel("fashion_ts").orElseThrow().startsWith("torchscript, 40 labels, 1×56×56"));
        assertTrue(catalog.describeModel("asl_voc").orElseThrow().endsWith("weights not exported yet "
                + "(docs/torchscript.md)"), "a template lists without weights");
        assertTrue(catalog.defaultData("q2l_coco").isEmpty(), "a folder data set has no folder to default to");
    }
}
