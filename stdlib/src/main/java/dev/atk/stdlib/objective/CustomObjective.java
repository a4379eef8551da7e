package dev.atk.stdlib.objective;

import dev.atk.spi.FunctionCalls;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ScriptFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code objective=custom(f)}: the script's own goal. {@code f(conf, truth, labels)} gets the image's clean
 * confidences, its 0/1 ground truth and the model's label names, and returns per label 1 (push up), 0 (push down) or
 * null (free: no loss term, not judged). It is called once per image, before the attack's first iteration; the goal
 * is then judged and reported like a built-in objective's (the record carries it as its target).
 */
final class CustomObjective implements Objective {
    static final ParamInfo FUNCTION = ParamInfo.function("f",
            "f(conf, truth, labels) returns per label 1 (push up), 0 (push down) or null (free)");
    private static final String ROLE = "objective function";

    private final ScriptFunction function;
    private final List<Object> labelNames;

    CustomObjective(ScriptFunction function, List<String> labelNames) {
        this.function = function;
        this.labelNames = new ArrayList<>(labelNames);
    }

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random) {
        return goal(clean, threshold, truth, random, "an image");
    }

    @Override
    public Goal goal(float[] clean, double threshold, int[] truth, SplittableRandom random, String image) {
        String subject = image.equals("an image") ? image : "image " + image;
        Object out = FunctionCalls.call(function, List.of(FunctionCalls.numbers(clean), FunctionCalls.numbers(truth),
                labelNames), ROLE, subject);
        return new Goal(FunctionCalls.targetPerLabel(out, clean.length, function, ROLE, subject), 0);
    }
}
