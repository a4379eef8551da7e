package dev.atk.exec;

import dev.atk.spi.ProgressListener;
import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.Backend;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs one attack node against the backend with resume at record granularity: records already in the log are
 * reused, and only the missing (image, budget) pairs are computed. A fused sweep is one trajectory per image, so an
 * image missing any budget reruns its whole trajectory (writing only the missing records); an attack run per budget
 * reruns exactly the missing budgets of each image.
 */
final class AttackTask {

    /**
     * What the executor knows about the attack node, resolved.
     *
     * @param perImage for matched budgets ({@code at eps = matched(SET)}): per sample position, its own budget for
     *     each of {@code budgetLabels} (NaN where the source attack has no record for the image); null otherwise, when
     *     every image runs at {@code budgets}
     */
    record Spec(ComponentCall call, String label, double[] budgets, String[] budgetLabels, boolean fused,
                RunSettings settings, String set, String keyPrefix, AttackContext context, Provenance provenance,
                double[][] perImage) {}

    /** Images (positions in the sample) and the budgets to run them at. */
    private record Unit(int[] positions, double[] budgets) {}

    private final Backend backend;
    private final ResultLog log;
    private final ResultStore results;
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    int written;
    int resumed;

    AttackTask(Backend backend, ResultLog log, ResultStore results, ProgressListener progress, BooleanSupplier cancelled) {
        this.backend = backend;
        this.log = log;
        this.results = results;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    void run(Spec spec, ModelHandle model, DataHandle data, NodeValues.Sample sample, float[][] cleanPass) {
        if (spec.perImage() != null) {
            runMatched(spec, model, data, sample, cleanPass);
            return;
        }
        List<Unit> units = units(spec, sample);
        if (units.isEmpty()) {
            progress.note(spec.label() + ": all " + sample.items().length * spec.budgets().length + " records found in the log");
            return;
        }
        long planned = 0;
        for (Unit u : units) {
            planned += backend.plannedSteps(spec.call(), u.budgets(), u.positions().length, spec.context());
        }
        int images = units.stream().mapToInt(u -> u.positions().length).max().orElse(0);
        String what = spec.label() + (spec.budgets().length > 1 ? " ×" + spec.budgets().length + " budgets" : "")
                + " on " + images + " images";
        ExecControl control = new ExecControl(what, planned, progress, cancelled);
        for (Unit u : units) {
            int[] items = new int[u.positions().length];
            float[][] clean = new float[items.length][];
            Map<Integer, Integer> positionOfItem = new HashMap<>();
            for (int i = 0; i < items.length; i++) {
                items[i] = sample.items()[u.positions()[i]];
                clean[i] = cleanPass[u.positions()[i]];
                positionOfItem.put(items[i], u.positions()[i]);
            }
            AttackContext context = spec.context().withClean(clean);
            backend.attack(model, data, items, spec.call(), u.budgets(), context,
                    outcomes -> record(spec, model, data, sample, positionOfItem, outcomes), control);
        }
        control.finish();
    }

    /**
     * Matched budgets: each image alone at its own budgets (one per source attack), in one backend call per image so
     * that a budget-independent attack is still one trajectory with a checkpoint per budget. A record's key names the
     * source (its index), since two sources may measure the same ε on an image.
     */
    private void runMatched(Spec spec, ModelHandle model, DataHandle data, NodeValues.Sample sample,
                            float[][] cleanPass) {
        int n = sample.items().length;
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean missing = false;
            for (int k = 0; k < spec.budgetLabels().length; k++) {
                if (Double.isNaN(spec.perImage()[i][k])) {
                    continue; // the source has no record for this image: nothing to match
                }
                ResultRecord r = log.existing(matchedKey(spec, sample.ids()[i], k));
                if (r == null) {
                    missing = true;
                } else {
                    results.add(r, spec.set());
                    resumed++;
                }
            }
            if (missing) {
                pending.add(i);
            }
        }
        if (pending.isEmpty()) {
            progress.note(spec.label() + ": every matched record found in the log");
            return;
        }
        long planned = 0;
        for (int i : pending) {
            planned += backend.plannedSteps(spec.call(), present(spec.perImage()[i]), 1, spec.context());
        }
        ExecControl control = new ExecControl(spec.label() + " at each image's matched eps on " + pending.size()
                + " images", planned, progress, cancelled);
        for (int i : pending) {
            int item = sample.items()[i];
            String id = sample.ids()[i];
            int[] sources = java.util.stream.IntStream.range(0, spec.budgetLabels().length)
                    .filter(k -> !Double.isNaN(spec.perImage()[i][k])).toArray();
            double[] budgets = present(spec.perImage()[i]);
            int[] arrived = {0};
            AttackContext context = spec.context().withClean(new float[][] {cleanPass[i]});
            backend.attack(model, data, new int[] {item}, spec.call(), budgets, context, outcomes -> {
                List<ResultRecord> batch = new ArrayList<>();
                for (AttackOutcome o : outcomes) {
                    int k = sources[arrived[0]++]; // one image: outcomes arrive in the order of its budgets
                    String key = matchedKey(spec, id, k);
                    if (log.existing(key) == null) {
                        batch.add(record(spec, model, data, id, key, spec.budgetLabels()[k], o));
                    }
                }
                append(spec, batch);
            }, control);
        }
        control.finish();
    }

