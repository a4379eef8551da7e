package dev.atk.spi;

import java.util.List;
import java.util.function.Consumer;

/**
 * A started tensor engine. One per session; calls come from one thread at a time (DJL allows one gradient collector
 * per JVM, so parallelism is batching inside a call, not threads). Every method may throw
 * {@link AtkRuntimeException} with a user-facing one-line message, and {@link CancelledException}.
 */
public interface Backend extends AutoCloseable {

    /** e.g. {@code cpu} or {@code gpu(0)}: recorded in every result's provenance. */
    String device();

    /** Engine and library versions for provenance, e.g. {@code djl 0.35.1, pytorch 2.7.1}. */
    String versions();

    /**
     * What the user should read once, when the engine has started: the device it chose and why, and any fallback
     * (a CUDA library that could not load). One line each.
     */
    default java.util.List<String> startNotes() {
        return java.util.List.of();
    }

    /**
     * What, beyond their inputs, makes this engine's analyses (profiles, correlations, attackability) come out
     * differently, so that the disk cache keeps them apart: empty where every session of this kind computes the same
     * numbers (a CPU engine that fixes its profile's thread count and batch), else a word such as {@code gpu}.
     */
    default String analysisVariant() {
        return "";
    }

    ModelHandle loadModel(ModelRef ref);

    DataHandle loadData(DataRef ref);

    /**
     * Images per tensor for attacking {@code model} under {@code settings}: a {@code set batch} as it is; for {@link
     * RunSettings#AUTO_BATCH} the backend's choice for the model on its device. The same model and settings give the
     * same answer for the whole session, so a report that reruns part of an attack forms the batch the run formed.
     */
    default BatchChoice batchFor(ModelHandle model, RunSettings settings) {
        return settings.autoBatch()
                ? new BatchChoice(RunSettings.DEFAULT_BATCH, true, "batch " + RunSettings.DEFAULT_BATCH + " (the default)")
                : BatchChoice.given(settings.batch());
    }

    /** Clean confidences (sigmoid of logits) per item, batched by {@code settings.batch()}. */
    float[][] predict(ModelHandle model, DataHandle data, int[] items, RunSettings settings, RunControl control);

    /** The model's profile on the probe images (ALGORITHMS.md §4). */
    ProfileResult profile(ModelHandle model, DataHandle data, int[] items, ProfileRequest request, RunSettings settings,
                          RunControl control);

    /**
     * Into how many parts of whole probe batches the profile's {@code images} probe images of {@code model} split, at
     * most {@code parts}: 1 where they do not. The model decides the probe batch where its images are large.
     */
    default int profileParts(ModelHandle model, int images, int parts) {
        return 1;
    }

    /**
     * Measurements {@code [from, to)} of part {@code part} of {@code parts} of {@link #profile}'s probe on {@code
     * items}: the part's share of whole probe batches, their flips summed per measurement. A backend may keep the
     * part's probe between calls, so that the next call's {@code from} continues where this {@code to} ended; any
     * other {@code from} starts the part again and replays to it.
     */
    ProfilePart profilePart(ModelHandle model, DataHandle data, int[] items, ProfileRequest request,
                            RunSettings settings, int part, int parts, int from, int to, RunControl control);

    /** The stop rule and fit of {@link #profile}, for {@code images} probe images measured in parts. */
    ProfileRounds profileRounds(ModelHandle model, int images, ProfileRequest request, RunSettings settings);

    /**
     * A raw label-correlation matrix (ALGORITHMS.md §5): row ℓ attacks label ℓ alone on the images
     * {@code itemsPerLabel[ℓ]} and averages every label's confidence change.
     */
    CorrelationResult correlations(ModelHandle model, DataHandle data, int[][] itemsPerLabel, LabelAttackRequest request,
                                   RunSettings settings, RunControl control);

    /**
     * How the rows of a correlation matrix split without changing a number: the first row of each part, ascending,
     * starting with 0 (parts are whole batches of rows, and each part computes the clean pass the whole matrix
     * would). One part where the backend cannot split.
     */
    default int[] correlationPartStarts(ModelHandle model, int[][] itemsPerLabel, RunSettings settings, int parts) {
        return new int[] {0};
    }

    /**
     * The rows {@code [from, to)} of {@link #correlations}'s matrix, for {@link CorrelationPart#assemble}, where
     * {@code from} and {@code to} are starts from {@link #correlationPartStarts} (or the row count).
     */
    CorrelationPart correlationPart(ModelHandle model, DataHandle data, int[][] itemsPerLabel,
                                    LabelAttackRequest request, RunSettings settings, int from, int to,
                                    RunControl control);

    /**
     * Label attackability (ALGORITHMS.md §7.6): row ℓ attacks label ℓ alone on its candidate images
     * {@code candidates[ℓ]} (seeded order; those whose clean prediction disagrees with the ground truth are skipped, at
     * most {@code request.samples()} are attacked) and counts how often ℓ flips. Frequencies are left NaN.
     */
    AttackabilityResult attackability(ModelHandle model, DataHandle data, int[][] candidates, LabelAttackRequest request,
                                      RunSettings settings, RunControl control);

    /**
     * Part {@code part} of {@code parts} of {@link #attackability}'s work ({@link AttackabilityPart}): every part
     * selects the attacked rows as the whole would, and attacks its share of whole batches of them.
     */
    AttackabilityPart attackabilityPart(ModelHandle model, DataHandle data, int[][] candidates,
                                        LabelAttackRequest request, RunSettings settings, int part, int parts,
                                        RunControl control);

    /**
     * Runs {@code attack} on {@code items} at every budget. Outcomes go to {@code sink} as soon as a batch finishes
     * (all its budgets at once, or one budget at a time for attacks whose trajectory depends on ε), so the executor
     * can log them durably before the next batch starts.
     */
    void attack(ModelHandle model, DataHandle data, int[] items, ComponentCall attack, double[] budgets,
                AttackContext context, Consumer<List<AttackOutcome>> sink, RunControl control);

    /**
     * Whether {@link #attack} on some of a call's images, batch by batch, gives the same outcomes as on all of them:
     * a cluster then sends each batch to another process. False for attacks that learn from the whole sample first.
     */
    default boolean batchesIndependent(ComponentCall attack) {
        return true;
    }

    /** How many image-iterations {@link #attack} will take: the progress bar's denominator. */
    long plannedSteps(ComponentCall attack, double[] budgets, int images, AttackContext context);

    @Override
    void close();
}
