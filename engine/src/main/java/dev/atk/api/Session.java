package dev.atk.api;

import dev.atk.setting.DeviceSpec;
import dev.atk.setting.Setting;
import dev.atk.check.Checker;
import dev.atk.check.Scope;
import dev.atk.diag.Diagnostic;
import dev.atk.value.EvalException;
import dev.atk.exec.Executor;
import dev.atk.exec.StatementFailure;
import dev.atk.exec.AnalysisCaches;
import dev.atk.exec.ResultLog;
import dev.atk.exec.ResultStore;
import dev.atk.optimize.Optimizer;
import dev.atk.paths.WriteRule;
import dev.atk.plan.Hashing;
import dev.atk.plan.Plan;
import dev.atk.plan.PlanNode;
import dev.atk.plan.PlanState;
import dev.atk.plan.Planner;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.CancelledException;
import dev.atk.spi.Catalog;
import dev.atk.spi.HostFunction;
import dev.atk.spi.Stdlib;
import dev.atk.value.HostFunctionValue;
import dev.atk.syntax.ParseResult;
import dev.atk.syntax.Parser;
import dev.atk.diag.Messages;
import dev.atk.source.Source;
import dev.atk.source.SourceSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The engine API: check, explain, eval, complete, cancel, results. State (model, data, settings, bindings, computed
 * values, results) persists between evaluations, so a REPL or an embedding application can work statement by
 * statement. One evaluation at a time: a second thread's check, explain or eval waits for the first to end (they queue);
 * {@link #cancel()} may be called from any thread and stops the running one.
 */
public final class Session implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final SessionOptions options;
    private final Stdlib stdlib;
    private final Catalog catalog;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Map<String, Object> memo = new HashMap<>();
    private final ResultStore results = new ResultStore();
    private final Map<String, HostFunctionValue> hostFunctions = new java.util.LinkedHashMap<>();
    private Scope scope = new Scope();
    private PlanState state = new PlanState();
    private Backend backend;
    /** The Spark master the running engine sends attack tasks to; null when they run in this process. */
    private String clusterMaster;
    private ResultLog log;

    Session(SessionOptions options) {
        this.options = options;
        this.stdlib = options.stdlib() != null ? options.stdlib() : StdlibLoader.load();
        this.catalog = stdlib.catalog();
        if (options.seed() != null) {
            state.settings = state.settings.with(dev.atk.setting.Setting.SEED, (double) options.seed());
            scope.setting("seed", (double) options.seed());
        }
    }

    public static SessionBuilder builder() {
        return new SessionBuilder();
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Parses and checks without running or changing the session. */
    public synchronized List<Diagnostic> check(Source source) {
        cancelRequested.set(false);
        try {
            return analyse(source, scope.child()).diagnostics;
        } catch (CancelledException cancelled) {
            return List.of(Diagnostic.warning(start(source), "check cancelled before it finished",
                    "nothing was checked past this point; run it again to see every problem"));
        }
    }

    /** The plan as written and after optimisation, or the script's diagnostics if it has errors. */
    public synchronized String explain(Source source) {
        cancelRequested.set(false);
        Analysis a;
        try {
            a = analyse(source, scope.child());
        } catch (CancelledException cancelled) {
            return "cancelled\n";
        }
        if (!a.diagnostics.isEmpty() && a.diagnostics.stream().anyMatch(Diagnostic::isError)) {
            StringBuilder b = new StringBuilder();
            a.diagnostics.forEach(d -> b.append(d.render()).append('\n'));
            return b.toString();
        }
        Optimizer.Result optimised = new Optimizer(catalog).optimize(a.plan.plan());
        return "== logical plan ==\n" + a.plan.plan().explain()
                + "== optimised plan (rules applied: " + (optimised.applied().isEmpty() ? "none" : String.join(", ", optimised.applied()))
                + ") ==\n" + optimised.plan().explain() + caches(optimised.plan(), a.plan.state());
    }

    /** The explain section saying which expensive analyses are already cached on disk (none: no section). */
    private String caches(Plan plan, PlanState next) {
        if (plan.nodes().stream().noneMatch(PlanNode::isCachedOnDisk)) {
            return "";
        }
        StringBuilder b = new StringBuilder("== caches ==\n");
        try {
            Executor probe = new Executor(backend(next), catalog, memo, null, AnalysisCaches.under(options.cacheDir()),
                    results, options.progress(), options.out(), cancelRequested::get,
                    new Executor.RunInfo("", VERSION, options.baseDir(), options.reports(), writes(next)));
            probe.cacheStatus(plan).forEach((id, status) -> b.append(String.format("#%-3d %s%n", id, status)));
        } catch (AtkRuntimeException e) {
            b.append("(cannot look: ").append(e.getMessage()).append(")\n");
        }
        return b.toString();
    }

    /** Checks, plans, optimises and runs {@code source}. A script with errors runs nothing. */
    public synchronized EvalResult eval(Source source) {
        cancelRequested.set(false);
        Scope entry = scope.child();
        Analysis a;
        try {
            a = analyse(source, entry);
        } catch (CancelledException cancelled) {
            return new EvalResult(EvalStatus.CANCELLED, List.of(), Optional.of("cancelled"), 0, 0);
        }
        if (a.diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new EvalResult(EvalStatus.SCRIPT_ERROR, a.diagnostics, Optional.empty(), 0, 0);
        }
        Optimizer.Result optimised = new Optimizer(catalog).optimize(a.plan.plan());
        Plan plan = optimised.plan();
        Executor executor = null;
        int recordsBefore = results.all().size();
        try {
            // print/report-only entries (let, print, report) need no tensor engine, so they never start one
            boolean tensors = needsBackend(plan);
            executor = new Executor(tensors ? backend(a.plan.state()) : null, catalog, memo, tensors ? log(plan, a.plan.state()) : null,
                    AnalysisCaches.under(options.cacheDir()), results, options.progress(), options.out(),
                    cancelRequested::get, new Executor.RunInfo(Hashing.sha256(source.text()), VERSION, options.baseDir(),
                    options.reports(), writes(a.plan.state())));
            entry.commit(); // from here the entry's statements take effect, even if one of them fails (see commit)
            executor.run(plan);
            return ended(a, EvalStatus.OK, a.diagnostics, null, executor, recordsBefore);
        } catch (CancelledException cancelled) {
            return ended(a, EvalStatus.CANCELLED, a.diagnostics, "cancelled", executor, recordsBefore);
        } catch (StatementFailure e) {
            return positioned(a, Diagnostic.error(e.span(), e.getMessage()), executor, recordsBefore);
        } catch (AtkRuntimeException e) {
            return ended(a, EvalStatus.RUNTIME_ERROR, a.diagnostics, e.getMessage(), executor, recordsBefore);
        } catch (EvalException e) {
            return positioned(a, Diagnostic.error(e.span(), e.getMessage()), executor, recordsBefore); // a guest failed
        } catch (RuntimeException e) {
            // a bug of ours (or of a library under us): one line, never a raw exception out of eval
            return ended(a, EvalStatus.RUNTIME_ERROR, a.diagnostics, Messages.internalRunError(e.toString()), executor,
                    recordsBefore);
        } finally {
            if (log != null) {
                options.progress().note("results: " + log.file());
            }
        }
    }

    /** A runtime error rendered with its line and a caret like a check error; the one-line form stays available. */
    private EvalResult positioned(Analysis a, Diagnostic at, Executor executor, int recordsBefore) {
        List<Diagnostic> all = new ArrayList<>(a.diagnostics);
        all.add(at);
        return ended(a, EvalStatus.RUNTIME_ERROR, all, at.headline(), executor, recordsBefore);
    }

    /**
     * How an evaluation that ran ends, whatever stopped it: the state committed (see {@link #commit}) and the
     * records and tables it produced before it stopped.
     */
    private EvalResult ended(Analysis a, EvalStatus status, List<Diagnostic> diagnostics, String error,
                             Executor executor, int recordsBefore) {
        state = commit(a.plan.state(), executor);
        List<ResultRecord> all = results.all();
        return new EvalResult(status, diagnostics, Optional.ofNullable(error), executor == null ? 0 : executor.written(),
                executor == null ? 0 : executor.resumed(), all.subList(Math.min(recordsBefore, all.size()), all.size()),
                executor == null ? List.of() : executor.tables());
    }

    /**
     * The state after an evaluation, with bindings resolved to plain values so later plans can use them. A failed or
     * cancelled evaluation commits too: the checker's scope already took its statements (the model and data it
     * chose, its lets), and the planner must agree with it, or the next statement is checked against one session and
     * planned against another. Values the failure left uncomputed are dropped.
     */
    private PlanState commit(PlanState next, Executor executor) {
        if (executor == null) {
            return state; // it failed before running anything: neither the scope nor the state took the entry
        }
        PlanState resolved = next.copy();
        for (Map.Entry<String, Object> e : next.env.entrySet()) {
            try {
                resolved.env.put(e.getKey(), executor.resolve(e.getValue()));
            } catch (RuntimeException notComputed) {
                resolved.env.remove(e.getKey());
            }
        }
        return resolved;
    }

    private static boolean needsBackend(Plan plan) {
        return plan.nodes().stream().anyMatch(PlanNode::needsEngine);
    }

    /**
     * The tensor engine, started on first use on the device the script's {@code set device} names, else the option's.
     * The device is chosen once per session: a later {@code set device} that disagrees with the running engine is an
     * error, not a silent no-op.
     */
    private Backend backend(PlanState next) {
        boolean scripted = next.settings.isGiven(Setting.DEVICE);
        String wanted = scripted ? next.settings.device().keyword() : options.device();
        String cluster = next.settings.cluster().orElse(options.cluster());
        if (backend == null) {
            BackendConfig config = new BackendConfig(wanted, options.cacheDir(), options.baseDir());
            backend = stdlib.open(config);
            if (cluster != null) {
                backend = distributed(backend, cluster, config);
            }
            backend.startNotes().forEach(options.progress()::note); // the device it chose, a fallback, the cluster
            clusterMaster = cluster;
        } else if (!java.util.Objects.equals(cluster, clusterMaster)) {
            throw new AtkRuntimeException("set cluster = \"" + cluster + "\": the engine of this session already runs "
                    + (clusterMaster == null ? "in this process" : "on " + clusterMaster) + ", and the cluster is chosen "
                    + "once per session (set it before the first statement that computes, or start with --cluster)");
        } else if (scripted && !runsOn(backend.device(), wanted)) {
            throw new AtkRuntimeException("set device = " + wanted + ": the engine of this session already runs on "
                    + backend.device() + ", and the device is chosen once per session (set it before the first "
                    + "statement that computes, or start with --device " + wanted + ")");
        }
        return backend;
    }

    /** The backend that sends {@code local}'s attack tasks to {@code master}'s executors (the atk-cluster module). */
    private Backend distributed(Backend local, String master, BackendConfig config) {
        dev.atk.spi.ClusterEngine engine = dev.atk.spi.ClusterEngine.installed().orElse(null);
        if (engine == null) {
            local.close();
            throw new AtkRuntimeException("cluster " + master + ": the atk-cluster module is not on the class path "
                    + "(./mvnw -pl cluster -am install builds it, and ./atk then uses it; docs/scale-out.md)");
        }
        try {
            return engine.distribute(local, master, config, options.progress());
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
    }

    /** Whether an engine on {@code device} ("cpu", "gpu(1)") is what {@code wanted} asks for. */
    private static boolean runsOn(String device, String wanted) {
        DeviceSpec spec = DeviceSpec.parse(wanted).orElse(DeviceSpec.AUTO);
        return switch (spec.kind()) {
            case AUTO -> true;
            case CPU -> device.equals("cpu");
            case GPU -> spec.index() < 0 ? device.startsWith("gpu") : device.equals("gpu(" + spec.index() + ")");
        };
    }

    private ResultLog log(Plan plan, PlanState next) {
        if (log == null && !plan.nodesOf(PlanNode.Attack.class).isEmpty()) {
            log = ResultLog.open(resultsDir(next).resolve(options.runName() + ".jsonl"), options.resume(),
                    options.sharedLog() ? java.util.Set.of() : namedModels(plan));
            if (!log.rejected().isEmpty()) {
                options.progress().note("warning: " + log.rejected().size() + " damaged line"
                        + (log.rejected().size() == 1 ? "" : "s") + " of " + log.file() + " moved to "
                        + log.rejectedFile() + " (" + String.join("; ", log.rejected().stream().limit(3).toList())
                        + (log.rejected().size() > 3 ? "; …" : "") + "); every whole record is kept");
            }
            if (log.movedAside() != null) {
                options.progress().note("previous results moved to " + log.movedAside() + " (use --resume to continue them)");
            }
            if (options.resume() && log.existingCount() > 0) {
                options.progress().note("resuming: " + log.existingCount() + " records in " + log.file());
            }
        }
        return log;
    }

    /**
     * The models the plan runs, by the name records carry, so that resuming a log of another model is refused; empty
     * (no check) when a model is not one the catalog names (a config path, or a config of the script's own folder),
     * whose recorded name is only known once it is loaded.
     */
    private java.util.Set<String> namedModels(Plan plan) {
        List<PlanNode.LoadModel> models = plan.nodesOf(PlanNode.LoadModel.class);
        if (models.stream().anyMatch(m -> m.ref().isPath() || !catalog.modelNames().contains(m.ref().ref()))) {
            return java.util.Set.of();
        }
        return models.stream().map(m -> m.ref().ref()).collect(java.util.stream.Collectors.toSet());
    }

    /** Where a script may write: the results folder ({@link #resultsDir}) and the folders the user allowed. */
    private WriteRule writes(PlanState next) {
        return new WriteRule(resultsDir(next), options.allowedWrites());
    }

    /** The results folder: the script's {@code set out = "dir"} (relative to the base directory), else the option. */
    private Path resultsDir(PlanState next) {
        return next.settings.out().map(dir -> options.baseDir().resolve(dir)).orElse(options.resultsDir());
    }

    /** The folder records and reports go to now: the script's {@code set out}, else the session's option. */
    public synchronized Path resultsFolder() {
        return resultsDir(state);
    }

    /** Where this session's records go (null until the first attack ran). */
    public Path resultsFile() {
        return log == null ? null : log.file();
    }

    private record Analysis(ParseResult parse, Planner.Result plan, List<Diagnostic> diagnostics) {}

    private Analysis analyse(Source source, Scope checkScope) {
        try {
            return analyseOrFail(source, checkScope);
        } catch (CancelledException cancelled) {
            throw cancelled; // the user's Ctrl-C during check or planning: the caller ends the statement as cancelled
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours, not the user's: say so in one positioned line instead of a stack trace
            return new Analysis(new ParseResult(List.of(), List.of()), null,
                    List.of(Diagnostic.error(start(source), Messages.internalCheckError(e.toString()), Messages.internalCheckErrorHint())));
        }
    }

    /** The first character of {@code source}: where a problem of the whole script is shown. */
    private static SourceSpan start(Source source) {
        return new SourceSpan(source, 1, 1, 1, 1, 0, 0);
    }

    private Analysis analyseOrFail(Source source, Scope checkScope) {
        ParseResult parsed = Parser.parse(source);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        if (parsed.hasErrors()) {
            return new Analysis(parsed, null, diagnostics);
        }
        diagnostics.addAll(new Checker(catalog, options.baseDir(), writes(state), cancelRequested::get)
                .check(parsed.statements(), checkScope));
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new Analysis(parsed, null, diagnostics);
        }
        Planner.Result planned = new Planner(catalog, cancelRequested::get, options.baseDir())
                .plan(parsed.statements(), state);
        diagnostics.addAll(planned.diagnostics());
        return new Analysis(parsed, planned, diagnostics);
    }

    /**
     * Asks the running check, explain or evaluation to stop, from any thread: it ends with {@link EvalStatus#CANCELLED}
     * within one attack iteration, one loop repetition of the planner, or a few thousand steps of a built-in.
     */
    public void cancel() {
        cancelRequested.set(true);
    }

    /**
     * The value a {@code let} bound by the end of the last evaluation, as plain Java: Double, Boolean, String, List of
     * those, or a result object (a profile, a correlation matrix); empty if the name is not bound.
     */
    public synchronized Optional<Object> value(String name) {
        return Optional.ofNullable(state.env.get(name));
    }

    /**
     * Binds the host's own Java function under {@code name}: scripts may pass it wherever they accept a function
     * ({@code subset(priority=name)}, {@code objective=custom(name)}, {@code report metric(name)}) and call it as
     * {@code name(x)}. It stays bound across {@link #reset()}. Records of attacks that use it carry
     * {@code host:name@version}: give a new {@code version} when the function computes something else, so a resumed
     * run re-runs those attacks instead of keeping the old records.
     *
     * @throws IllegalArgumentException when {@code name} is not a script name or is taken by an attack, a built-in
     *     or a metric
     */
    public synchronized void bind(String name, String version, HostFunction function) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("'" + name + "' is not a script name (letters, digits and _, not "
                    + "starting with a digit)");
        }
        if (catalog.components().stream().anyMatch(c -> c.name().equals(name))
                || dev.atk.builtin.Builtins.find(name).isPresent()
                || dev.atk.metric.Metric.fromKeyword(name).isPresent()
                || name.equals(dev.atk.metric.CustomMetric.WORD)) {
            throw new IllegalArgumentException("'" + name + "' is the name of an attack, a built-in or a metric; "
                    + "bind the function under another name");
        }
        HostFunctionValue value = new HostFunctionValue(name, version, java.util.Objects.requireNonNull(function));
        hostFunctions.put(name, value);
        define(value);
    }

    /** {@link #bind(String, String, HostFunction)} without a version. */
    public void bind(String name, HostFunction function) {
        bind(name, null, function);
    }

    private void define(HostFunctionValue f) {
        scope.define(f.displayName(), dev.atk.value.Type.FUNCTION, null);
        state.env.put(f.displayName(), f);
    }

    /**
     * The value a {@code let} bound, as {@code type}: {@code Double}, {@code Boolean}, {@code String}, {@code List},
     * {@code double[]} (a list of numbers), or a result object such as {@link dev.atk.spi.ProfileResult} or
     * {@link dev.atk.spi.CorrelationResult}; empty if the name is not bound.
     *
     * @throws IllegalArgumentException when the value is of another kind (the message says which)
     */
    public synchronized <T> Optional<T> value(String name, Class<T> type) {
        Object v = state.env.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (type == double[].class && v instanceof List<?> l && l.stream().allMatch(Double.class::isInstance)) {
            return Optional.of(type.cast(l.stream().mapToDouble(x -> (Double) x).toArray()));
        }
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("'" + name + "' is a " + dev.atk.value.Values.typeName(v) + ", not a "
                    + type.getSimpleName());
        }
        return Optional.of(type.cast(v));
    }

    /** The model the session's statements have selected so far (its name or config path), if any. */
    public Optional<String> modelName() {
        return Optional.ofNullable(state.model).map(dev.atk.spi.ModelRef::ref);
    }

    /** Every record this session produced or resumed, in order. */
    public List<ResultRecord> results() {
        return results.all();
    }

    /** Forgets model, data, settings, bindings and results (not the on-disk caches and logs). */
    public void reset() {
        scope = new Scope();
        state = new PlanState();
        if (options.seed() != null) {
            state.settings = state.settings.with(dev.atk.setting.Setting.SEED, (double) options.seed());
            scope.setting("seed", (double) options.seed());
        }
        results.clear();
        hostFunctions.values().forEach(this::define);
    }

    /** Completion candidates for the text before {@code cursor}. */
    public List<Completion> complete(String buffer, int cursor) {
        return new Completer(catalog, scope).complete(buffer.substring(0, Math.min(cursor, buffer.length())));
    }

    /** False while a statement is visibly unfinished (open brackets, trailing comma or operator, open string). */
    public static boolean isComplete(String text) {
        return Continuation.isComplete(text);
    }

    @Override
    public void close() {
        if (log != null) {
            log.close();
        }
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
