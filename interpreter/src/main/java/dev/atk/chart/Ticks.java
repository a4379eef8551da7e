package dev.atk.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis tick selection. Linear axes step by 1, 2 or 5 times a power of ten (the steps a reader can add up in their
 * head); log axes put ticks on decades, adding the 2 and 5 multiples when the axis spans only a decade or two.
 *
 * <p>Tick values are computed in {@link BigDecimal} so labels read "0.3" rather than "0.30000000000000004".
 */
public final class Ticks {
    /** Tolerance, in steps, for deciding that a bound already sits on a tick. */
    private static final double SLACK = 1e-9;
    /** How far, in steps, {@link #snapped} may stretch an axis end to reach a tick. */
    private static final double SNAP = 0.4;

    private Ticks() {}

    /**
     * The nice step for about {@code targetCount} intervals over {@code span}: 1, 2 or 5 times a power of ten.
     */
    public static double niceStep(double span, int targetCount) {
        return niceStepDecimal(span, targetCount).doubleValue();
    }

    /** Ticks covering [min, max], with the axis range widened outwards to the nearest ticks. */
    public static TickSet linear(double min, double max, int targetCount) {
        double[] range = nonEmpty(min, max);
        BigDecimal step = niceStepDecimal(range[1] - range[0], targetCount);
        double s = step.doubleValue();
        long first = (long) Math.floor(range[0] / s + SLACK);
        long last = (long) Math.ceil(range[1] / s - SLACK);
        List<Tick> ticks = ticks(step, first, last);
        return new TickSet(ticks.get(0).value(), ticks.get(ticks.size() - 1).value(), ticks);
    }

    /**
     * Ticks for [min, max] where each end moves out to the next tick only when that tick is close (within
     * {@code SNAP} of a step); otherwise the end stays put. Avoids both a bare end with no tick near it and a wide
     * empty band bought just to end on a tick.
     */
    static TickSet snapped(double min, double max, int targetCount) {
        double[] range = nonEmpty(min, max);
        BigDecimal step = niceStepDecimal(range[1] - range[0], targetCount);
        double s = step.doubleValue();
        double below = Math.floor(range[0] / s + SLACK) * s;
        double above = Math.ceil(range[1] / s - SLACK) * s;
        double lower = range[0] - below <= SNAP * s ? below : range[0];
        double upper = above - range[1] <= SNAP * s ? above : range[1];
        return within(lower, upper, step);
    }

    /** Ticks inside [min, max]; the axis range stays exactly [min, max]. */
    public static TickSet linearWithin(double min, double max, int targetCount) {
        double[] range = nonEmpty(min, max);
        return within(range[0], range[1], niceStepDecimal(range[1] - range[0], targetCount));
    }

    private static TickSet within(double lower, double upper, BigDecimal step) {
        double s = step.doubleValue();
        long first = (long) Math.ceil(lower / s - SLACK);
        long last = (long) Math.floor(upper / s + SLACK);
        return new TickSet(lower, upper, ticks(step, first, last));
    }

    /**
     * Ticks for a log axis over [min, max] (both positive): decades, thinned to at most about seven, or 1-2-5 per
     * decade when the range is short. Falls back to linear ticks when fewer than two such ticks fit.
     */
    public static TickSet log(double min, double max) {
        if (!(min > 0) || !(max >= min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("log axis needs 0 < min <= max, got [" + min + ", " + max + "]");
        }
        if (min == max) {
            return log(min / 2, max * 2);
        }
        int low = (int) Math.floor(Math.log10(min));
        int high = (int) Math.ceil(Math.log10(max));
        int decades = high - low;
        // judged on the true span: 1..128 covers 2.1 decades and wants 1-2-5 ticks although it touches four
        double span = Math.log10(max / min);
        int[] multipliers = span <= 2.5 ? new int[] {1, 2, 5} : new int[] {1};
        int stride = Math.max(1, (int) Math.ceil(decades / 7.0));
        List<Tick> ticks = new ArrayList<>();
        for (int exponent = low; exponent <= high; exponent++) {
            if (Math.floorMod(exponent, stride) != 0) {
                continue;
            }
            for (int multiplier : multipliers) {
                BigDecimal value = BigDecimal.valueOf(multiplier).scaleByPowerOfTen(exponent);
                double v = value.doubleValue();
                if (v >= min * (1 - SLACK) && v <= max * (1 + SLACK)) {
                    ticks.add(new Tick(v, label(value)));
                }
            }
        }
        if (ticks.size() < 2) {
            return new TickSet(min, max, linearWithin(min, max, 4).ticks());
        }
        return new TickSet(min, max, ticks);
    }

    /** The label of {@code value} on an axis stepping by {@code step}: as many decimals as the step needs. */
    public static String format(double value, double step) {
        if (!Double.isFinite(value) || !(step > 0)) {
            throw new IllegalArgumentException("cannot format tick " + value + " with step " + step);
        }
        BigDecimal s = new BigDecimal(Double.toString(step)).stripTrailingZeros();
        return format(new BigDecimal(Double.toString(value)), s);
    }

    static BigDecimal niceStepDecimal(double span, int targetCount) {
        if (!(span > 0) || !Double.isFinite(span)) {
            throw new IllegalArgumentException("tick span must be finite and > 0, got " + span);
        }
        if (targetCount < 1) {
            throw new IllegalArgumentException("target tick count must be >= 1, got " + targetCount);
        }
        double rough = span / targetCount;
        int exponent = (int) Math.floor(Math.log10(rough));
        double fraction = rough / Math.pow(10, exponent);
        int mantissa;
        if (fraction < 1.5) {
            mantissa = 1;
        } else if (fraction < 3) {
            mantissa = 2;
        } else if (fraction < 7) {
            mantissa = 5;
        } else {
            mantissa = 1;
            exponent++;
        }
        return BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent);
    }

    private static List<Tick> ticks(BigDecimal step, long first, long last) {
        List<Tick> ticks = new ArrayList<>();
        BigDecimal cleanStep = step.stripTrailingZeros();
        for (long k = first; k <= last; k++) {
            BigDecimal value = cleanStep.multiply(BigDecimal.valueOf(k));
            ticks.add(new Tick(value.doubleValue(), format(value, cleanStep)));
        }
        return ticks;
    }

    /** Widens an empty range so there is always something to tick. */
    private static double[] nonEmpty(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("tick range must be finite with min <= max, got [" + min + ", " + max + "]");
        }
        if (min < max) {
            return new double[] {min, max};
        }
        double half = min == 0 ? 1 : Math.abs(min) * 0.1;
        return new double[] {min - half, max + half};
    }

    private static String format(BigDecimal value, BigDecimal step) {
        boolean tiny = step.compareTo(new BigDecimal("0.0001")) < 0;
        boolean huge = value.abs().compareTo(new BigDecimal("1000000")) >= 0;
        if (tiny || huge) {
            return label(value);
        }
        int decimals = Math.max(0, step.scale());
        return typographicMinus(value.setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    /** A single number, plain when short and as {@code 2.5e-6} when its magnitude is extreme. */
    private static String label(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal clean = value.stripTrailingZeros();
        int exponent = clean.precision() - clean.scale() - 1;
        if (exponent >= -4 && exponent <= 5) {
            return typographicMinus(clean.toPlainString());
        }
        String mantissa = clean.movePointLeft(exponent).stripTrailingZeros().toPlainString();
        return typographicMinus(mantissa + "e" + exponent);
    }

    /** A true minus sign (U+2212) is as wide as a digit's stroke and reads better than a hyphen in figures. */
    private static String typographicMinus(String text) {
        return text.replace('-', '\u2212');
    }
}
