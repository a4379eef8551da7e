package dev.atk.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Tick labels with at most {@code digits} significant digits and no trailing zeros: {@code 0.005469} shows as
 * {@code 0.00547}, {@code 0.1} as {@code 0.1}. The library's default formats show either too few digits on a
 * log axis of budgets or every digit of a raw ε.
 */
public final class SignificantFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final int digits;

    public SignificantFormat(int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("significant digits must be >= 1, got " + digits);
        }
        this.digits = digits;
    }

    @Override
    public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return to.append(value);
        }
        if (value == 0) {
            return to.append('0');
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros();
        // plain text up to 1e-6 (budgets are small); beyond that scientific keeps the label short
        String text = Math.abs(value) >= 1e-6 && Math.abs(value) < 1e9 ? rounded.toPlainString() : rounded.toString();
        return to.append(text);
    }

    @Override
    public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
        return format((double) value, to, pos);
    }

    /**
     * Reads back what {@link #format} writes (plain or scientific decimal text) from {@code pos}, as
     * {@link java.text.NumberFormat} specifies: the number and the index after it, or null with the error index set.
     */
    @Override
    public Number parse(String source, ParsePosition pos) {
        int start = pos.getIndex();
        int end = start;
        while (end < source.length() && "+-0123456789.eE".indexOf(source.charAt(end)) >= 0) {
            end++;
        }
        for (int stop = end; stop > start; stop--) { // the longest prefix that is a number, as DecimalFormat reads
            try {
                double value = Double.parseDouble(source.substring(start, stop));
                pos.setIndex(stop);
                return value;
            } catch (NumberFormatException notYet) {
                // shorter
            }
        }
        pos.setErrorIndex(start);
        return null;
    }
}
