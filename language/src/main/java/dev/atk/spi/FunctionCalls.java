package dev.atk.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * How the plug points call a script's function and check what it returned, so every one of them fails the same way:
 * one line that names the function's role and name and the image (or record) it was called for, and what was wrong
 * ("priority function prio returned 3 values for image 17; it must return one number per label (10)").
 *
 * <p>The arguments a plug point passes are plain values: confidences as a list of numbers, the ground truth as a list
 * of 0/1 numbers, label names as a list of strings.
 */
public final class FunctionCalls {
    private FunctionCalls() {}

    /**
     * Calls {@code f}; a failure becomes an {@link AtkRuntimeException} naming it.
     *
     * @param role what the function is for, e.g. {@code "priority function"}
     * @param subject what it was called for, e.g. {@code "image 17"}
     */
    public static Object call(ScriptFunction f, List<Object> arguments, String role, String subject) {
        try {
            return f.call(arguments);
        } catch (GuestException e) {
            String where = e.at().filter(p -> p.line() > 0)
                    .map(p -> " (line " + p.line() + ", column " + p.column() + " of its code)").orElse("");
            throw new AtkRuntimeException(role + " " + f.displayName() + " " + e.getMessage() + where + ", called for "
                    + subject);
        }
    }

    /** One finite number per label. */
    public static double[] numberPerLabel(Object out, int labels, ScriptFunction f, String role, String subject) {
        List<?> values = perLabel(out, labels, f, role, subject, "one number per label");
        double[] scores = new double[labels];
        for (int j = 0; j < labels; j++) {
            Object v = values.get(j);
            if (!(v instanceof Double d) || !Double.isFinite(d)) {
                throw wrong(f, role, subject, "value " + j + " is " + shown(v), "one finite number per label");
            }
            scores[j] = d;
        }
        return scores;
    }

    /** Per label 1 (positive), 0 (negative) or null (either way): 1, 0 or NaN. */
    public static float[] targetPerLabel(Object out, int labels, ScriptFunction f, String role, String subject) {
        List<?> values = perLabel(out, labels, f, role, subject, "1, 0 or null per label");
        float[] targets = new float[labels];
        for (int j = 0; j < labels; j++) {
            Object v = values.get(j);
            if (v == null) {
                targets[j] = Float.NaN;
            } else if (v instanceof Double d && (d == 0 || d == 1)) {
                targets[j] = d.floatValue();
            } else if (v instanceof Boolean b) {
                targets[j] = b ? 1f : 0f;
            } else {
                throw wrong(f, role, subject, "value " + j + " is " + shown(v), "1 (push up), 0 (push down) or "
                        + "null (free) per label");
            }
        }
        return targets;
    }

    /** One finite number. */
    public static double number(Object out, ScriptFunction f, String role, String subject) {
        if (out instanceof Double d && Double.isFinite(d)) {
            return d;
        }
        throw wrong(f, role, subject, "it returned " + shown(out), "one finite number");
    }

    /** A list of numbers, as a guest function receives one. */
    public static List<Object> numbers(float[] xs) {
        List<Object> out = new ArrayList<>(xs.length);
        for (float x : xs) {
            out.add((double) x);
        }
        return out;
    }

    /** A list of numbers, as a guest function receives one. */
    public static List<Object> numbers(int[] xs) {
        List<Object> out = new ArrayList<>(xs.length);
        for (int x : xs) {
            out.add((double) x);
        }
        return out;
    }

    private static List<?> perLabel(Object out, int labels, ScriptFunction f, String role, String subject,
                                    String wanted) {
        if (!(out instanceof List<?> values)) {
            throw wrong(f, role, subject, "it returned " + shown(out), wanted + " (" + labels + ")");
        }
        if (values.size() != labels) {
            throw wrong(f, role, subject, "it returned " + values.size() + " values", wanted + " (" + labels + ")");
        }
        return values;
    }

    private static AtkRuntimeException wrong(ScriptFunction f, String role, String subject, String what,
                                             String wanted) {
        return new AtkRuntimeException(role + " " + f.displayName() + " gave a wrong result for " + subject + ": "
                + what + "; it must return " + wanted);
    }

    private static String shown(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return "the string \"" + (s.length() > 20 ? s.substring(0, 19) + "…" : s) + "\"";
        }
        if (v instanceof List<?> l) {
            return "a list of " + l.size();
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "NaN" : d.toString();
        }
        return "a " + v.getClass().getSimpleName();
    }
}
