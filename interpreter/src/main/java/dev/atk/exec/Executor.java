package dev.atk.exec;

import dev.atk.api.ProgressListener;
import dev.atk.eval.Budget;
import dev.atk.eval.Evaluator;
import dev.atk.eval.PendingAnalysis;
import dev.atk.eval.PendingProfile;
import dev.atk.eval.Values;
import dev.atk.plan.Hashing;
import dev.atk.plan.Plan;
import dev.atk.plan.PlanNode;
import dev.atk.syntax.OutputFormat;
import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.Backend;
import dev.atk.spi.Catalog;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.CancelledException;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ProfileResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Runs an optimised plan node by node. Node values live in a session-wide memo keyed by content (digest plus the
 * weight hash and item ids), so a REPL that repeats a statement reuses loaded models, samples and profiles.
 */
public final class Executor {

    /** A drawn sample: item indices into the data handle, in sampling order, and their ids. */
    record SampleValue(int[] items, String[] ids) {}

    /** Facts about the run that every record carries. */
    public record RunInfo(String scriptHash, String atkVersion, java.nio.file.Path baseDir) {}

    private final Backend backend;
    private final Evaluator evaluator;
    private final Map<String, Object> memo;
    private final ResultLog log;
    private final AnalysisCaches caches;
    private final Analyses analyses;
    private final ResultStore results;
    private final ProgressListener progress;
    private final PrintStream out;
    private final BooleanSupplier cancelled;
    private final RunInfo info;
    private final Map<Integer, Object> values = new HashMap<>();
    private final Map<Integer, String> contentKeys = new HashMap<>();
    private int written;
    private int resumed;

    public Executor(Backend backend, Catalog catalog, Map<String, Object> memo, ResultLog log, AnalysisCaches caches,
                    ResultStore results, ProgressListener progress, PrintStream out, BooleanSupplier cancelled, RunInfo info) {
        this.backend = backend;
        this.evaluator = new Evaluator(catalog);
        this.memo = memo;
        this.log = log;
        this.caches = caches;
        this.analyses = new Analyses(backend, caches, progress, cancelled);
        this.results = results;
        this.progress = progress;
        this.out = out;
        this.cancelled = cancelled;
        this.info = info;
    }

    public int written() {
        return written;
    }

    public int resumed() {
        return resumed;
    }

    public void run(Plan plan) {
        for (PlanNode n : plan.nodes()) {
            if (cancelled.getAsBoolean()) {
                throw new CancelledException();
            }
            try {
                step(n);
            } catch (StatementFailure e) {
                throw e;
            } catch (AtkRuntimeException e) {
                throw new StatementFailure(n.span(), e);
            }
        }
    }

    /**
     * Loads a model or a data set, or draws a sample: the inputs every other node's content key needs (a model counts
     * by its weight hash, a sample by its item ids). Returns false for any other node.
     */
    private boolean loadInput(PlanNode n, String key) {
        if (n instanceof PlanNode.LoadModel m) {
            values.put(n.id(), memo(key, () -> backend.loadModel(m.ref())));
        } else if (n instanceof PlanNode.LoadData d) {
            values.put(n.id(), memo(key, () -> backend.loadData(d.ref())));
        } else if (n instanceof PlanNode.Sample s) {
            sampleData.put(s.id(), (DataHandle) values.get(s.data()));
            values.put(n.id(), memo(key, () -> sample(s)));
        } else {
            return false;
        }
        return true;
    }

