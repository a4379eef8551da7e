package dev.atk.stdlib.engine;

import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.DataRef;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamType;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MlDeepFool;
import dev.atk.stdlib.attack.MlaLp;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.folder.FolderDatasets;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.ModelConfig;
import dev.atk.stdlib.objective.ObjectiveCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What the DJL stdlib offers, for the checker and completion. Cheap: touches no tensors and loads no natives. */
public final class DjlCatalog implements Catalog {
    static final String DATASET = "fashion";

    private static final ParamInfo Q = ParamInfo.number("q", 0.5, 0.0, 1.0,
            "SLAM's weight of the BCE term (the BCE share is q·p, p = E(eps)/C from the profile)");

    private static final ParamInfo RATIO = ParamInfo.number("ratio", AttackSpec.DEFAULT_RATIO, 0.0, null,
            "subset length = int(min(C, ratio · int(E(eps)))) (§6.1; 1.66 ≈ 1/0.6 in the paper)");
    private static final ParamInfo N = ParamInfo.integer("n", -1, -1.0, null,
            "labels to attack; -1: CLASS's subset length at each budget (needs the profile)");
    private static final ParamInfo STEPS = ParamInfo.integer("steps", AttackSpec.DEFAULT_STEPS, 1.0, 100000.0,
            "number of projected steps");
    private static final List<ParamInfo> CLASS_PARAMS = List.of(
            ParamInfo.number("gamma", 0.0, 0.0, 1.0, "weight of label correlation against closeness (γ)"),
            ParamInfo.integer("branches", 4, 1.0, 16.0, "children per node of the look-ahead tree (b)"),
            ParamInfo.integer("depth", 4, 1.0, 8.0, "levels of the look-ahead tree (d)"),
            RATIO,
            ParamInfo.bool("normalize_z", false, "divide Z by its maximum (the paper's Algorithm 3; the code does not)"));

    private static final ParamInfo CASE = ParamInfo.choice("case", "best", List.of("best", "random", "worst"),
            "the target set: the k non-ground-truth labels with the largest logits, random ones, or the smallest");

    private static final ParamInfo OBJECTIVE = ParamInfo.component("objective", ParamType.OBJECTIVE,
            ObjectiveCalls.DEFAULT, "what the labels should become: max_flip, hide(labels), show(labels), "
                    + "flip(labels), random_case, hide_single, top_k(k), show_many(n)");