    private static double[] present(double[] budgets) {
        return java.util.Arrays.stream(budgets).filter(b -> !Double.isNaN(b)).toArray();
    }

    private static String matchedKey(Spec spec, String itemId, int source) {
        return spec.keyPrefix() + "/" + itemId + "/matched" + source;
    }

    /** Reuses what the log has; returns what is left to run. */
    private List<Unit> units(Spec spec, NodeValues.Sample sample) {
        double[] budgets = spec.budgets();
        int n = sample.items().length;
        boolean[][] missing = new boolean[n][budgets.length];
        for (int i = 0; i < n; i++) {
            for (int b = 0; b < budgets.length; b++) {
                ResultRecord r = log.existing(Executor.recordKey(spec.keyPrefix(), sample.ids()[i], budgets[b]));
                missing[i][b] = r == null;
                if (r != null) {
                    results.add(r, spec.set());
                    resumed++;
                }
            }
        }
        // Images that miss the same budgets run together, so a fresh run is one call with every budget. A fused sweep
        // is one trajectory: an image missing any budget reruns them all.
        Map<String, List<Integer>> byMissing = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            StringBuilder mask = new StringBuilder();
            for (boolean m : missing[i]) {
                mask.append(m ? '1' : '0');
            }
            if (mask.indexOf("1") < 0) {
                continue;
            }
            String key = spec.fused() ? "all" : mask.toString();
            byMissing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Unit> units = new ArrayList<>();
        byMissing.forEach((mask, positions) -> {
            double[] run = mask.equals("all") ? budgets
                    : java.util.stream.IntStream.range(0, budgets.length).filter(b -> mask.charAt(b) == '1')
                            .mapToDouble(b -> budgets[b]).toArray();
            units.add(new Unit(positions.stream().mapToInt(Integer::intValue).toArray(), run));
        });
        return units;
    }

    /** Writes a finished batch's new records to the log (forced to disk) before the next batch starts. */
    private void record(Spec spec, ModelHandle model, DataHandle data, NodeValues.Sample sample,
                        Map<Integer, Integer> positionOfItem, List<AttackOutcome> outcomes) {
        List<ResultRecord> batch = new ArrayList<>();
        for (AttackOutcome o : outcomes) {
            String id = sample.ids()[positionOfItem.get(o.item())];
            String key = Executor.recordKey(spec.keyPrefix(), id, o.budget());
            if (log.existing(key) != null) {
                continue; // a fused rerun recomputes budgets the log already has: keep the logged record
            }
            int b = indexOf(spec.budgets(), o.budget());
            batch.add(record(spec, model, data, id, key,
                    b < 0 ? dev.atk.value.Values.format(o.budget()) : spec.budgetLabels()[b], o));
        }
        append(spec, batch);
    }

    private static ResultRecord record(Spec spec, ModelHandle model, DataHandle data, String id, String key,
                                       String budgetLabel, AttackOutcome o) {
        return new ResultRecord(key, model.name(), data.name(), id, spec.label(), spec.call().canonical(),
                o.budget(), budgetLabel, o.flips(), o.iterations(), o.linf(), o.l2(), o.rmsd(), o.clean(),
                o.adversarial(), o.seconds(), spec.provenance(), o.target(),
                Double.isNaN(o.threshold()) ? null : o.threshold(), o.measures().isEmpty() ? null : o.measures(),
                spec.perImage() != null);
    }

    private void append(Spec spec, List<ResultRecord> batch) {
        log.append(batch);
        for (ResultRecord r : batch) {
            results.add(r, spec.set());
        }
        written += batch.size();
    }

    private static int indexOf(double[] xs, double x) {
        for (int i = 0; i < xs.length; i++) {
            if (Double.compare(xs[i], x) == 0) {
                return i;
            }
        }
        return -1;
    }
}
