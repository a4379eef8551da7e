package dev.atk.setting;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every key {@code set KEY = VALUE} accepts (LANGUAGE.md "Statements"), with its kind, valid values, default and doc:
 * the one registration the checker validates against, completion offers, {@code :help settings} lists and
 * {@link ScriptSettings} reads its defaults from.
 */
public enum Setting {
    THRESHOLD(Kind.NUMBER, 0, 1, null, 0.5, "prediction threshold: a label is positive iff confidence > threshold"),
    ALPHA(Kind.NUMBER, 1e-9, 1e6, null, null, "MI-FGSM step size (default per norm: L∞ 1/2560; L2 0.175)"),
    NORM(Kind.CHOICE, 0, 0, Choice.Norm.class, Choice.Norm.LINF, "the budget's norm"),
    BATCH(Kind.INTEGER, 1, 4096, null, null, "images per tensor; not set: the largest power of two that the device's "
            + "free memory holds for the model, at most 16 on a CPU (and a step within 1.5 GB) and 64 on a GPU"),
    DEVICE(Kind.CHOICE, 0, 0, Choice.Device.class, DeviceSpec.AUTO,
            "where tensors live: auto, cpu, gpu or gpu:N (also --device); fixed once the engine has started"),
    CLUSTER(Kind.STRING, 0, 0, null, null, "run the attack tasks on Apache Spark: local[N], local-cluster[W,C,M] or "
            + "spark://host:port (also --cluster; needs the atk-cluster module); fixed once the engine has started"),
    SEED(Kind.INTEGER, 0, Long.MAX_VALUE, null, 11.0, "global seed; task seeds derive from it (also --seed)"),
    FIDELITY(Kind.CHOICE, 0, 0, Choice.Fidelity.class, Choice.Fidelity.FAITHFUL,
            "reproduce the reference code, or apply documented fixes"),
    DROPOUT(Kind.CHOICE, 0, 0, Choice.Dropout.class, Choice.Dropout.EVAL, "eval: models always run in eval mode; "
            + "train: the reference's Q2L quirk, dropout left active while attacking (stochastic outputs)"),
    OUT(Kind.STRING, 0, 0, null, null, "results folder for the log and reports, relative to the script and inside "
            + "its folder (overrides --out; default ./atk-results)"),
    PROFILE_SAMPLES(Kind.INTEGER, 1, 100000, null, 100.0, "probe images for profile() (100 in the paper)"),
    PROFILE_INTERVAL(Kind.INTEGER, 1, 10000, null, 10.0, "probe iterations between profile measurements (10)"),
    PROFILE_COMBINE(Kind.CHOICE, 0, 0, Choice.ProfileCombine.class, Choice.ProfileCombine.BCE,
            "profile from the BCE probe (code) or max(BCE, linear) (paper)"),
    CORRELATION_EPS(Kind.NUMBER, 1e-9, 1e6, null, 0.005, "budget of each one-label attack of the correlation matrix "
            + "CLASS uses (0.005 in the released code)"),
    CORRELATION_SAMPLES(Kind.INTEGER, 1, 100000, null, 100.0, "images per label for the correlation matrix (100)"),
    ATTACKABILITY_EPS(Kind.NUMBER, 1e-9, 1e6, null, 0.008,
            "budget of each one-label attack of attackability() (0.008)"),
    ATTACKABILITY_SAMPLES(Kind.INTEGER, 1, 100000, null, 100.0, "images per label for attackability() (100)"),
    REPORT_IMAGES(Kind.INTEGER, 1, 64, null, 4.0, "example images (rows) `report … as images` shows (4)"),
    CHART_X(Kind.STRING, 0, 0, null, "budget", "a chart's x axis: budget (default), or a numeric attack argument "
            + "such as \"n\" or \"q\", with one line per budget");

    /** What a setting's value is. */
    public enum Kind { NUMBER, INTEGER, CHOICE, STRING }

    private final Kind kind;
    private final double min;
    private final double max;
    private final Class<? extends Choice> choices;
    private final Object defaultValue;
    private final String help;

    Setting(Kind kind, double min, double max, Class<? extends Choice> choices, Object defaultValue, String help) {
        this.kind = kind;
        this.min = min;
        this.max = max;
        this.choices = choices;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    /** How scripts write it: {@code profile_samples}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** Inclusive bounds of a NUMBER or INTEGER setting. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** The keywords a CHOICE setting accepts (empty for the others); {@code device} also takes {@code gpu:N}. */
    public List<String> choices() {
        return choices == null ? List.of() : Arrays.stream(choices.getEnumConstants()).map(Choice::keyword).toList();
    }

    /** The choice constant a keyword names, for a CHOICE setting ({@code device} also takes {@code gpu:N}). */
    public Optional<Choice> choice(String keyword) {
        if (this == DEVICE) {
            return DeviceSpec.parse(keyword).map(Choice.class::cast);
        }
        return choices == null ? Optional.empty()
                : Arrays.stream(choices.getEnumConstants()).map(c -> (Choice) c).filter(c -> c.keyword().equals(keyword))
                .findFirst();
    }

    /** The default as a script would write it ({@code 0.5}, {@code linf}), or how it is chosen when it has none. */
    public String defaultText() {
        if (this == ALPHA) {
            return "per norm (1/2560, L2 0.175)";
        }
        if (this == BATCH) {
            return "per model and device (16 on a CPU for a small model)";
        }
        if (defaultValue == null) {
            return "none";
        }
        if (defaultValue instanceof Choice c) {
            return c.keyword();
        }
        if (defaultValue instanceof Double d) {
            return dev.atk.diag.NumberText.format(d);
        }
        return String.valueOf(defaultValue);
    }

    Object defaultValue() {
        return defaultValue;
    }

    public String help() {
        return help;
    }

    public static Optional<Setting> find(String key) {
        return Arrays.stream(values()).filter(s -> s.key().equals(key)).findFirst();
    }

    /** Every key, sorted, for messages and completion. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).sorted().toList();
    }
}
