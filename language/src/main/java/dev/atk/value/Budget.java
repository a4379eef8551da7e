package dev.atk.value;

/**
 * One attack budget ε as the plan knows it before running: a number, a fraction of a profile's eps_max, or an
 * expression that needs a profile. {@link #label()} is how tables and explain show it.
 */
public sealed interface Budget {

    String label();

    /**
     * No budget: an attack that minimises the perturbation instead (ML-DeepFool, ML-CW, MLA-LP, the rank and top-k
     * attacks). Its records carry ε = NaN and sit in the {@code min} column; {@code matched(SET)} reads their
     * per-image perturbations.
     */
    record Minimal() implements Budget {
        @Override
        public String label() {
            return Values.format(Double.NaN);
        }
    }

    record Fixed(double value) implements Budget {
        @Override
        public String label() {
            return Values.format(value);
        }
    }

    /** {@code fraction · eps_max} of the profile computed by plan node {@code profileNode}. */
    record OfProfile(int profileNode, double fraction) implements Budget {
        @Override
        public String label() {
            return Values.format(fraction) + "·eps_max";
        }
    }

    /**
     * Each image's own budget: the perturbation norm (L∞, or L2 under {@code norm l2}) a minimal-perturbation attack
     * (plan node {@code source}) needed on that image, read from its record ({@code at eps = matched(SET)}). Van
     * Thiel's Table VII runs MI-FGSM and SLAM this way, at the ε each related-work attack measured.
     */
    record Matched(int source, String sourceLabel) implements Budget {
        @Override
        public String label() {
            return "eps of " + sourceLabel;
        }
    }

    /** Any other expression over a profile, kept with the bindings it saw. */
    record Computed(Deferred expression) implements Budget {
        @Override
        public String label() {
            return expression.text();
        }
    }

    /** Whether {@link #of} can make a budget of {@code value}: a budget, a number, or a deferred number. */
    static boolean accepts(Object value) {
        return value instanceof Budget || value instanceof Double || value instanceof Deferred;
    }

    static Budget of(Object value) {
        if (value instanceof Budget b) {
            return b;
        }
        if (value instanceof Double d) {
            return new Fixed(d);
        }
        if (value instanceof Deferred d) {
            return new Computed(d);
        }
        throw new IllegalArgumentException("not a budget: " + value);
    }
}
