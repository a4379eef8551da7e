package dev.atk.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys {@code set KEY = EXPR} accepts, with their types and valid values (LANGUAGE.md "Statements"). */
public final class Settings {
    private Settings() {}

    /** One setting: a number in [min, max] (integer if asked), or one of {@code choices}, or a string. */
    public record Spec(String key, Type type, boolean integer, double min, double max, List<String> choices, String help) {}

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            number("threshold", false, 0, 1, "prediction threshold: a label is positive iff confidence > threshold"),
            number("alpha", false, 1e-9, 1e6, "MI-FGSM step size (L∞ default 1/2560; L2 uses 0.175)"),
            choice("norm", List.of("linf", "l2"), "the budget's norm"),
            number("batch", true, 1, 4096, "images per tensor"),
            choice("device", List.of("auto", "cpu", "gpu"), "where tensors live"),
            number("seed", true, 0, Long.MAX_VALUE, "global seed; task seeds derive from it"),
            choice("fidelity", List.of("faithful", "fixed"), "reproduce the reference code, or apply documented fixes"),
            choice("dropout", List.of("eval", "train"), "eval: models always run in eval mode; train: the reference's"
                    + " Q2L quirk, dropout left active while attacking (stochastic outputs)"),
            Map.entry("out", new Spec("out", Type.STRING, false, 0, 0, List.of(), "results folder")),
            number("profile_samples", true, 1, 100000, "probe images for profile() (100 in the paper)"),
            number("profile_interval", true, 1, 10000, "probe iterations between profile measurements (10)"),
            choice("profile_combine", List.of("bce", "max"), "profile from the BCE probe (code) or max(BCE, linear) (paper)"),
            number("correlation_eps", false, 1e-9, 1e6, "budget of each one-label attack of the correlation matrix "
                    + "CLASS uses (0.005 in the released code)"),
            number("correlation_samples", true, 1, 100000, "images per label for the correlation matrix (100)"),
            number("attackability_eps", false, 1e-9, 1e6, "budget of each one-label attack of attackability() (0.008)"),
            number("attackability_samples", true, 1, 100000, "images per label for attackability() (100)"),
            number("report_images", true, 1, 64, "example images (rows) `report … as images` shows (4)"),
            Map.entry("chart_x", new Spec("chart_x", Type.STRING, false, 0, 0, List.of(), "a chart's x axis: budget "
                    + "(default), or a numeric attack argument such as \"n\" or \"q\", with one line per budget")));

    private static Map.Entry<String, Spec> number(String key, boolean integer, double min, double max, String help) {
        return Map.entry(key, new Spec(key, Type.NUMBER, integer, min, max, List.of(), help));
    }

    private static Map.Entry<String, Spec> choice(String key, List<String> choices, String help) {
        return Map.entry(key, new Spec(key, Type.STRING, false, 0, 0, choices, help));
    }

    public static Optional<Spec> find(String key) {
        return Optional.ofNullable(SPECS.get(key));
    }

    public static List<String> keys() {
        return SPECS.keySet().stream().sorted().toList();
    }

    public static Map<String, Spec> all() {
        return SPECS;
    }
}