    private void step(PlanNode n) {
        String key = contentKey(n);
        contentKeys.put(n.id(), key);
        if (loadInput(n, key)) {
            return;
        }
        if (n instanceof PlanNode.Predict p) {
            values.put(n.id(), memo(key, () -> predict(p)));
        } else if (n instanceof PlanNode.Profile p) {
            values.put(n.id(), memo(key, () -> analyses.profile(p, key, (ModelHandle) values.get(p.model()),
                    sampleData.get(p.probe()), ((SampleValue) values.get(p.probe())).items())));
        } else if (n instanceof PlanNode.Correlations c) {
            values.put(n.id(), memo(key, () -> analyses.correlations(c, key, (ModelHandle) values.get(c.model()),
                    sampleData.get(c.sample()), ((SampleValue) values.get(c.sample())).items())));
            analysisInputs.put(n.id(), new AnalysisInputs((ModelHandle) values.get(c.model()), sampleData.get(c.sample())));
        } else if (n instanceof PlanNode.Attackability a) {
            values.put(n.id(), memo(key, () -> analyses.attackability(a, key, (ModelHandle) values.get(a.model()),
                    sampleData.get(a.sample()), ((SampleValue) values.get(a.sample())).items())));
            analysisInputs.put(n.id(), new AnalysisInputs((ModelHandle) values.get(a.model()), sampleData.get(a.sample())));
        } else if (n instanceof PlanNode.Chart c) {
            chart(c);
        } else if (n instanceof PlanNode.Attack a) {
            attack(a, key);
        } else if (n instanceof PlanNode.Report r && r.format() == OutputFormat.IMAGES) {
            images(r);
        } else if (n instanceof PlanNode.Report r) {
            ReportPrinter.print(r, r.set().map(results::named).orElseGet(results::all), out, info.baseDir());
        } else if (n instanceof PlanNode.Print p) {
            out.println(Values.show(resolve(p.value())));
        }
    }

    /**
     * For {@code explain}: which analyses (profiles, correlation matrices, attackability) the disk caches already hold,
     * by node id, e.g. {@code cache hit profile-a17c036a….json}. Loads the models and draws the samples (their weight
     * hashes and item ids are part of the keys) and computes nothing else.
     */
    public Map<Integer, String> cacheStatus(Plan plan) {
        Map<Integer, String> out = new java.util.LinkedHashMap<>();
        for (PlanNode n : plan.nodes()) {
            String key = contentKey(n);
            contentKeys.put(n.id(), key);
            if (loadInput(n, key)) {
                continue;
            }
            if (n instanceof PlanNode.Profile) {
                out.put(n.id(), status(caches.profiles(), key));
            } else if (n instanceof PlanNode.Correlations) {
                out.put(n.id(), status(caches.correlations(), key));
            } else if (n instanceof PlanNode.Attackability) {
                out.put(n.id(), status(caches.attackability(), key));
            }
        }
        return out;
    }

    private static String status(DiskCache<?> cache, String key) {
        return cache.get(key).isPresent() ? "cache hit " + cache.file(key).getFileName()
                : "cache miss (computed by this run, then cached as " + cache.file(key).getFileName() + ")";
    }

