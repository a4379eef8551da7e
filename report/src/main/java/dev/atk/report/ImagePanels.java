package dev.atk.report;

import dev.atk.chart.ColorBar;
import dev.atk.chart.ImageCell;
import dev.atk.chart.ImageGrid;
import dev.atk.chart.Perturbation;
import dev.atk.chart.PixelImage;
import dev.atk.exec.ImagePanel;
import dev.atk.spi.AdversarialImage;
import dev.atk.spi.AttackOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws {@code report … as images}: one row per example image and, per attack, the adversarial image and its
 * perturbation (on a diverging scale with a colour bar), with the predicted and flipped labels named.
 */
final class ImagePanels {
    /** Pixel side of each cell; the bundled scenes are small, so they are upscaled with visible pixels. */
    static final int CELL = 128;

    private ImagePanels() {}

    static ImageGrid grid(ImagePanel panel) {
        List<String> columns = new ArrayList<>(List.of("clean"));
        for (ImagePanel.Column c : panel.attacks()) {
            columns.add(c.label());
            columns.add(String.format(Locale.ROOT, "δ, ±%.3g", c.eps()));
        }
        ImageGrid.Builder grid = ImageGrid.builder().cellSize(CELL).columnTitles(columns.toArray(String[]::new))
                .title(panel.model() + " at each attack's largest budget: +label on, −label off")
                .colorBar(deltaBar(panel.attacks()));
        for (ImagePanel.Row row : panel.rows()) {
            AttackOutcome first = row.outcomes().get(0);
            List<ImageCell> cells = new ArrayList<>();
            cells.add(ImageCell.of(picture(first.image(), false), "predicted: "
                    + names(first.clean(), panel.threshold(), panel.labels())));
            for (int a = 0; a < panel.attacks().size(); a++) {
                AttackOutcome o = row.outcomes().get(a);
                List<String> caption = new ArrayList<>();
                caption.add(o.flips() + (o.flips() == 1 ? " flip" : " flips"));
                String names = flipped(o.clean(), o.adversarial(), panel.threshold(), panel.labels());
                if (!names.isEmpty()) {
                    caption.add(names);
                }
                cells.add(ImageCell.of(picture(o.image(), true), caption));
                cells.add(ImageCell.of(perturbation(o.image(), panel.attacks().get(a).eps()),
                        String.format(Locale.ROOT, "L∞ %.3g, L2 %.3g", o.linf(), o.l2())));
            }
            grid.row("item " + row.itemId(), cells);
        }
        return grid.build();
    }

    /**
     * The key to the δ columns' colours. Each column saturates at its own attack's ε; when all share one ε the bar
     * shows the number, otherwise it reads ±ε and the column titles give each value.
     */
    private static ColorBar deltaBar(List<ImagePanel.Column> columns) {
        double[] eps = columns.stream().mapToDouble(ImagePanel.Column::eps).distinct().toArray();
        boolean one = eps.length == 1 && eps[0] > 0;
        String value = one ? String.format(Locale.ROOT, "%.3g", eps[0]) : "ε";
        return new ColorBar(Perturbation.ramp(1), "δ", "+" + value + " (brighter)", "0", "−" + value + " (darker)");
    }

    private static PixelImage picture(AdversarialImage img, boolean adversarial) {
        if (img.channels() == 3) {
            float[][][] chw = new float[3][][];
            for (int c = 0; c < 3; c++) {
                chw[c] = adversarial ? img.adversarialPlane(c) : img.cleanPlane(c);
            }
            return PixelImage.rgb(chw);
        }
        return PixelImage.gray(adversarial ? img.adversarialPlane(0) : img.cleanPlane(0));
    }

    /** The perturbation on a diverging scale that saturates at ±ε, so panels of one budget compare directly. */
    static PixelImage perturbation(AdversarialImage img, double eps) {
        float[][][] delta = new float[img.channels()][][];
        for (int c = 0; c < delta.length; c++) {
            delta[c] = img.deltaPlane(c);
        }
        double amplitude = eps > 0 ? eps : Math.max(img.maxAbsDelta(), 1e-6);
        return Perturbation.diverging(delta, amplitude);
    }

    /** The labels predicted positive, by name (or a count when there are many). */
    static String names(float[] confidences, double threshold, List<String> labels) {
        List<String> on = new ArrayList<>();
        for (int l = 0; l < confidences.length; l++) {
            if (confidences[l] > threshold) {
                on.add(labels.get(l));
            }
        }
        return on.isEmpty() ? "nothing" : on.size() > 3 ? on.size() + " labels" : String.join(", ", on);
    }

    /**
     * The flipped labels, {@code +name} turned on and {@code −name} turned off, as one comma-separated caption
     * paragraph (the grid wraps it between labels, never inside one); after six the rest are counted. Empty when
     * nothing flipped.
     */
    static String flipped(float[] clean, float[] adversarial, double threshold, List<String> labels) {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < clean.length; l++) {
            boolean before = clean[l] > threshold;
            boolean after = adversarial[l] > threshold;
            if (before != after) {
                names.add((after ? "+" : "−") + labels.get(l));
            }
        }
        if (names.size() > 6) {
            int more = names.size() - 6;
            names = new ArrayList<>(names.subList(0, 6));
            names.add("… " + more + " more");
        }
        return String.join(", ", names);
    }
}
