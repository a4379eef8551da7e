package dev.atk.exec;

import dev.atk.spi.ProgressListener;
import dev.atk.value.Budget;
import dev.atk.eval.Evaluator;
import dev.atk.value.PendingAnalysis;
import dev.atk.value.PendingProfile;
import dev.atk.value.Values;
import dev.atk.plan.Hashing;
import dev.atk.plan.Plan;
import dev.atk.plan.PlanNode;
import dev.atk.plan.SampleExclusion;
import dev.atk.syntax.OutputFormat;
import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.Backend;
import dev.atk.spi.Catalog;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.CancelledException;
import dev.atk.spi.DataUnreadableException;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ProfileResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Runs an optimised plan node by node. Node values live in a session-wide memo keyed by content (digest plus the
 * weight hash and item ids), so a REPL that repeats a statement reuses loaded models, samples and profiles.
 */
public final class Executor {

    /**
     * Facts about the run that every record carries, and where its reports go.
     *
     * @param baseDir where a report's relative file names resolve
     * @param reports the report layer that renders and draws what {@code report} statements ask for
     */
    /** @param writes where the script may write (the results folder and the folders the user allowed) */
    public record RunInfo(String scriptHash, String atkVersion, java.nio.file.Path baseDir, ReportWriter reports,
                          dev.atk.paths.WriteRule writes) {}

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
    private final ReportWriter reports;
    private final Catalog catalog;
    private final NodeValues values = new NodeValues();
    private final List<dev.atk.result.ResultTable> tables = new java.util.ArrayList<>();
    /** Models whose chosen batch the user has been told. */
    private final java.util.Set<String> batchNoted = new java.util.HashSet<>();
    private int written;
    private int resumed;

    public Executor(Backend backend, Catalog catalog, Map<String, Object> memo, ResultLog log, AnalysisCaches caches,
                    ResultStore results, ProgressListener progress, PrintStream out, BooleanSupplier cancelled, RunInfo info) {
        this.backend = backend;
        this.catalog = catalog;
        this.evaluator = new Evaluator(catalog, cancelled::getAsBoolean, info.baseDir());
        this.memo = memo;
        this.log = log;
        this.caches = caches;
        this.analyses = new Analyses(backend, caches, progress, cancelled);
        this.results = results;
        this.progress = progress;
        this.out = out;
        this.cancelled = cancelled;
        this.info = info;
        this.reports = info.reports();
    }

    public int written() {
        return written;
    }

    public int resumed() {
        return resumed;
    }