    private static final List<ComponentInfo> COMPONENTS = Stream.concat(Stream.of(
            new ComponentInfo("mifgsm", ComponentKind.ATTACK,
                    "MI-FGSM (ALGORITHMS.md §2): momentum, per-image normalised gradient, sign steps of alpha "
                            + "(L2: plain steps), clamped once at the end",
                    List.of(ParamInfo.component("loss", ParamType.LOSS, ComponentCall.of("bce"),
                                    "the loss to descend: bce, linear or slam(q)"),
                            ParamInfo.component("targets", ParamType.TARGETS, ComponentCall.of("all"),
                                    "which labels the loss weighs: all, class(gamma), random(n), closest(n)"),
                            ParamInfo.number("mu", 1.0, 0.0, null, "momentum decay"), OBJECTIVE),
                    false, true),
            new ComponentInfo("bce", ComponentKind.ATTACK, "MI-FGSM with BCE on all labels: the naive baseline",
                    List.of(), false, true),
            new ComponentInfo("linear", ComponentKind.ATTACK, "MI-FGSM with the linear (greedy) loss", List.of(),
                    false, true),
            new ComponentInfo("slam", ComponentKind.ATTACK,
                    "MI-FGSM with SLAM: (1−qp)·linear + qp·BCE, p from the model's profile", List.of(Q), true, true),
            new ComponentInfo("bce", ComponentKind.LOSS, "binary cross-entropy (torch BCELoss, patient)", List.of(),
                    false, false),
            new ComponentInfo("linear", ComponentKind.LOSS, "linear loss t(1−y)+(1−t)y (greedy)", List.of(), false,
                    false),
            new ComponentInfo("slam", ComponentKind.LOSS, "SLAM: (1−qp)·linear + qp·BCE", List.of(Q), true, false),
            new ComponentInfo("class", ComponentKind.ATTACK,
                    "CLASS (§6): MI-FGSM with BCE on the subset CLASS selects, int(ratio·E(eps)) labels chosen by "
                            + "closeness to the threshold and label correlations", CLASS_PARAMS, true, true),
            new ComponentInfo("random_subset", ComponentKind.ATTACK,
                    "MI-FGSM with BCE on random labels, as many as CLASS would take (§6.4)", List.of(RATIO), true,
                    true),
            new ComponentInfo("closest", ComponentKind.ATTACK,
                    "MI-FGSM with BCE on the n labels nearest the threshold (§6.4, Fig. 7)", List.of(N, RATIO), false,
                    true),
            classic("fgsm", "FGSM: one sign step of ε (L∞), clipped to the pixel range", List.of()),
            classic("fgm", "FGM: one L2-normalised step of length ε, clipped to the pixel range", List.of()),
            classic("bim", "BIM: `steps` steps of ε/steps, projected onto the ε-ball (the norm setting's) and the "
                    + "pixel range after each", List.of(STEPS)),
            classic("pgd", "PGD: a random start in the ε-ball, then `steps` projected steps of step_ratio·ε/steps",
                    List.of(STEPS, ParamInfo.number("step_ratio", AttackSpec.DEFAULT_STEP_RATIO, 0.0, null,
                                    "step size as a multiple of ε/steps (Madry et al.: 2.5)"),
                            ParamInfo.bool("random_start", true, "start uniformly inside the ε-ball (seeded per item)"))),
            new ComponentInfo("ml_deepfool", ComponentKind.ATTACK,
                    "ML-DeepFool (§8.3): least-norm linearised steps until every label is on its target's side; "
                            + "no budget, the record reports the perturbation needed",
                    List.of(ParamInfo.integer("max_iter", MlDeepFool.MAX_ITER, 1.0, 100000.0, "iterations at most"),
                            OBJECTIVE),
                    false, false),
            new ComponentInfo("ml_cw", ComponentKind.ATTACK,
                    "ML-CW (§8.2): Adam in tanh space on const·hinge + distance, binary search on const; no budget",
                    List.of(ParamInfo.integer("binary_steps", 1, 1.0, 100.0, "binary-search steps on const (the "
                                    + "original: 10)"),
                            ParamInfo.integer("max_iter", 1000, 1.0, 100000.0, "Adam iterations per step"),
                            ParamInfo.number("lr", 0.01, 0.0, null, "Adam's learning rate"),
                            ParamInfo.number("const", 1e5, 0.0, null, "the hinge's initial weight"),
                            ParamInfo.choice("distance", "linf", List.of("linf", "l2"),
                                    "linf: max|x' − x| (van Thiel); l2: squared L2 (the original)"), OBJECTIVE),
                    false, false),
            new ComponentInfo("mla_lp", ComponentKind.ATTACK,
                    "MLA-LP (§8.4): per iteration the L∞-smallest step whose linearised BCE reaches each label's "
                            + "threshold, a linear program per image (ojAlgo), with threshold adaptation; no budget",
                    List.of(ParamInfo.integer("max_iter", MlaLp.MAX_ITER, 1.0, 1000.0, "iterations at most"),
                            OBJECTIVE),
                    false, false),
            rank("rank1", "Rank I (§8.5): ML-CW's tanh-space Adam with the hinge max(wanted negatives) − "
                    + "min(wanted positives), squared L2, 10 binary-search steps; no budget"),
            rank("rank2", "Rank II (§8.5): Rank I plus the hinge max(positives to hide) − min(negatives kept); "
                    + "no budget"),
            topK("tkml_u", "TkML-AP-U (§9.2): SGD in tanh space on the mean of the (C−k) largest max_GT f − f_j "
                    + "(closed-form λ), L2 radius eps; success: no ground-truth label in the top k", 3, List.of(
                    ParamInfo.number("eps", -1, -1.0, null, "L2 radius in pixel units; -1: the reference's 10 "
                            + "scaled to this model's input box"))),
            topK("tkml_t", "TkML-AP-T (§9.3): the top-k set made exactly T (k labels outside the ground truth, "
                    + "chosen best/random/worst), hinge at the k-th largest logit; keeps the smallest-norm success", 3,
                    List.of(ParamInfo.number("eps", -1, -1.0, null, "L2 radius; -1: the reference's 3, scaled"),
                            CASE)),
            topK("ml_ap", "ML-AP (§9.5): the targeted baseline max(0, max_{j∉T} f − min_{j∈T} f), SGD, L2 "
                    + "radius eps", 3, List.of(ParamInfo.number("eps", -1, -1.0, null,
                            "L2 radius; -1: the reference's 10, scaled"), CASE)),
            new ComponentInfo("kfool", ComponentKind.ATTACK, "kFool (§9.5): DeepFool-style steps against the "
                    + "top-(k+1) labels until no ground-truth label is in the top k; no budget",
                    List.of(ParamInfo.integer("k", 3, 1.0, 1000.0, "the top-k"),
                            ParamInfo.integer("max_iter", 1000, 1.0, 100000.0, "iterations at most")), false, false),
            universal("tkml_uv", "TkML-AP-Uv (§9.4): one universal perturbation trained with TkML-AP-U on the data "
                    + "set's first `train` images, then applied to every attacked image"),
            universal("kuap", "kUAP (§9.5): the universal perturbation trained with kFool"),
            new ComponentInfo("all", ComponentKind.TARGETS, "every label (max-flip: target = not clean prediction)",
                    List.of(), false, false),
            new ComponentInfo("class", ComponentKind.TARGETS,
                    "CLASS's subset (§6): closeness and correlations, branching look-ahead", CLASS_PARAMS, true,
                    false),
            new ComponentInfo("random", ComponentKind.TARGETS, "n random labels, seeded per task, item and budget",
                    List.of(N, RATIO), false, false),
            new ComponentInfo("closest", ComponentKind.TARGETS, "the n labels nearest the threshold, |P − 0.5|",
                    List.of(N, RATIO), false, false)), ObjectiveCalls.COMPONENTS.stream()).toList();

