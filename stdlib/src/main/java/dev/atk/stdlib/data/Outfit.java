package dev.atk.stdlib.data;

import static dev.atk.stdlib.data.FashionLabels.ANKLE_BOOT;
import static dev.atk.stdlib.data.FashionLabels.BAG;
import static dev.atk.stdlib.data.FashionLabels.COAT;
import static dev.atk.stdlib.data.FashionLabels.DRESS;
import static dev.atk.stdlib.data.FashionLabels.PULLOVER;
import static dev.atk.stdlib.data.FashionLabels.SANDAL;
import static dev.atk.stdlib.data.FashionLabels.SHIRT;
import static dev.atk.stdlib.data.FashionLabels.SNEAKER;
import static dev.atk.stdlib.data.FashionLabels.TROUSER;
import static dev.atk.stdlib.data.FashionLabels.TSHIRT;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An outfit template: a named list of garment slots, each present with some probability and filled
 * with one class drawn from its options. Templates are drawn with unequal frequencies ({@link #weight}),
 * which gives the scenes their label imbalance and co-occurrence structure.
 */
public record Outfit(String name, double weight, List<Slot> slots) {

    /** A slot: present with {@code probability}, filled with {@code classes[k]} with weight {@code weights[k]}. */
    public record Slot(double probability, int[] classes, double[] weights) {
        static Slot of(double probability, int garmentClass) {
            return new Slot(probability, new int[] {garmentClass}, new double[] {1});
        }

        int draw(SplittableRandom rng) {
            return classes[pick(weights, rng)];
        }
    }

    /** The template catalogue (weights sum to 1). Changing it changes every generated scene. */
    public static final List<Outfit> CATALOGUE = List.of(
            new Outfit("casual", 0.28, List.of(
                    Slot.of(1.0, TSHIRT), Slot.of(0.85, TROUSER), Slot.of(0.85, SNEAKER), Slot.of(0.15, BAG))),
            new Outfit("office", 0.18, List.of(
                    Slot.of(1.0, SHIRT), Slot.of(0.9, TROUSER),
                    new Slot(0.85, new int[] {ANKLE_BOOT, SNEAKER}, new double[] {0.75, 0.25}),
                    Slot.of(0.3, BAG))),
            new Outfit("summer", 0.17, List.of(
                    Slot.of(1.0, DRESS), Slot.of(0.85, SANDAL), Slot.of(0.5, BAG))),
            new Outfit("winter", 0.15, List.of(
                    new Slot(1.0, new int[] {COAT, PULLOVER}, new double[] {0.65, 0.35}),
                    Slot.of(0.8, TROUSER), Slot.of(0.85, ANKLE_BOOT), Slot.of(0.1, BAG))),
            new Outfit("sport", 0.10, List.of(
                    new Slot(1.0, new int[] {TSHIRT, PULLOVER}, new double[] {0.6, 0.4}),
                    Slot.of(0.95, SNEAKER), Slot.of(0.5, TROUSER))),
            new Outfit("shopping", 0.07, List.of(
                    Slot.of(1.0, BAG),
                    new Slot(0.9, new int[] {DRESS, SHIRT, PULLOVER, COAT}, new double[] {0.3, 0.3, 0.2, 0.2}),
                    new Slot(0.4, new int[] {SANDAL, SNEAKER, ANKLE_BOOT}, new double[] {0.4, 0.3, 0.3}))),
            new Outfit("random", 0.05, List.of()));

    /** Index into {@code weights} drawn proportionally to the weights. */
    static int pick(double[] weights, SplittableRandom rng) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int k = 0; k < weights.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }
}
