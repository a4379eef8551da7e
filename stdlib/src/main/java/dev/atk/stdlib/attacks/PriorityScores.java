package dev.atk.stdlib.attacks;

import dev.atk.spi.FunctionCalls;
import dev.atk.spi.ScriptFunction;
import dev.atk.stdlib.data.ImageSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code subset(priority=f)} function's scores, one call per image: {@code f(conf, truth, labels)} with the image's
 * clean confidences, its 0/1 ground truth and the model's label names, checked to be one finite number per label.
 * The scores do not depend on ε, so an attack swept over budgets calls the function once per image, not once per
 * budget; they are kept for the run's images only (C numbers each).
 */
final class PriorityScores {
    private static final String ROLE = "priority function";

    private final ScriptFunction function;
    private final ImageSet data;
    private final List<Object> labelNames;
    private final Map<Integer, double[]> scoresByItem = new HashMap<>();

    PriorityScores(ScriptFunction function, ImageSet data, List<String> labelNames) {
        this.function = function;
        this.data = data;
        this.labelNames = new ArrayList<>(labelNames);
    }

    /** The scores of item {@code item} (an index into the data set), whose clean confidences are {@code clean}. */
    double[] of(int item, float[] clean) {
        double[] known = scoresByItem.get(item);
        if (known != null) {
            return known;
        }
        String image = "image " + data.itemId(item);
        List<Object> arguments = List.of(FunctionCalls.numbers(clean), FunctionCalls.numbers(data.groundTruth(item)),
                labelNames);
        Object out = FunctionCalls.call(function, arguments, ROLE, image);
        double[] scores = FunctionCalls.numberPerLabel(out, clean.length, function, ROLE, image);
        scoresByItem.put(item, scores);
        return scores;
    }
}
