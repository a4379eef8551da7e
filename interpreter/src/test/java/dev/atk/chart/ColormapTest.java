package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColormapTest {
    @Test
    void endsAreTheFirstAndLastAnchors() {
        Colormap map = Colormap.viridis();
        assertEquals(map.first(), map.at(0));
        assertEquals(map.last(), map.at(1));
        assertEquals(map.first(), map.at(-3), "below the range clamps");
        assertEquals(map.last(), map.at(7), "above the range clamps");
    }

    @Test
    void interpolatesLinearlyBetweenAnchors() {
        Colormap map = Colormap.of(List.of(new Rgb(0, 0, 0), new Rgb(200, 100, 50)));
        assertEquals(new Rgb(100, 50, 25), map.at(0.5));
    }

    @Test
    void viridisGetsLighterAlongTheScale() {
        double previous = -1;
        for (int i = 0; i <= 20; i++) {
            double luminance = Colormap.viridis().at(i / 20.0).luminance();
            assertTrue(luminance > previous, "viridis must brighten monotonically, failed at " + i);
            previous = luminance;
        }
    }

    @Test
    void divergingIsWhiteInTheMiddle() {
        assertEquals(Rgb.WHITE, Colormap.blueWhiteRed().at(0.5));
        assertTrue(Colormap.blueWhiteRed().first().blue() > Colormap.blueWhiteRed().first().red());
        assertTrue(Colormap.blueWhiteRed().last().red() > Colormap.blueWhiteRed().last().blue());
    }

    @Test
    void divergingScaleCentresEachSideSeparately() {
        ColorScale scale = new ColorScale(-1, 4, 0);
        assertEquals(0.5, scale.position(0));
        assertEquals(0.0, scale.position(-1));
        assertEquals(1.0, scale.position(4));
        assertEquals(0.75, scale.position(2));
    }

    @Test
    void paletteHasAtLeastEightDistinctColours() {
        Set<Rgb> colours = new HashSet<>(Palette.colours());
        assertTrue(colours.size() >= 8);
        assertEquals(Palette.colour(0), Palette.colour(Palette.size()));
        assertNotEquals(Palette.colour(0), Palette.colour(1));
        assertThrows(IllegalArgumentException.class, () -> Palette.colour(-1));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Colormap.of(List.of(Rgb.WHITE)));
        assertThrows(IllegalArgumentException.class, () -> Colormap.viridis().at(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Rgb(256, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Rgb.hex("#12345"));
        assertThrows(IllegalArgumentException.class, () -> Rgb.hex("#GGGGGG"));
        assertThrows(IllegalArgumentException.class, () -> new ColorScale(1, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ColorScale(0, 1, 2));
        assertEquals(new Rgb(0x12, 0xAB, 0xEF), Rgb.hex("#12abef"));
    }
}
