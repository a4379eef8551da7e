package dev.atk.exec;

import dev.atk.spi.ProgressListener;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.Backend;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * {@code report … as images}, the executor's half: records keep confidences, not pixels (they would be far too
 * large), so the panel re-runs each attack on the shown images at its largest budget with the same context (profile,
 * correlations, task seed); the attacks are deterministic, and the regenerated flips are checked against the logged
 * records so a panel can never silently show a different run. A {@link ReportWriter} draws the result.
 */
final class ImageReports {
    private ImageReports() {}

    /** An executed attack node: what is needed to run it again on a few of its images. */
    record AttackSource(String label, ComponentCall call, double[] budgets, ModelHandle model, DataHandle data,
                        NodeValues.Sample sample, float[][] cleanPass, AttackContext context) {}

    /**
     * The panel of {@code sources} (one sample) on its first {@code rows} images: each attack re-run at its largest
     * budget with the pixels kept, and the regenerated flips compared with the logged records.
     */
    static ImagePanel panel(List<AttackSource> sources, List<ResultRecord> records, int rows, double threshold,
                            Backend backend, ProgressListener progress, BooleanSupplier cancelled) {
        if (sources.isEmpty()) {
            throw new AtkRuntimeException("report as images: no attack of this run to show (run an attack first)");
        }
        NodeValues.Sample sample = sources.get(0).sample();
        int shown = Math.min(rows, sample.items().length);
        List<List<AttackOutcome>> byAttack = new ArrayList<>();
        List<ImagePanel.Column> columns = new ArrayList<>();
        for (AttackSource s : sources) {
            byAttack.add(regenerate(s, shown, backend, progress, cancelled));
            columns.add(new ImagePanel.Column(s.label(), largest(s.budgets())));
        }
        int mismatches = 0;
        List<ImagePanel.Row> panelRows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            List<AttackOutcome> outcomes = new ArrayList<>();
            for (int a = 0; a < sources.size(); a++) {
                AttackOutcome o = byAttack.get(a).get(i);
                ResultRecord logged = find(records, sources.get(a).label(), sample.ids()[i], columns.get(a).eps());
                if (logged != null && logged.flips() != o.flips()) {
                    mismatches++;
                }
                outcomes.add(o);
            }
            panelRows.add(new ImagePanel.Row(sample.ids()[i], outcomes));
        }
        return new ImagePanel(sources.get(0).model().name(), sources.get(0).model().labels(), threshold, columns,
                panelRows, mismatches);
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