    /** A per-image top-k attack: k, SGD's iterations and learning rate, plus its own knobs. */
    private static ComponentInfo topK(String name, String doc, int k, List<ParamInfo> own) {
        List<ParamInfo> params = new ArrayList<>(List.of(ParamInfo.integer("k", k, 1.0, 1000.0, "the top-k")));
        params.addAll(own);
        params.add(ParamInfo.integer("max_iter", 1000, 1.0, 100000.0, "SGD iterations"));
        params.add(ParamInfo.number("lr", 0.01, 0.0, null, "SGD's learning rate"));
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, List.copyOf(params), false, false);
    }

    private static ComponentInfo universal(String name, String doc) {
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, List.of(
                ParamInfo.integer("k", 1, 1.0, 1000.0, "the top-k"),
                ParamInfo.integer("train", 24, 1.0, 1000000.0, "training images: the data set's first `train`"),
                ParamInfo.number("uap_eps", -1, -1.0, null, "δ's L2 radius in pre-tanh space; -1: the reference's "
                        + "100, scaled to this input size"),
                ParamInfo.number("fooling_rate", 0.8, 0.0, 1.0, "stop training at this fooling rate (ξ)"),
                ParamInfo.integer("passes", 10, 1.0, 10000.0, "training passes at most"),
                ParamInfo.integer("max_iter", 1000, 1.0, 100000.0, "the inner attack's iterations")), false, false);
    }

    /** A ranking attack with MLALP's settings as defaults. */
    private static ComponentInfo rank(String name, String doc) {
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, List.of(
                ParamInfo.integer("binary_steps", 10, 1.0, 100.0, "binary-search steps on const"),
                ParamInfo.integer("max_iter", 1000, 1.0, 100000.0, "Adam iterations per step"),
                ParamInfo.number("lr", 0.01, 0.0, null, "Adam's learning rate"),
                ParamInfo.number("const", 1e5, 0.0, null, "the hinges' initial weight"), OBJECTIVE), false, false);
    }

    /** A classic gradient attack: any loss and target selection, plus its own knobs. */
    private static ComponentInfo classic(String name, String doc, List<ParamInfo> own) {
        List<ParamInfo> params = new ArrayList<>(List.of(
                ParamInfo.component("loss", ParamType.LOSS, ComponentCall.of("bce"), "the loss to descend"),
                ParamInfo.component("targets", ParamType.TARGETS, ComponentCall.of("all"), "which labels the loss weighs")));
        params.addAll(own);
        params.add(OBJECTIVE);
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, List.copyOf(params), false, true);
    }

    @Override
    public List<ComponentInfo> components() {
        return COMPONENTS;
    }

    @Override
    public List<String> modelNames() {
        TreeSet<String> names = new TreeSet<>(BundledModels.NAMES);
        for (Path dir : modelDirs()) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - ".json".length()))
                        .filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_.-]*")).forEach(names::add);
            } catch (IOException e) {
                // an unreadable models folder simply contributes no names
            }
        }
        return List.copyOf(names);
    }

    @Override
    public Optional<String> modelDataset(String name) {
        try {
            return Optional.ofNullable(BundledModels.config(name).dataset());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> describeModel(String name) {
        try {
            ModelConfig c = BundledModels.config(name);
            ModelConfig.Input in = c.input();
            String weights = BundledModels.hasWeights(name) ? ""
                    : "; weights not exported yet (docs/torchscript.md)";
            return Optional.of(c.format() + ", " + c.numLabels() + " labels, " + in.channels() + "×" + in.height()
                    + "×" + in.width() + (c.dataset() == null ? "" : ", trained on " + c.dataset()) + weights);
        } catch (RuntimeException unreadable) {
            return Optional.of("config cannot be read: " + unreadable.getMessage());
        }
    }

    /** {@code models/} under the ATK home ({@code -Datk.home}) and under the working directory, where they exist. */
    static List<Path> modelDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("atk.home");
        if (home != null && !home.isBlank()) {
            dirs.add(Path.of(home, "models"));
        }
        dirs.add(Path.of("models").toAbsolutePath());
        return dirs.stream().filter(Files::isDirectory).distinct().toList();
    }

    /**
     * A model whose config names a data set we can load (the bundled {@code fashion_cnn}: {@code fashion}) brings
     * that data set's test split, so {@code model fashion_cnn; for eps in profile(0.05..1.0) run slam()} runs as is.
     */
    @Override
    public Optional<DataRef> defaultData(String modelName) {
        try {
            String dataset = BundledModels.config(modelName).dataset();
            return DATASET.equals(dataset) // a folder data set (coco2014, ...) has no folder to default to
                    ? Optional.of(new DataRef(dataset, null, "test")) : Optional.empty();
        } catch (RuntimeException unknownOrBroken) {
            return Optional.empty(); // the checker reports unknown models; loading reports broken configs
        }
    }

    /** The bundled {@code fashion} scenes, then the folder data sets read from the user's disk. */
    @Override
    public List<String> datasetNames() {
        List<String> names = new ArrayList<>(List.of(DATASET));
        names.addAll(FolderDatasets.NAMES);
        return List.copyOf(names);
    }

    @Override
    public Optional<String> folderLayout(String dataset) {
        return FolderDatasets.NAMES.contains(dataset) ? Optional.of(FolderDatasets.expectedLayout(dataset))
                : Optional.empty();
    }

    /**
     * {@code test} (the shipped 1000-scene sample) always; {@code train} and {@code val} only when the Debian
     * package's Fashion-MNIST files are installed, since they are generated from them.
     */
    @Override
    public List<String> splits(String dataset) {
        if (FolderDatasets.NAMES.contains(dataset)) {
            return FolderDatasets.splits(dataset);
        }
        if (!DATASET.equals(dataset)) {
            return List.of();
        }
        return FashionMnist.isInstalled() ? List.of("test", "train", "val") : List.of("test");
    }

    @Override
    public boolean needsProfile(ComponentCall attack) {
        try {
            return AttackSpec.of(attack).needsProfile();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean needsCorrelations(ComponentCall attack) {
        try {
            return AttackSpec.of(attack).needsCorrelations();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean trajectoryIndependentOfBudget(ComponentCall attack, RunSettings settings) {
        try {
            return !AttackSpec.of(attack).dependsOnBudget();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
