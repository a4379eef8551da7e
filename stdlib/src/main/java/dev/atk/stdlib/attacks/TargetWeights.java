package dev.atk.stdlib.attacks;

import dev.atk.select.ClassSubset;
import dev.atk.select.LabelCorrelations;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileResult;
import dev.atk.stdlib.data.ImageSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A target selection turned into per-image label weights (1 = attacked, 0 = ignored), the way the reference selects
 * subsets: the target vector stays 1 − pred_clean and only the BCE weights change (ALGORITHMS.md §1, §6).
 *
 * <ul>
 *   <li>{@code all()}: no weights (every label, weight 1).</li>
 *   <li>{@code class(gamma, branches, depth, ratio, normalize_z)}: n = int(min(C, ratio·estimate)) from the profile
 *   (§6.1), closeness c (§6.2), the image's ICM from the min–max normalised flip-up matrix (§5.3–5.4), then the
 *   branching look-ahead (§6.3). With γ = 0 the correlations cannot change the choice and are not needed.</li>
 *   <li>{@code random(n, ratio)}: n random labels (n &lt; 0: CLASS's length), drawn from a generator seeded by the
 *   task seed, the item and the budget, so a rerun or a different batching draws the same labels (§6.4).</li>
 *   <li>{@code closest(n, ratio)}: the n labels with the smallest |P − 0.5|, ties to the lower label index (§6.4).</li>
 *   <li>{@code subset(priority, n, ratio)}: the n labels the script's function scores highest, ties to the lower label
 *   index. The function sees the image's clean confidences, its ground truth and the label names, is called once
 *   per image (its scores do not depend on ε; n may) and never inside an iteration.</li>
 * </ul>
 */
final class TargetWeights {
    private final ComponentCall targets;
    private final AttackContext context;
    private final double[][] normalizedCorrelations;
    private final PriorityScores priorities;

    private TargetWeights(ComponentCall targets, AttackContext context, double[][] normalizedCorrelations,
                          PriorityScores priorities) {
        this.targets = targets;
        this.context = context;
        this.normalizedCorrelations = normalizedCorrelations;
        this.priorities = priorities;
    }

    /** @param data the attacked images' set and @param labelNames the model's labels: what a priority function sees */
    static TargetWeights of(ComponentCall targets, AttackContext context, ImageSet data, List<String> labelNames) {
        double[][] normalized = null;
        if (needsCorrelations(targets)) {
            if (context.correlations() == null) {
                throw new AtkRuntimeException("class(gamma=" + SharedParams.GAMMA.numberIn(targets) + ") needs the label "
                        + "correlations (ALGORITHMS.md §5), but none were given");
            }
            normalized = LabelCorrelations.normalized(context.correlations().raw());
        }
        if (needsProfile(targets) && context.profile() == null) {
            throw new AtkRuntimeException(targets.name() + " needs the model's profile for its subset length "
                    + "(ALGORITHMS.md §6.1), but none was given");
        }
        PriorityScores priorities = targets.name().equals("subset")
                ? new PriorityScores(SharedParams.PRIORITY.functionIn(targets), data, labelNames) : null;
        return new TargetWeights(targets, context, normalized, priorities);
    }

    /** Whether the chosen labels depend on ε: a subset sized by the profile's estimate at ε. */
    static boolean dependsOnBudget(ComponentCall targets) {
        return needsProfile(targets);
    }

    static boolean needsProfile(ComponentCall targets) {
        return switch (targets.name()) {
            case "all" -> false;
            case "class" -> true;
            case "random", "closest", "subset" -> SharedParams.N.integerIn(targets) < 0;
            default -> throw unknown(targets);
        };
    }

    static boolean needsCorrelations(ComponentCall targets) {
        return targets.name().equals("class") && SharedParams.GAMMA.numberIn(targets) > 0;
    }

    static AtkRuntimeException unknown(ComponentCall targets) {
        return new AtkRuntimeException("target selection '" + targets.name() + "' is not part of the DJL stdlib "
                + "(available: all, class, random, closest, subset)");
    }

    /** Whether every label is attacked (no weight tensor needed). */
    boolean all() {
        return targets.name().equals("all");
    }

    /**
     * B×C weights for images {@code items} with clean confidences {@code clean} at budget ε, or null for all labels.
     */
    float[][] weights(float[][] clean, int[] items, double eps) {
        if (all()) {
            return null;
        }
        float[][] out = new float[clean.length][];
        for (int i = 0; i < clean.length; i++) {
            out[i] = new float[clean[i].length];
            for (int label : subset(clean[i], items[i], eps)) {
                out[i][label] = 1f;
            }
        }
        return out;
    }

    /** The labels attacked on one image, in selection order. */
    List<Integer> subset(float[] confidences, int item, double eps) {
        int labels = confidences.length;
        int n = length(eps, labels);
        boolean[] up = LabelCorrelations.targetUp(confidences, context.settings().threshold());
        return switch (targets.name()) {
            case "class" -> {
                double[][] icm = normalizedCorrelations == null ? new double[labels][labels]
                        : LabelCorrelations.instanceMatrix(normalizedCorrelations, up);
                ClassSubset.Options options = new ClassSubset.Options(SharedParams.GAMMA.numberIn(targets),
                        SharedParams.BRANCHES.integerIn(targets), SharedParams.DEPTH.integerIn(targets),
                        SharedParams.NORMALIZE_Z.boolIn(targets));
                yield ClassSubset.select(LabelCorrelations.closeness(confidences, up), icm, n, options);
            }
            case "random" -> random(labels, n, item, eps);
            case "closest" -> closest(confidences, n);
            case "subset" -> highest(priorities.of(item, confidences), n);
            default -> throw unknown(targets);
        };
    }

    private int length(double eps, int labels) {
        if (targets.name().equals("class") || SharedParams.N.integerIn(targets) < 0) {
            ProfileResult profile = context.profile();
            return profile.classLength(eps, SharedParams.RATIO.numberIn(targets));
        }
        return Math.min(labels, SharedParams.N.integerIn(targets));
    }

    private List<Integer> random(int labels, int n, int item, double eps) {
        long seed = context.taskSeed() * 0x9E3779B97F4A7C15L + item * 0xC2B2AE3D27D4EB4FL
                + Double.doubleToLongBits(eps);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] perm = new int[labels];
        for (int i = 0; i < labels; i++) {
            perm[i] = i;
        }
        for (int i = labels - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(perm[i]);
        }
        return out;
    }

    /** The n labels with the highest scores, ties to the lower label index. */
    static List<Integer> highest(double[] scores, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(scores[b], scores[a])); // stable: equal scores keep index order
        return order.subList(0, Math.min(n, order.size()));
    }

    private static List<Integer> closest(float[] confidences, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> Math.abs(confidences[i] - 0.5)));
        return order.subList(0, Math.min(n, order.size()));
    }
}
