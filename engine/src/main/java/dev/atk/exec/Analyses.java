package dev.atk.exec;

import dev.atk.spi.ProgressListener;
import dev.atk.value.Values;
import dev.atk.plan.PlanNode;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.Backend;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ProfileResult;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The expensive analyses a plan reuses: a model's profile (§4), label correlations (§5) and label attackability
 * (§7.6). Each is looked up in its disk cache by content key first and computed (with progress) only on a miss.
 */
final class Analyses {
    private final Backend backend;
    private final AnalysisCaches caches;
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;

    Analyses(Backend backend, AnalysisCaches caches, ProgressListener progress, BooleanSupplier cancelled) {
        this.backend = backend;
        this.caches = caches;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    ProfileResult profile(PlanNode.Profile p, String key, ModelHandle model, DataHandle data, int[] probe) {
        return cached(caches.profiles(), key, "profile of " + model.name(),
                r -> "eps_max = " + Values.format(r.epsMax()) + (r.computedOn() == null ? ""
                        : "; computed on " + r.computedOn()), () -> {
                    // the probe runs until its stop rule fires, at the latest after maxMeasurements measurements of
                    // `interval` iterations, two state steps per image each: progress and ETA count against that cap,
                    // and the probe usually ends well before it
                    long iterations = (long) p.request().maxMeasurements() * p.request().interval();
                    ExecControl control = new ExecControl("profile " + model.name() + " (" + probe.length
                            + " probe images; against its cap of " + iterations + " iterations)",
                            iterations * 2 * probe.length, progress, cancelled);
                    ProfileResult r = backend.profile(model, data, probe, p.request(), p.settings(), control);
                    control.finish();
                    return r;
                });
    }

    CorrelationResult correlations(PlanNode.Correlations c, String key, ModelHandle model, DataHandle data,
                                   int[] seededOrder) {
        String what = "correlations flip-" + c.request().direction() + " of " + model.name();
        return cached(caches.correlations(), key, what,
                r -> String.format(Locale.ROOT, "diagonal mean %.3f", r.diagonalMean()), () -> {
                    int[][] items = LabelImages.perLabel(c.request(), seededOrder, data, model.labels().size());
                    long rows = Arrays.stream(items).mapToLong(r -> r.length).sum();
                    ExecControl control = new ExecControl(what + " (" + rows + " one-label attacks)",
                            rows * LabelImages.iterations(c.request().eps(), c.settings()), progress, cancelled);
                    CorrelationResult r = backend.correlations(model, data, items, c.request(), c.settings(), control);
                    control.finish();
                    return r;
                });
    }

    AttackabilityResult attackability(PlanNode.Attackability a, String key, ModelHandle model, DataHandle data,
                                      int[] seededOrder) {
        String what = "attackability flip-" + a.request().direction() + " of " + model.name();
        return cached(caches.attackability(), key, what,
                r -> String.format(Locale.ROOT, "mean flip rate %.3f",
                        dev.atk.value.AttackabilityValues.meanFlipRate(r)), () -> {
                    int labels = model.labels().size();
                    int[][] candidates = LabelImages.candidates(a.request(), seededOrder, data, labels);
                    long rows = Arrays.stream(candidates).mapToLong(r -> Math.min(r.length, a.request().samples())).sum();
                    ExecControl control = new ExecControl(what + " (up to " + rows + " one-label attacks)",
                            rows * LabelImages.iterations(a.request().eps(), a.settings()), progress, cancelled);
                    AttackabilityResult r = backend.attackability(model, data, candidates, a.request(), a.settings(),
                            control).withFrequency(LabelImages.frequency(data, labels),
                            data.name() + " (" + data.size() + " items)");
                    control.finish();
                    return r;
                });
    }

    /**
     * The cache key of an analysis on an engine whose numbers differ from the CPU's ({@link
     * Backend#analysisVariant}): the plan's key where there is no variant, so CPU caches keep their names.
     */
    static String variantKey(String planKey, String variant) {
        return variant == null || variant.isEmpty() ? planKey
                : dev.atk.plan.Hashing.sha256(planKey + "|" + variant);
    }

    /** The cached value, or {@code compute}'s, which is then cached; progress notes say which and where. */
    private <T> T cached(DiskCache<T> cache, String planKey, String what, Function<T, String> summary,
                         Supplier<T> compute) {
        String key = variantKey(planKey, backend.analysisVariant());
        var hit = cache.get(key);
        if (hit.isPresent()) {
            progress.note(what + ": cache hit " + cache.file(key).getFileName());
            return hit.get();
        }
        T result = compute.get();
        cache.put(key, result);
        progress.note(what + ": " + summary.apply(result) + " (cached " + cache.file(key).getFileName() + ")");
        return result;
    }
}