    /** The tables this run's report statements computed, in order (charts have none). */
    public List<dev.atk.result.ResultTable> tables() {
        return List.copyOf(tables);
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
            } catch (DataUnreadableException e) {
                throw new StatementFailure(dataStatement(plan, n).span(), e);
            } catch (AtkRuntimeException e) {
                throw new StatementFailure(n.span(), e);
            }
        }
    }

    /**
     * The {@code data} statement whose files {@code n} reads (through its sample), found by walking its inputs; a
     * corrupt image is that statement's problem, not the model's or the attack's. {@code n} itself if it reads none.
     */
    private static PlanNode dataStatement(Plan plan, PlanNode n) {
        java.util.ArrayDeque<PlanNode> unvisited = new java.util.ArrayDeque<>(List.of(n));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        while (!unvisited.isEmpty()) {
            PlanNode next = unvisited.pop();
            if (next instanceof PlanNode.LoadData) {
                return next;
            }
            for (int input : next.inputs()) {
                if (seen.add(input)) {
                    unvisited.addLast(plan.node(input));
                }
            }
        }
        return n;
    }

    private void step(PlanNode n) {
        n.accept(new Step(values.contentKey(n)));
    }

    /** What running each kind of node does: its value goes to {@link #values} (memoised by content key) or out. */
    final class Step implements PlanNode.Visitor<Void> {
        private final String key;

        Step(String key) {
            this.key = key;
        }

        @Override
        public Void loadModel(PlanNode.LoadModel m) {
            values.model(m.id(), memo(key, () -> backend.loadModel(m.ref())));
            return null;
        }

        @Override
        public Void loadData(PlanNode.LoadData d) {
            values.data(d.id(), memo(key, () -> backend.loadData(d.ref())));
            return null;
        }

        @Override
        public Void sample(PlanNode.Sample s) {
            values.sample(s.id(), memo(key, () -> Executor.this.sample(s)));
            return null;
        }

        @Override
        public Void predict(PlanNode.Predict p) {
            values.prediction(p.id(), memo(key, () -> Executor.this.predict(p)));
            return null;
        }

        @Override
        public Void profile(PlanNode.Profile p) {
            NodeValues.Sample probe = values.sample(p.probe());
            ModelHandle model = values.model(p.model());
            values.profile(p.id(), memo(key, () -> analyses.profile(p, key, model, probe.data(), probe.items())));
            warn(SupportWarnings.profile(p, values.profile(p.id()), model.name()));
            return null;
        }

        @Override
        public Void correlations(PlanNode.Correlations c) {
            ModelHandle model = values.model(c.model());
            NodeValues.Sample images = values.sample(c.sample());
            values.correlations(c.id(), memo(key, () -> analyses.correlations(c, key, model, images.data(),
                    images.items())), new NodeValues.AnalysisInputs(model, images.data()));
            return null;
        }

        @Override
        public Void attackability(PlanNode.Attackability a) {
            ModelHandle model = values.model(a.model());
            NodeValues.Sample images = values.sample(a.sample());
            values.attackability(a.id(), memo(key, () -> analyses.attackability(a, key, model, images.data(),
                    images.items())), new NodeValues.AnalysisInputs(model, images.data()));
            return null;
        }

        @Override
        public Void attack(PlanNode.Attack a) {
            Executor.this.attack(a, key);
            return null;
        }

        @Override
        public Void report(PlanNode.Report r) {
            List<ResultRecord> records = r.set().map(results::named).orElseGet(results::all);
            if (r.format() == OutputFormat.IMAGES) {
                images(r);
            } else if (records.isEmpty()) {
                out.println("(no results to report yet: run an attack first)");
            } else {
                reports.records(r, records, out, new OutputFiles(info.writes())).ifPresent(tables::add);
            }
            return null;
        }

        @Override
        public Void chart(PlanNode.Chart c) {
            Executor.this.chart(c);
            return null;
        }

        @Override
        public Void print(PlanNode.Print p) {
            out.println(Values.display(resolve(p.value())));
            return null;
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
            String key = values.contentKey(n);
            n.accept(new CacheStatus(new Step(key), caches, key)).ifPresent(status -> out.put(n.id(), status));
        }
        return out;
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

    private NodeValues.Sample sample(PlanNode.Sample s) {
        DataHandle data = values.data(s.data());
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (s.where().isEmpty() || matches(s, data.groundTruth(i))) {
                candidates.add(i);
            }
        }
        String what = data.name() + (s.where().isPresent() ? " where " + s.whereText() : "");
        if (s.excluding().isPresent()) {
            // the excluded sample is drawn exactly as a data statement with its size and seed would draw it
            SampleExclusion e = s.excluding().get();
            int[] all = candidates.stream().mapToInt(Integer::intValue).toArray();
            java.util.Set<Integer> excluded = new java.util.HashSet<>();
            for (int i : Sampler.sample(all, e.n(), e.seed())) {
                excluded.add(i);
            }
            candidates.removeIf(excluded::contains);
            what += " " + e.text();
        }
        if (candidates.isEmpty()) {
            // attacking nothing would finish "successfully" with no record at all
            throw new StatementFailure(s.span(), new AtkRuntimeException("no item of " + what + " to attack"
                    + (s.where().isPresent() || s.excluding().isPresent()
                            ? ": none of its " + data.size() + " items is left" : "")));
        }
        if (s.n() > candidates.size()) {
            warn(Optional.of(dev.atk.diag.Diagnostic.warning(s.span(), "sample " + s.n() + ": " + what + " has only "
                    + candidates.size() + " items; all " + candidates.size() + " are used", null)));
        }
        int[] items = Sampler.sample(candidates.stream().mapToInt(Integer::intValue).toArray(), s.n(), s.seed());
        String[] ids = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            ids[i] = data.itemId(items[i]);
        }
        return new NodeValues.Sample(items, ids, data);
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
        ModelHandle model = values.model(p.model());
        NodeValues.Sample sample = values.sample(p.sample());
        DataHandle data = sample.data();
        ExecControl control = new ExecControl("clean pass " + model.name(), sample.items().length, progress, cancelled);
        float[][] conf = backend.predict(model, data, sample.items(), settingsFor(p.threshold()), control);
        control.finish();
        return conf;
    }

    private dev.atk.spi.RunSettings settingsFor(double threshold) {
        dev.atk.spi.RunSettings d = dev.atk.spi.RunSettings.defaults();
        return new dev.atk.spi.RunSettings(threshold, d.alpha(), d.norm(), d.batch(), d.seed(), d.fidelity(), d.dropout());
    }

    private void chart(PlanNode.Chart c) {
        Object v = resolve(c.value());
        NodeValues.AnalysisInputs inputs = c.needs().stream().map(values::analysisInputs)
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        boolean drawable = v instanceof ProfileResult
                || inputs != null && (v instanceof CorrelationResult || v instanceof AttackabilityResult);
        if (!drawable) {
            throw new AtkRuntimeException("report " + c.text() + " as chart: cannot draw " + Values.typeName(v));
        }
        reports.analysis(c.text(), v, inputs == null ? null : inputs.model().labels(),
                inputs == null ? null : inputs.data(), c.to(), new OutputFiles(info.writes()), out);
    }

    private void attack(PlanNode.Attack a, String key) {
        ModelHandle model = values.model(a.model());
        NodeValues.Sample sample = values.sample(a.sample());
        ProfileResult profile = values.profile(a.profile());
        CorrelationResult correlations = values.correlations(a.correlations());
        double[] budgets = new double[a.budgets().size()];
        String[] labels = new String[budgets.length];
        double[][] perImage = matchedBudgets(a, sample, labels);
        for (int i = 0; i < budgets.length && perImage == null; i++) {
            Budget b = a.budgets().get(i);
            budgets[i] = b instanceof Budget.Fixed f ? f.value() : (Double) evaluator.resolved(b, runtimeContext(a.profile()));
            labels[i] = b instanceof Budget.Fixed || b instanceof Budget.Minimal ? b.label()
                    : String.format("%.4g", budgets[i]) + " (" + b.label() + ")";
        }
        if (catalog.needsProfile(a.call())) {
            warn(SupportWarnings.beyondProfile(a, profile, largest(perImage != null ? perImage : new double[][] {budgets})));
        }
        warn(SupportWarnings.unboundedMatched(a, perImage));
        dev.atk.spi.RunSettings settings = batched(model, a.settings());
        long taskSeed = Hashing.derivedSeed(a.settings().seed(), key);
        Provenance provenance = new Provenance(info.scriptHash(), key, model.weightsHash(), taskSeed,
                "atk " + info.atkVersion() + "; " + backend.versions(), backend.device(), a.settings().fidelity());
        AttackTask task = new AttackTask(backend, log, results, progress, cancelled);
        AttackContext context = new AttackContext(settings, profile, taskSeed, null, correlations)
                .withSample(sample.items());
        task.run(new AttackTask.Spec(a.call(), a.label(), budgets, labels, a.fused(), settings, a.into().orElse(null),
                        key.substring(0, 16), context, provenance, perImage),
                model, sample.data(), sample, values.prediction(a.predict()));
        values.attack(a.id(), new ImageReports.AttackSource(a.label(), a.call(), budgets, model, sample.data(),
                sample, values.prediction(a.predict()), context));
        written += task.written;
        resumed += task.resumed;
        if (a.budgets().stream().allMatch(b -> b instanceof Budget.Minimal)) {
            String prefix = key.substring(0, 16);
            warn(SupportWarnings.goalNotReached(a, java.util.Arrays.stream(sample.ids())
                    .map(id -> log.existing(recordKey(prefix, id, Double.NaN))).toList()));
        }
    }

    /**
     * The settings with the batch the backend attacks this model with: a {@code set batch} as it is, else the
     * backend's choice from its device's memory, said once per model where it is not the usual 16.
     */
    private dev.atk.spi.RunSettings batched(ModelHandle model, dev.atk.spi.RunSettings settings) {
        dev.atk.spi.BatchChoice batch = backend.batchFor(model, settings);
        if (batch.chosen() && batch.images() != dev.atk.spi.RunSettings.DEFAULT_BATCH && batchNoted.add(model.name())) {
            progress.note(batch.reason());
        }
        return settings.withBatch(batch.images());
    }

    /** Shows a warning the moment it is found, positioned like a check warning, before the work it concerns. */
    private void warn(Optional<dev.atk.diag.Diagnostic> warning) {
        warning.ifPresent(w -> progress.note(w.render()));
    }

    private static double largest(double[][] budgets) {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : budgets) {
            for (double b : row) {
                max = Double.isNaN(b) ? max : Math.max(max, b);
            }
        }
        return max;
    }

    /**
     * {@code report … as images}: per attack label of the report's inputs the node with the largest budget, all on
     * the first attack's sample (attacks on other samples cannot share a row and are left out, with a note).
     */
    private void images(PlanNode.Report r) {
        Map<String, ImageReports.AttackSource> byLabel = new java.util.LinkedHashMap<>();
        for (int id : r.attacks()) {
            ImageReports.AttackSource s = values.attack(id);
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
        ImagePanel panel = ImageReports.panel(sources, r.set().map(results::named).orElseGet(results::all),
                r.images(), threshold, backend, progress, cancelled);
        reports.images(panel, r.to().orElseThrow(), new OutputFiles(info.writes()), out);
    }

    /**
     * Matched budgets ({@code at eps = matched(SET)}): per sample position and source attack, the norm that attack's
     * record measured on the image (L∞, or L2 under {@code norm l2}); NaN where it has none. Null when the node's
     * budgets are not matched. Fills {@code labels} with the sources' labels.
     */
    private double[][] matchedBudgets(PlanNode.Attack a, NodeValues.Sample sample, String[] labels) {
        if (a.budgets().stream().noneMatch(b -> b instanceof Budget.Matched)) {
            return null;
        }
        boolean l2 = "l2".equals(a.settings().norm());
        double[][] out = new double[sample.items().length][a.budgets().size()];
        for (int k = 0; k < labels.length; k++) {
            Budget.Matched m = (Budget.Matched) a.budgets().get(k);
            labels[k] = m.label();
            String prefix = values.contentKey(m.source()).substring(0, 16);
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
                return values.profile(pending.node());
            }

            @Override
            public Object resolve(PendingAnalysis pending) {
                return values.analysis(pending.node());
            }
        };
    }
}
