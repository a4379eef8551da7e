package dev.atk.testing;

import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamType;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import dev.atk.spi.Stdlib;
import dev.atk.spi.AtkRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A deterministic stand-in backend for interpreter tests: no tensors, outcomes are a fixed function of
 * (item, budget, attack), and it counts calls so tests can see what the optimizer and the caches saved.
 */
public final class FakeStdlib implements Stdlib {
    public int profileCalls;
    public int correlationCalls;
    /** For every attack call: whether its context carried a correlation matrix. */
    public final List<Boolean> attacksWithCorrelations = new ArrayList<>();
    public int attackCalls;
    /** Outcomes the fake attack computed: what a resumed run did not have to redo. */
    public int outcomesComputed;
    public final List<String> attackLog = new ArrayList<>();
    /** The batch each attack call was given (its context's settings). */
    public final List<Integer> attackBatches = new ArrayList<>();
    /** The batch the backend chooses for any model when no script set one (the real one measures the device). */
    public int chosenBatch = RunSettings.DEFAULT_BATCH;
    /** When >= 0, the attack throws a cancellation after this many sink calls (simulates a kill mid-run). */
    public int failAfterBatches = -1;
    private int batches;

    static final ComponentCall BCE = ComponentCall.of("bce");

    @Override
    public Catalog catalog() {
        return new Catalog() {
            @Override
            public List<ComponentInfo> components() {
                ParamInfo q = ParamInfo.number("q", 0.5, 0.0, 1.0, "SLAM's weight of the BCE term");
                ParamInfo gamma = ParamInfo.number("gamma", 0.0, 0.0, 1.0, "correlation weight");
                return List.of(
                        new ComponentInfo("mifgsm", ComponentKind.ATTACK, "MI-FGSM", List.of(
                                ParamInfo.component("loss", ParamType.LOSS, BCE, "loss"),
                                ParamInfo.number("mu", 1.0, 0.0, null, "momentum")), false, true),
                        new ComponentInfo("bce", ComponentKind.ATTACK, "MI-FGSM with BCE", List.of(), false, true),
                        new ComponentInfo("linear", ComponentKind.ATTACK, "MI-FGSM with linear loss", List.of(), false, true),
                        new ComponentInfo("slam", ComponentKind.ATTACK, "MI-FGSM with SLAM", List.of(q), true, true),
                        new ComponentInfo("bce", ComponentKind.LOSS, "BCE", List.of(), false, false),
                        new ComponentInfo("linear", ComponentKind.LOSS, "linear", List.of(), false, false),
                        new ComponentInfo("slam", ComponentKind.LOSS, "SLAM", List.of(q), true, false),
                        new ComponentInfo("class", ComponentKind.ATTACK, "CLASS", List.of(gamma), true, true),
                        new ComponentInfo("class", ComponentKind.TARGETS, "CLASS subset", List.of(gamma), true, false));
            }

            @Override
            public List<String> modelNames() {
                return List.of("toy_cnn");
            }

            @Override
            public List<String> datasetNames() {
                return List.of("toy");
            }

            @Override
            public List<String> splits(String dataset) {
                return List.of("test", "train");
            }

            @Override
            public boolean trajectoryIndependentOfBudget(ComponentCall attack, RunSettings settings) {
                return attack.name().equals("bce") || attack.name().equals("linear");
            }

            @Override
            public boolean needsCorrelations(ComponentCall attack) {
                return attack.name().equals("class") && attack.number("gamma") > 0;
            }
        };
    }

