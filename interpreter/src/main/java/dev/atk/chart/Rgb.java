package dev.atk.chart;

import java.awt.Color;
import java.util.Locale;

/**
 * An opaque colour. The public API speaks {@code Rgb} rather than {@link java.awt.Color} so that building a chart
 * never initialises AWT (which must only happen after headless mode is set, see {@link Headless}).
 */
public record Rgb(int red, int green, int blue) {
    public static final Rgb WHITE = new Rgb(255, 255, 255);
    public static final Rgb BLACK = new Rgb(0, 0, 0);

    public Rgb {
        checkChannel("red", red);
        checkChannel("green", green);
        checkChannel("blue", blue);
    }

    /** Parses {@code "#RRGGBB"} (the leading '#' is optional). */
    public static Rgb hex(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : text;
        if (digits.length() != 6) {
            throw new IllegalArgumentException("colour must look like #RRGGBB, got '" + text + "'");
        }
        try {
            int value = Integer.parseInt(digits, 16);
            return new Rgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("colour must look like #RRGGBB, got '" + text + "'", e);
        }
    }

    /** The colour a fraction {@code t} of the way from this one to {@code other} (0 gives this, 1 gives other). */
    public Rgb mix(Rgb other, double t) {
        double clamped = Math.max(0, Math.min(1, t));
        return new Rgb(lerp(red, other.red, clamped), lerp(green, other.green, clamped), lerp(blue, other.blue, clamped));
    }

    /** Packed 0xRRGGBB, the form {@link java.awt.image.BufferedImage#getRGB} returns (minus alpha). */
    public int packed() {
        return (red << 16) | (green << 8) | blue;
    }

    /** Relative luminance (sRGB, WCAG formula): decides whether text drawn on this colour should be dark or light. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    Color awt() {
        return new Color(red, green, blue);
    }

    Color awt(double alpha) {
        return new Color(red, green, blue, (int) Math.round(255 * Math.max(0, Math.min(1, alpha))));
    }

    private static int lerp(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static void checkChannel(String name, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(name + " channel must be in 0..255, got " + value);
        }
    }
}
