package dev.atk.exec;

import dev.atk.spi.ProgressListener;
import dev.atk.chart.ColorBar;
import dev.atk.chart.ImageCell;
import dev.atk.chart.ImageGrid;
import dev.atk.chart.Perturbation;
import dev.atk.chart.PixelImage;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AdversarialImage;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.Backend;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * {@code report … as images}: a panel with one row per example image and, per attack, the adversarial image and its
 * perturbation, with the flipped labels named. Records keep confidences, not pixels (they would be far too large),
 * so the panel re-runs each attack on the shown images at its largest budget with the same context (profile,
 * correlations, task seed); the attacks are deterministic, and the regenerated flips are checked against the logged
 * records so a panel can never silently show a different run.
 */
final class ImageReports {
    private ImageReports() {}

    /** An executed attack node: what is needed to run it again on a few of its images. */
    record AttackSource(String label, ComponentCall call, double[] budgets, ModelHandle model, DataHandle data,
                        NodeValues.Sample sample, float[][] cleanPass, AttackContext context) {}

    /** Pixel side of each cell; the bundled scenes are small, so they are upscaled with visible pixels. */
    static final int CELL = 128;

    static void write(List<AttackSource> sources, List<ResultRecord> records, int rows, double threshold, Path file,
                      Backend backend, ProgressListener progress, BooleanSupplier cancelled, PrintStream out) {
        if (sources.isEmpty()) {
            throw new AtkRuntimeException("report as images: no attack of this run to show (run an attack first)");
        }
        NodeValues.Sample sample = sources.get(0).sample();
        int shown = Math.min(rows, sample.items().length);
        List<List<AttackOutcome>> byAttack = new ArrayList<>();
        for (AttackSource s : sources) {
            byAttack.add(regenerate(s, shown, backend, progress, cancelled));
        }
        List<String> labels = sources.get(0).model().labels();
        List<String> columns = new ArrayList<>(List.of("clean"));
        for (int a = 0; a < sources.size(); a++) {
            double eps = largest(sources.get(a).budgets());
            columns.add(sources.get(a).label());
            columns.add(String.format(Locale.ROOT, "δ, ±%.3g", eps));
        }
        ImageGrid.Builder grid = ImageGrid.builder().cellSize(CELL).columnTitles(columns.toArray(String[]::new))
                .title(sources.get(0).model().name() + " at each attack's largest budget: +label on, −label off")
                .colorBar(deltaBar(sources));
        int mismatches = 0;
        for (int i = 0; i < shown; i++) {
            AttackOutcome first = byAttack.get(0).get(i);
            List<ImageCell> cells = new ArrayList<>();
            cells.add(ImageCell.of(picture(first.image(), false), "predicted: " + names(first.clean(), threshold, labels)));
            for (int a = 0; a < sources.size(); a++) {
                AttackOutcome o = byAttack.get(a).get(i);
                double eps = largest(sources.get(a).budgets());
                ResultRecord logged = find(records, sources.get(a).label(), sample.ids()[i], eps);
                if (logged != null && logged.flips() != o.flips()) {
                    mismatches++;
                }
                List<String> caption = new ArrayList<>();
                caption.add(o.flips() + (o.flips() == 1 ? " flip" : " flips"));
                String names = flipped(o.clean(), o.adversarial(), threshold, labels);
                if (!names.isEmpty()) {
                    caption.add(names);
                }
                cells.add(ImageCell.of(picture(o.image(), true), caption));
                cells.add(ImageCell.of(perturbation(o.image(), eps),
                        String.format(Locale.ROOT, "L∞ %.3g, L2 %.3g", o.linf(), o.l2())));
            }
            grid.row("item " + sample.ids()[i], cells);
        }
        ChartFiles.write(grid.build(), file);
        out.println("images written to " + file + " (" + shown + " images × " + sources.size() + " attacks)");
        if (mismatches > 0) {
            out.println("note: " + mismatches + " regenerated image(s) flip a different number of labels than the"
                    + " logged record: the record was computed in another batch composition (a resumed run), on"
                    + " another device or with other threads, and sign steps amplify float rounding");
        }
    }

    /**
     * The attack on the first {@code shown} images of its sample, at its largest budget, keeping the pixels. It runs
     * on the whole first batch of the sample, as the recorded run did: a sign step amplifies float differences, and
     * a convolution's rounding depends on how many images share the tensor, so another batch composition can end
     * in a different image.
     */
    private static List<AttackOutcome> regenerate(AttackSource s, int shown, Backend backend, ProgressListener progress,
                                                  BooleanSupplier cancelled) {
        int run = Math.max(shown, Math.min(s.context().settings().batch(), s.sample().items().length));
        int[] items = Arrays.copyOf(s.sample().items(), run);
        double[] eps = {largest(s.budgets())};
        AttackContext context = s.context().withClean(Arrays.copyOf(s.cleanPass(), run)).withImages();
        ExecControl control = new ExecControl("images: " + s.label() + " on " + run + " images",
                backend.plannedSteps(s.call(), eps, run, context), progress, cancelled);
        List<AttackOutcome> outcomes = new ArrayList<>();
        backend.attack(s.model(), s.data(), items, s.call(), eps, context, outcomes::addAll, control);
        control.finish();
        List<AttackOutcome> ordered = new ArrayList<>();
        for (int item : Arrays.copyOf(items, shown)) {
            AttackOutcome o = outcomes.stream().filter(x -> x.item() == item).findFirst().orElseThrow(
                    () -> new AtkRuntimeException("report as images: the backend returned no outcome for an image"));
            if (o.image() == null) {
                throw new AtkRuntimeException("report as images: the backend of " + s.label() + " returned no pixels");
            }
            ordered.add(o);
        }
        return ordered;
    }

    /**
     * The key to the δ columns' colours. Each column saturates at its own attack's ε; when all share one ε the bar
     * shows the number, otherwise it reads ±ε and the column titles give each value.
     */
    private static ColorBar deltaBar(List<AttackSource> sources) {
        double[] eps = sources.stream().mapToDouble(s -> largest(s.budgets())).distinct().toArray();
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

    private static ResultRecord find(List<ResultRecord> records, String attack, String itemId, double budget) {
        for (ResultRecord r : records) {
            if (r.attack().equals(attack) && r.itemId().equals(itemId) && Double.compare(r.budget(), budget) == 0) {
                return r;
            }
        }
        return null;
    }

    private static double largest(double[] budgets) {
        return Arrays.stream(budgets).max().orElse(0);
    }
}
