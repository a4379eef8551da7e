package dev.atk.spi;

import java.util.List;
import java.util.Optional;

/** The names a script may use, with their parameters: the checker's and the completer's source of truth. */
public interface Catalog {

    /** Attacks, losses and target selectors. */
    List<ComponentInfo> components();

    /** Models known by name without a path (bundled, or {@code models/NAME.json} under the base directory). */
    List<String> modelNames();

    /** One line about a model for listings (format, labels, input; whether its weights are there), if known. */
    default Optional<String> describeModel(String name) {
        return Optional.empty();
    }

    /**
     * What checking can know of a model before anything loads ({@link ModelHeader}): {@code nameOrPath} is a name the
     * catalog knows or an absolute config path. Empty when this catalog cannot tell.
     */
    default Optional<ModelHeader> modelHeader(String nameOrPath) {
        return Optional.empty();
    }

    /**
     * How many labels a data set has, if its format fixes them (fashion 40, voc2007 20); empty where they come from
     * the data's own files (COCO's categories, NUS-WIDE's csv).
     */
    default Optional<Integer> datasetLabelCount(String dataset) {
        return Optional.empty();
    }

    /** How to make a split readable that this machine lacks (e.g. the package that brings it), if there is a way. */
    default Optional<String> missingSplitHint(String dataset, String split) {
        return Optional.empty();
    }

    /** Why the folder of a data set read from disk is not usable (missing, not a folder, unreadable), if it is not. */
    default Optional<String> dataFolderProblem(String dataset, java.nio.file.Path folder) {
        return Optional.empty();
    }

    /** The data set a model was trained on, from its config (e.g. {@code coco2014}), if known. */
    default Optional<String> modelDataset(String name) {
        return Optional.empty();
    }

    /** Data set names accepted by {@code data NAME}, e.g. {@code fashion}. */
    List<String> datasetNames();

    /** Splits a data set has, e.g. {@code train}, {@code test}. */
    List<String> splits(String dataset);

    /**
     * The folder layout a data set read from the user's disk expects (e.g. MS-COCO's annotations and image folders),
     * or empty for a bundled data set: a {@code data} statement for the former must say {@code at "DIR"}.
     */
    default Optional<String> folderLayout(String dataset) {
        return Optional.empty();
    }

    /**
     * The evaluation data a model comes with (its config's dataset and split), used when a script names a model but
     * no {@code data}: the design card's one-liner {@code model q2l_coco; for eps in profile(0.05..1.0) run slam()}.
     */
    default Optional<DataRef> defaultData(String modelName) {
        return Optional.empty();
    }

    default Optional<ComponentInfo> find(ComponentKind kind, String name) {
        return components().stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst();
    }

    default List<String> names(ComponentKind kind) {
        return components().stream().filter(c -> c.kind() == kind).map(ComponentInfo::name).toList();
    }

    /**
     * Whether a run of {@code attack} over several budgets is one trajectory with checkpoints
     * (MI-FGSM with an ε-independent loss and no projection, ALGORITHMS.md §2.1). The optimizer uses it to fuse
     * budget sweeps; the backend then gets all budgets in one call.
     */
    boolean trajectoryIndependentOfBudget(ComponentCall attack, RunSettings settings);

    /**
     * How many trajectories one image's fused sweep of {@code attack} follows: one for a single attack, one per
     * distinct member for an attack that runs several and keeps the best ({@code best_of}). The plan shows it, so that
     * {@code --explain} does not understate a fused node's work.
     */
    default int trajectoriesPerImage(ComponentCall attack, RunSettings settings) {
        return 1;
    }

    /**
     * Whether running {@code attack} needs the model's profile. The component's flag says so for the attack as a
     * whole; a composed call can need one through its parts ({@code mifgsm(targets=class())}).
     */
    default boolean needsProfile(ComponentCall attack) {
        return find(ComponentKind.ATTACK, attack.name()).map(ComponentInfo::needsProfile).orElse(false);
    }

    /** Whether running {@code attack} needs the label-correlation matrix (CLASS with γ > 0, ALGORITHMS.md §5). */
    default boolean needsCorrelations(ComponentCall attack) {
        return false;
    }
}