    @Override
    public Backend open(BackendConfig config) {
        return new Backend() {
            @Override
            public String device() {
                return "fake";
            }

            @Override
            public String versions() {
                return "fake 1";
            }

            @Override
            public dev.atk.spi.BatchChoice batchFor(ModelHandle model, RunSettings settings) {
                return settings.autoBatch()
                        ? new dev.atk.spi.BatchChoice(chosenBatch, true, "batch " + chosenBatch + " for " + model.name()
                                + " on fake (chosen)")
                        : dev.atk.spi.BatchChoice.given(settings.batch());
            }

            @Override
            public ModelHandle loadModel(ModelRef ref) {
                if (ref.ref().equals("missing_weights")) {
                    throw new AtkRuntimeException("weights file not found: models/missing_weights.params");
                }
                return new ModelHandle() {
                    public String name() {
                        return ref.ref();
                    }

                    public List<String> labels() {
                        return List.of("a", "b", "c", "d");
                    }

                    public String weightsHash() {
                        return "feedface";
                    }

                    public double inputMin() {
                        return 0;
                    }

                    public double inputMax() {
                        return 1;
                    }

                    public double threshold() {
                        return 0.5;
                    }
                };
            }

            @Override
            public DataHandle loadData(DataRef ref) {
                return new DataHandle() {
                    public String name() {
                        return ref.name() + "/" + ref.split();
                    }

                    public int size() {
                        return 20;
                    }

                    public String itemId(int index) {
                        return ref.name() + "/" + ref.split() + "/" + index;
                    }

                    public List<String> labels() {
                        return List.of("a", "b", "c", "d");
                    }

                    public int[] groundTruth(int index) {
                        return new int[] {index % 2, index % 3 == 0 ? 1 : 0, 0, 1};
                    }
                };
            }

            @Override
            public float[][] predict(ModelHandle model, DataHandle data, int[] items, RunSettings settings, RunControl control) {
                float[][] out = new float[items.length][4];
                for (int i = 0; i < items.length; i++) {
                    out[i] = new float[] {0.1f * (items[i] % 10), 0.6f, 0.2f, 0.9f};
                }
                control.advance(items.length);
                return out;
            }

            @Override
            public ProfileResult profile(ModelHandle model, DataHandle data, int[] items, ProfileRequest request,
                                         RunSettings settings, RunControl control) {
                profileCalls++;
                control.advance(10);
                // six measurements: enough points for the default degree-4 curve, so no "too few points" warning
                double[] eps = {0, 0.008, 0.016, 0.024, 0.032, 0.04};
                double[] flips = {0, 0.8, 1.6, 2.4, 3.2, 4};
                return new ProfileResult(new double[] {0, 100}, 0.04, 4, eps, flips, flips.clone(), items.length,
                        request.interval(), request.combine(), true, "fake engine");
            }

            /** The fake probe's flips, 0.8 per image and measurement, for the part's share of the images. */
            @Override
            public dev.atk.spi.ProfilePart profilePart(ModelHandle model, DataHandle data, int[] items,
                                                       ProfileRequest request, RunSettings settings, int part,
                                                       int parts, int from, int to, RunControl control) {
                int images = items.length * (part + 1) / parts - items.length * part / parts;
                double[] flips = new double[to - from];
                for (int j = 0; j < flips.length; j++) {
                    flips[j] = 0.8 * (from + j + 1) * images;
                }
                return new dev.atk.spi.ProfilePart(part, parts, from, flips, flips.clone(), images);
            }

            /** Stops after five measurements with the fake profile above. */
            @Override
            public dev.atk.spi.ProfileRounds profileRounds(ModelHandle model, int images, ProfileRequest request,
                                                           RunSettings settings) {
                return new dev.atk.spi.ProfileRounds() {
                    private int measurements;

                    @Override
                    public boolean add(double bceFlipSum, double linearFlipSum) {
                        measurements++;
                        return stopped();
                    }

                    @Override
                    public boolean stopped() {
                        return measurements >= 5;
                    }

                    @Override
                    public int interval() {
                        return request.interval();
                    }

                    @Override
                    public int maxMeasurements() {
                        return request.maxMeasurements();
                    }

                    @Override
                    public ProfileResult result() {
                        return profile(model, null, new int[images], request, settings, RunControl.none());
                    }
                };
            }

            @Override
            public CorrelationResult correlations(ModelHandle model, DataHandle data, int[][] itemsPerLabel,
                                                  LabelAttackRequest request, RunSettings settings, RunControl control) {
                correlationCalls++;
                int labels = itemsPerLabel.length;
                double[][] raw = new double[labels][labels];
                int[] counts = new int[labels];
                for (int l = 0; l < labels; l++) {
                    counts[l] = itemsPerLabel[l].length;
                    for (int j = 0; j < labels; j++) {
                        raw[l][j] = l == j ? 0.9 : 0.01 * (l - j);
                    }
                }
                control.advance(labels);
                return new CorrelationResult(request.eps(), request.direction(), labels, raw, counts, 0, 0, 0);
            }

            /** The rows of the fake matrix above, each row the matrix row of its label. */
            @Override
            public dev.atk.spi.CorrelationPart correlationPart(ModelHandle model, DataHandle data,
                                                                 int[][] itemsPerLabel, LabelAttackRequest request,
                                                                 RunSettings settings, int from, int to,
                                                                 RunControl control) {
                int labels = itemsPerLabel.length;
                float[][] deltas = new float[to - from][];
                int row = 0;
                for (int l = 0; l < labels; l++) {
                    for (int k = 0; k < itemsPerLabel[l].length; k++, row++) {
                        if (row >= from && row < to) {
                            float[] d = new float[labels];
                            for (int j = 0; j < labels; j++) {
                                d[j] = (float) (l == j ? 0.9 : 0.01 * (l - j));
                            }
                            deltas[row - from] = d;
                        }
                    }
                }
                return new dev.atk.spi.CorrelationPart(from, deltas, 0, 0, 0);
            }

            /** The fake result's flips, counted by the part that holds each label (labels split evenly). */
            @Override
            public dev.atk.spi.AttackabilityPart attackabilityPart(ModelHandle model, DataHandle data,
                                                                   int[][] candidates, LabelAttackRequest request,
                                                                   RunSettings settings, int part, int parts,
                                                                   RunControl control) {
                AttackabilityResult all = attackability(model, data, candidates, request, settings, control);
                int[] flipped = new int[all.labels()];
                for (int l = part * all.labels() / parts; l < (part + 1) * all.labels() / parts; l++) {
                    flipped[l] = all.flipped()[l];
                }
                return new dev.atk.spi.AttackabilityPart(part, parts, new AttackabilityResult(all.eps(),
                        all.direction(), all.labels(), all.attempts(), flipped, all.meanConfidence(), all.frequency(),
                        all.frequencySource(), 0, 0, 0), 0);
            }

            @Override
            public AttackabilityResult attackability(ModelHandle model, DataHandle data, int[][] candidates,
                                                     LabelAttackRequest request, RunSettings settings,
                                                     RunControl control) {
                int labels = candidates.length;
                int[] attempts = new int[labels];
                int[] flipped = new int[labels];
                double[] confidence = new double[labels];
                double[] none = new double[labels];
                for (int l = 0; l < labels; l++) {
                    attempts[l] = Math.min(candidates[l].length, request.samples());
                    flipped[l] = attempts[l] / (l + 1);
                    confidence[l] = 0.9 - 0.1 * l;
                    none[l] = Double.NaN;
                }
                control.advance(labels);
                return new AttackabilityResult(request.eps(), request.direction(), labels, attempts, flipped, confidence,
                        none, "", 0, 0, 0);
            }

            @Override
            public void attack(ModelHandle model, DataHandle data, int[] items, ComponentCall attack, double[] budgets,
                               AttackContext context, Consumer<List<AttackOutcome>> sink, RunControl control) {
                attackCalls++;
                attackBatches.add(context.settings().batch());
                attacksWithCorrelations.add(context.correlations() != null);
                attackLog.add(attack.canonical() + " " + budgets.length + " budgets " + items.length + " images");
                int batch = Math.max(1, context.settings().batch());
                for (int start = 0; start < items.length; start += batch) {
                    control.checkCancelled();
                    // like the real backend: a fused sweep reports all budgets of a batch at once, a per-budget
                    // attack (slam) reports each budget's run as it finishes
                    boolean perBudget = attack.name().equals("slam");
                    List<AttackOutcome> outcomes = new ArrayList<>();
                    for (int k = 0; k < budgets.length; k++) {
                        for (int i = start; i < Math.min(items.length, start + batch); i++) {
                            double b = budgets[k];
                            int flips = outcome(items[i], b, attack);
                            // pixels only when asked (report … as images): a 2×2 grey image moved by +b
                            dev.atk.spi.AdversarialImage image = context.keepImages() ? new dev.atk.spi.AdversarialImage(
                                    1, 2, 2, new float[] {0, 0.25f, 0.5f, 0.75f}, new float[] {(float) b, 0.25f + (float) b,
                                            0.5f + (float) b, 0.75f + (float) b}) : null;
                            outcomes.add(new AttackOutcome(items[i], b, flips, (int) (b / context.settings().alpha()), b, b * 10,
                                    b / 2, new float[] {0.1f}, new float[] {0.9f}, 0.001, image));
                        }
                        if (perBudget || k == budgets.length - 1) {
                            if (failAfterBatches >= 0 && batches >= failAfterBatches) {
                                throw new dev.atk.spi.CancelledException();
                            }
                            outcomesComputed += outcomes.size();
                            sink.accept(outcomes);
                            batches++;
                            control.advance(outcomes.size());
                            outcomes = new ArrayList<>();
                        }
                    }
                }
            }

            @Override
            public long plannedSteps(ComponentCall attack, double[] budgets, int images, AttackContext context) {
                return (long) images * budgets.length;
            }

            @Override
            public void close() {}
        };
    }

    /** The fake attack's flips: grows with the budget, differs per item and per attack. */
    public static int outcome(int item, double budget, ComponentCall attack) {
        int bonus = attack.name().equals("slam") ? 1 : 0;
        return (int) Math.min(4, item % 3 + budget * 50) + bonus;
    }

    public static Map<String, Object> none() {
        return Map.of();
    }
}
