package dev.atk.stdlib.attacks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.stdlib.objective.Goal;
import dev.atk.stdlib.objective.Objective;
import dev.atk.stdlib.objective.ObjectiveCalls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An attack call's objective, turned into one {@link Goal} per attacked image, and the outcomes marked with the goal
 * they were judged against (the record's target and its {@code success}), so {@code report asr}, {@code hamming_a},
 * {@code f1}, ... read the task each attack was given.
 *
 * <p>Drawn objectives (random_case, hide_single) draw from (the run's seed, the item): the same image gets the same
 * labels in every attack of a script, so attacks are compared on one task.
 */
final class ObjectiveGoals {
    private final Objective objective;
    private final ImageSet data;
    private final long seed;
    private final double threshold;

    private ObjectiveGoals(Objective objective, ImageSet data, long seed, double threshold) {
        this.objective = objective;
        this.data = data;
        this.seed = seed;
        this.threshold = threshold;
    }

    /** The objective of {@code attack} ({@code objective=}, max-flip when it has none). */
    static ObjectiveGoals of(ComponentCall attack, List<String> labelNames, ImageSet data, AttackContext context) {
        ComponentCall call = objectiveCall(attack);
        Objective objective;
        try {
            objective = ObjectiveCalls.of(call, labelNames, () -> averageLabels(data));
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(e.getMessage(), e);
        }
        return new ObjectiveGoals(objective, data, context.settings().seed(), context.settings().threshold());
    }

    static ComponentCall objectiveCall(ComponentCall attack) {
        return attack.args().get("objective") instanceof ComponentCall c ? c : ObjectiveCalls.DEFAULT;
    }

    boolean isMaxFlip() {
        return objective.isMaxFlip();
    }

    /** One goal per image, from its clean confidences (B×C) and its ground truth. */
    Goal[] goals(float[][] clean, int[] items) {
        Goal[] out = new Goal[items.length];
        for (int b = 0; b < items.length; b++) {
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + items[b] * 0xBF58476D1CE4E5B9L);
            out[b] = objective.goal(clean[b], threshold, data.groundTruth(items[b]), random, data.itemId(items[b]));
        }
        return out;
    }

    /** The goals' ±1 targets (0 for a free label), for ML-CW, ML-DeepFool and the rank attacks. */
    static float[][] signs(Goal[] goals) {
        float[][] out = new float[goals.length][];
        for (int b = 0; b < goals.length; b++) {
            out[b] = goals[b].signs();
        }
        return out;
    }

    /** The goals' {0,1} targets as a B×C tensor, for the MI-FGSM family's losses. */
    static NDArray targets(NDManager manager, Goal[] goals) {
        float[][] t = new float[goals.length][];
        for (int b = 0; b < goals.length; b++) {
            t[b] = goals[b].filled();
        }
        return manager.create(t);
    }

    /** The selection's label weights (or none) times each goal's mask: a free label weighs nothing. */
    static float[][] weights(float[][] selected, Goal[] goals) {
        float[][] out = new float[goals.length][];
        for (int b = 0; b < goals.length; b++) {
            float[] mask = goals[b].mask();
            out[b] = new float[mask.length];
            for (int j = 0; j < mask.length; j++) {
                out[b][j] = mask[j] * (selected == null ? 1f : selected[b][j]);
            }
        }
        return out;
    }

    /** The outcomes, each marked with its image's goal and whether the attack achieved it. */
    List<AttackOutcome> judged(List<AttackOutcome> outcomes, Goal[] goals, int[] items) {
        Map<Integer, Goal> byItem = new HashMap<>();
        for (int b = 0; b < items.length; b++) {
            byItem.put(items[b], goals[b]);
        }
        List<AttackOutcome> out = new ArrayList<>(outcomes.size());
        for (AttackOutcome o : outcomes) {
            Goal g = byItem.get(o.item());
            Map<String, Double> measures = new HashMap<>();
            measures.put("success", g.achieved(o.adversarial(), threshold) ? 1.0 : 0.0);
            if (g.topK() > 0) {
                measures.put("fr_" + g.topK(), measures.get("success"));
            }
            if (g.minPositives() > 0) {
                measures.put("expected_labels", (double) g.minPositives());
            }
            out.add(o.withTarget(g.target(), threshold).withMeasures(measures));
        }
        return out;
    }

    /** The data set's mean number of ground-truth labels per image (show_many's avgLabels). */
    static double averageLabels(ImageSet data) {
        long total = 0;
        for (int i = 0; i < data.count(); i++) {
            for (int j = 0; j < data.numLabels(); j++) {
                total += data.hasLabel(i, j) ? 1 : 0;
            }
        }
        return data.count() == 0 ? 0 : (double) total / data.count();
    }
}