    /**
     * The node's content key: its own parameters plus its inputs' content, where a model counts by its weight hash and
     * a sample by its item ids. Two spellings of the same model (a bundled name, a config path) therefore share a
     * cached profile, and a retrained model never reuses a stale one.
     */
    private String contentKey(PlanNode n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName()).append(':').append(n.digestText());
        for (int input : n.inputs()) {
            Object v = values.get(input);
            if (v instanceof ModelHandle m) {
                b.append("|weights:").append(m.weightsHash());
            } else if (v instanceof SampleValue s) {
                b.append("|items:").append(Hashing.sha256(String.join(",", s.ids())));
            } else {
                b.append('|').append(contentKeys.get(input));
            }
        }
        return Hashing.sha256(b.toString());
    }

    @SuppressWarnings("unchecked")
    private <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return (T) v;
    }

    private SampleValue sample(PlanNode.Sample s) {
        DataHandle data = (DataHandle) values.get(s.data());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (s.where().isEmpty() || matches(s, data.groundTruth(i))) {
                candidates.add(i);
            }
        }
        int[] items = Sampler.sample(candidates.stream().mapToInt(Integer::intValue).toArray(), s.n(), s.seed());
        String[] ids = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            ids[i] = data.itemId(items[i]);
        }
        return new SampleValue(items, ids);
    }

    private boolean matches(PlanNode.Sample s, int[] truth) {
        int positives = 0;
        for (int t : truth) {
            positives += t;
        }
        Object v = evaluator.eval(s.where().get(), Map.of("positives", (double) positives), runtimeContext(-1));
        return Boolean.TRUE.equals(v);
    }

    private float[][] predict(PlanNode.Predict p) {
        ModelHandle model = (ModelHandle) values.get(p.model());
        SampleValue sample = (SampleValue) values.get(p.sample());
        DataHandle data = sampleData.get(p.sample());
        ExecControl control = new ExecControl("clean pass " + model.name(), sample.items().length, progress, cancelled);
        float[][] conf = backend.predict(model, data, sample.items(), settingsFor(p.threshold()), control);
        control.finish();
        return conf;
    }

    private dev.atk.spi.RunSettings settingsFor(double threshold) {
        dev.atk.spi.RunSettings d = dev.atk.spi.RunSettings.defaults();
        return new dev.atk.spi.RunSettings(threshold, d.alpha(), d.norm(), d.batch(), d.seed(), d.fidelity(), d.dropout());
    }

    /** The data handle each sample node draws from. */
    private final Map<Integer, DataHandle> sampleData = new HashMap<>();

    /** The model and data an analysis node ran on: a chart names the labels and draws the data's co-occurrence. */
    private record AnalysisInputs(ModelHandle model, DataHandle data) {}

    private final Map<Integer, AnalysisInputs> analysisInputs = new HashMap<>();

    private void chart(PlanNode.Chart c) {
        Object v = resolve(c.value());
        AnalysisInputs inputs = c.needs().stream().map(analysisInputs::get).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        dev.atk.chart.Chart chart;
        if (v instanceof ProfileResult p) {
            chart = ChartReports.profile(p);
        } else if (v instanceof CorrelationResult corr && inputs != null) {
            chart = ChartReports.correlations(corr, inputs.model().labels(), inputs.data());
        } else if (v instanceof AttackabilityResult a && inputs != null) {
            chart = ChartReports.attackability(a, inputs.model().labels());
        } else {
            throw new AtkRuntimeException("report " + c.text() + " as chart: cannot draw " + Values.typeName(v));
        }
        java.nio.file.Path file = info.baseDir().resolve(c.to());
        ChartFiles.write(chart, file);
        out.println("chart written to " + file);
    }

    private void attack(PlanNode.Attack a, String key) {
        ModelHandle model = (ModelHandle) values.get(a.model());
        SampleValue sample = (SampleValue) values.get(a.sample());
        ProfileResult profile = a.profile() < 0 ? null : (ProfileResult) values.get(a.profile());
        CorrelationResult correlations = a.correlations() < 0 ? null : (CorrelationResult) values.get(a.correlations());
        double[] budgets = new double[a.budgets().size()];
        String[] labels = new String[budgets.length];
        double[][] perImage = matchedBudgets(a, sample, labels);
        for (int i = 0; i < budgets.length && perImage == null; i++) {
            Budget b = a.budgets().get(i);
            budgets[i] = b instanceof Budget.Fixed f ? f.value() : (Double) evaluator.resolved(b, runtimeContext(a.profile()));
            labels[i] = b instanceof Budget.Fixed || b instanceof Budget.Minimal ? b.label()
                    : String.format("%.4g", budgets[i]) + " (" + b.label() + ")";
        }
        long taskSeed = Hashing.derivedSeed(a.settings().seed(), key);
        Provenance provenance = new Provenance(info.scriptHash(), key, model.weightsHash(), taskSeed,
                "atk " + info.atkVersion() + "; " + backend.versions(), backend.device(), a.settings().fidelity());
        AttackTask task = new AttackTask(backend, log, results, progress, cancelled);
        AttackContext context = new AttackContext(a.settings(), profile, taskSeed, null, correlations)
                .withSample(sample.items());
        task.run(new AttackTask.Spec(a.call(), a.label(), budgets, labels, a.fused(), a.settings(), a.into().orElse(null),
                        key.substring(0, 16), context, provenance, perImage),
                model, sampleData.get(a.sample()), sample, (float[][]) values.get(a.predict()));
        attackSources.put(a.id(), new ImageReports.AttackSource(a.label(), a.call(), budgets, model,
                sampleData.get(a.sample()), sample, (float[][]) values.get(a.predict()), context));
        written += task.written;
        resumed += task.resumed;
    }

    /** Executed attack nodes, for {@code report … as images}. */
    private final Map<Integer, ImageReports.AttackSource> attackSources = new HashMap<>();

    /**
     * {@code report … as images}: per attack label of the report's inputs the node with the largest budget, all on
     * the first attack's sample (attacks on other samples cannot share a row and are left out, with a note).
     */
    private void images(PlanNode.Report r) {
        Map<String, ImageReports.AttackSource> byLabel = new java.util.LinkedHashMap<>();
        for (int id : r.attacks()) {
            ImageReports.AttackSource s = attackSources.get(id);
            if (s == null) {
                continue;
            }
            ImageReports.AttackSource seen = byLabel.get(s.label());
            double max = java.util.Arrays.stream(s.budgets()).max().orElse(0);
            if (seen == null || java.util.Arrays.stream(seen.budgets()).max().orElse(0) < max) {
                byLabel.put(s.label(), s);
            }
        }
        List<ImageReports.AttackSource> sources = new ArrayList<>();
        for (ImageReports.AttackSource s : byLabel.values()) {
            if (sources.isEmpty() || java.util.Arrays.equals(sources.get(0).sample().ids(), s.sample().ids())) {
                sources.add(s);
            } else {
                out.println("note: " + s.label() + " ran on other images than " + sources.get(0).label()
                        + " and is not in the panel");
            }
        }
        double threshold = sources.isEmpty() ? 0.5 : sources.get(0).context().settings().threshold();
        ImageReports.write(sources, r.set().map(results::named).orElseGet(results::all), r.images(), threshold,
                info.baseDir().resolve(r.to().orElseThrow()), backend, progress, cancelled, out);
    }

    /**
     * Matched budgets ({@code at eps = matched(SET)}): per sample position and source attack, the norm that attack's
     * record measured on the image (L∞, or L2 under {@code norm l2}); NaN where it has none. Null when the node's
     * budgets are not matched. Fills {@code labels} with the sources' labels.
     */
    private double[][] matchedBudgets(PlanNode.Attack a, SampleValue sample, String[] labels) {
        if (a.budgets().stream().noneMatch(b -> b instanceof Budget.Matched)) {
            return null;
        }
        boolean l2 = "l2".equals(a.settings().norm());
        double[][] out = new double[sample.items().length][a.budgets().size()];
        for (int k = 0; k < labels.length; k++) {
            Budget.Matched m = (Budget.Matched) a.budgets().get(k);
            labels[k] = m.label();
            String prefix = contentKeys.get(m.source()).substring(0, 16);
            for (int i = 0; i < out.length; i++) {
                ResultRecord r = log.existing(recordKey(prefix, sample.ids()[i], Double.NaN));
                out[i][k] = r == null ? Double.NaN : l2 ? r.l2() : r.linf();
            }
        }
        return out;
    }

    static String recordKey(String taskPrefix, String itemId, double budget) {
        return taskPrefix + "/" + itemId + "/" + (Double.isNaN(budget) ? "min" : Double.toString(budget));
    }

    /** A value with every budget, deferred expression and pending profile replaced by what this run computed. */
    public Object resolve(Object value) {
        Object v = evaluator.resolved(value, runtimeContext(-1));
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(resolve(o));
            }
            return out;
        }
        return v;
    }

    /** Resolves pending profiles to the values this run computed. */
    private Evaluator.Context runtimeContext(int profileNode) {
        return new Evaluator.Context() {
            @Override
            public Object profile() {
                return new PendingProfile(profileNode);
            }

            @Override
            public ProfileResult resolve(PendingProfile pending) {
                return (ProfileResult) values.get(pending.node());
            }

            @Override
            public Object resolve(PendingAnalysis pending) {
                return values.get(pending.node());
            }
        };
    }
}
