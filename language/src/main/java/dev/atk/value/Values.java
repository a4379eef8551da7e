package dev.atk.value;

import dev.atk.diag.NumberText;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileResult;
import java.util.List;
import java.util.stream.Collectors;

/** Printing and naming runtime values. */
public final class Values {
    private Values() {}

    /** Shortest text that reads back as the same double; integers without ".0" ({@link NumberText}). */
    public static String format(double v) {
        return NumberText.format(v);
    }

    /**
     * How {@code print} shows a value to people: numbers to 12 significant digits ({@link NumberText#forPeople}), a
     * range as its values (up to 1,000 of them), everything else as {@link #show}.
     */
    public static String display(Object v) {
        if (v instanceof Double d) {
            return NumberText.forPeople(d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Values::display).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof RangeValue r && r.problem().isEmpty() && r.size() <= 1000) {
            return display(List.copyOf(r.values()));
        }
        return show(v);
    }

    public static String show(Object v) {
        if (v instanceof Double d) {
            return format(d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(Values::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof ProfileResult p) {
            return ProfileText.describe(p);
        }
        if (v instanceof dev.atk.spi.CorrelationResult c) {
            return CorrelationValues.describe(c);
        }
        if (v instanceof dev.atk.spi.AttackabilityResult a) {
            return AttackabilityValues.describe(a);
        }
        if (v instanceof ComponentCall c) {
            return c.canonical();
        }
        if (v instanceof Budget b) {
            return b.label();
        }
        return String.valueOf(v);
    }

    public static String typeName(Object v) {
        if (v instanceof Double) {
            return "number";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof List<?>) {
            return "list";
        }
        if (v instanceof ProfileResult || v instanceof PendingProfile) {
            return "profile";
        }
        if (v instanceof dev.atk.spi.CorrelationResult) {
            return "correlations";
        }
        if (v instanceof dev.atk.spi.AttackabilityResult) {
            return "attackability";
        }
        if (v instanceof PendingAnalysis) {
            return "analysis";
        }
        if (v instanceof dev.atk.spi.ScriptFunction) {
            return "function";
        }
        return v == null ? "nothing" : v.getClass().getSimpleName();
    }
}
