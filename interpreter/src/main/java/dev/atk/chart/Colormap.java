package dev.atk.chart;

import java.util.List;

/**
 * A continuous colour scale made of evenly spaced anchor colours with linear interpolation between neighbours.
 * {@link #viridis()} is the default for sequential data (perceptually even, readable in greyscale and by most
 * colour-blind readers); {@link #blueWhiteRed()} is for signed data around a centre value.
 */
public final class Colormap {
    /** Anchors sampled from the viridis colour scale at ninths of its range. */
    private static final Colormap VIRIDIS = new Colormap(List.of(
            Rgb.hex("#440154"), Rgb.hex("#482475"), Rgb.hex("#414487"), Rgb.hex("#355F8D"), Rgb.hex("#2A788E"),
            Rgb.hex("#21918C"), Rgb.hex("#22A884"), Rgb.hex("#44BF70"), Rgb.hex("#7AD151"), Rgb.hex("#FDE725")));

    /** Dark blue through pure white (exactly at the middle) to dark red; symmetric in lightness. */
    private static final Colormap BLUE_WHITE_RED = new Colormap(List.of(
            Rgb.hex("#2166AC"), Rgb.hex("#4393C3"), Rgb.hex("#92C5DE"), Rgb.hex("#D1E5F0"), Rgb.WHITE,
            Rgb.hex("#FDDBC7"), Rgb.hex("#F4A582"), Rgb.hex("#D6604D"), Rgb.hex("#B2182B")));

    private final List<Rgb> anchors;

    private Colormap(List<Rgb> anchors) {
        this.anchors = List.copyOf(anchors);
    }

    public static Colormap viridis() {
        return VIRIDIS;
    }

    public static Colormap blueWhiteRed() {
        return BLUE_WHITE_RED;
    }

    /** A colormap through the given colours, evenly spaced from position 0 to position 1. */
    public static Colormap of(List<Rgb> anchors) {
        if (anchors.size() < 2) {
            throw new IllegalArgumentException("a colormap needs at least 2 anchor colours, got " + anchors.size());
        }
        return new Colormap(anchors);
    }

    /** The colour at position {@code t} in [0, 1]; positions outside are clamped to the ends. */
    public Rgb at(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("colormap position must be a number, got NaN");
        }
        double clamped = Math.max(0, Math.min(1, t));
        double scaled = clamped * (anchors.size() - 1);
        int lower = Math.min((int) Math.floor(scaled), anchors.size() - 2);
        return anchors.get(lower).mix(anchors.get(lower + 1), scaled - lower);
    }

    /** The colour of the lowest values. */
    public Rgb first() {
        return anchors.get(0);
    }

    /** The colour of the highest values. */
    public Rgb last() {
        return anchors.get(anchors.size() - 1);
    }

    public List<Rgb> anchors() {
        return anchors;
    }
}
