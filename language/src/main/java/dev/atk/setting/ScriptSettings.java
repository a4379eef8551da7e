package dev.atk.setting;

import dev.atk.spi.RunSettings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settings in force at a point of a script: what {@code set} statements said so far, over the defaults of
 * {@link Setting}. Immutable; {@link #with} gives the settings after one more {@code set}. Values are read typed.
 */
public final class ScriptSettings {
    private static final ScriptSettings DEFAULTS = new ScriptSettings(new EnumMap<>(Setting.class));

    private final Map<Setting, Object> given;

    private ScriptSettings(Map<Setting, Object> given) {
        this.given = given;
    }

    public static ScriptSettings defaults() {
        return DEFAULTS;
    }

    /**
     * These settings with {@code setting} = {@code value}: a Double for NUMBER and INTEGER settings, a keyword for
     * CHOICE settings, a String for STRING settings (the checker has validated it against the registration).
     *
     * @throws IllegalArgumentException for a value of the wrong kind or an unknown choice
     */
    public ScriptSettings with(Setting setting, Object value) {
        Object typed = switch (setting.kind()) {
            case NUMBER, INTEGER -> {
                if (!(value instanceof Number n)) {
                    throw new IllegalArgumentException(setting.key() + " takes a number, not " + value);
                }
                yield n.doubleValue();
            }
            case CHOICE -> setting.choice(String.valueOf(value)).orElseThrow(() -> new IllegalArgumentException(
                    setting.key() + " takes one of " + setting.choices() + ", not " + value));
            case STRING -> String.valueOf(value);
        };
        Map<Setting, Object> next = new EnumMap<>(Setting.class);
        next.putAll(given);
        next.put(setting, typed);
        return new ScriptSettings(next);
    }

    /** Whether a {@code set} statement chose this setting (rather than its default). */
    public boolean isGiven(Setting setting) {
        return given.containsKey(setting);
    }

    private Object value(Setting s) {
        Object v = given.get(s);
        return v != null ? v : s.defaultValue();
    }

    private double number(Setting s) {
        return (Double) value(s);
    }

    private int integer(Setting s) {
        return (int) Math.min(Integer.MAX_VALUE, number(s));
    }

    public double threshold() {
        return number(Setting.THRESHOLD);
    }

    /** The step size: as set, or the norm's own default (ALGORITHMS.md §2.1, §2.2). */
    public double alpha() {
        Object v = given.get(Setting.ALPHA);
        return v != null ? (Double) v : RunSettings.defaultAlpha(norm().keyword());
    }

    public Choice.Norm norm() {
        return (Choice.Norm) value(Setting.NORM);
    }

    /** Images per tensor as set, or {@link RunSettings#AUTO_BATCH} when no {@code set batch} chose one. */
    public int batch() {
        return isGiven(Setting.BATCH) ? integer(Setting.BATCH) : RunSettings.AUTO_BATCH;
    }

    public DeviceSpec device() {
        return (DeviceSpec) value(Setting.DEVICE);
    }

    public long seed() {
        return (long) number(Setting.SEED);
    }

    public Choice.Fidelity fidelity() {
        return (Choice.Fidelity) value(Setting.FIDELITY);
    }

    public Choice.Dropout dropout() {
        return (Choice.Dropout) value(Setting.DROPOUT);
    }

    /** The Spark master a {@code set cluster} named, if any (checked: one of {@link ClusterMaster#FORMS}). */
    public Optional<String> cluster() {
        return Optional.ofNullable((String) given.get(Setting.CLUSTER));
    }

    /** The results folder a {@code set out} chose, if any. */
    public Optional<String> out() {
        return Optional.ofNullable((String) given.get(Setting.OUT));
    }

    public int profileSamples() {
        return integer(Setting.PROFILE_SAMPLES);
    }

    public int profileInterval() {
        return integer(Setting.PROFILE_INTERVAL);
    }

    public Choice.ProfileCombine profileCombine() {
        return (Choice.ProfileCombine) value(Setting.PROFILE_COMBINE);
    }

    public double correlationEps() {
        return number(Setting.CORRELATION_EPS);
    }

    public int correlationSamples() {
        return integer(Setting.CORRELATION_SAMPLES);
    }

    public double attackabilityEps() {
        return number(Setting.ATTACKABILITY_EPS);
    }

    public int attackabilitySamples() {
        return integer(Setting.ATTACKABILITY_SAMPLES);
    }

    public int reportImages() {
        return integer(Setting.REPORT_IMAGES);
    }

    public String chartX() {
        return (String) value(Setting.CHART_X);
    }

    /** What an attack or analysis run sees (the SPI's view). */
    public RunSettings runSettings() {
        return new RunSettings(threshold(), alpha(), norm().keyword(), batch(), seed(), fidelity().keyword(),
                dropout().keyword());
    }
}
