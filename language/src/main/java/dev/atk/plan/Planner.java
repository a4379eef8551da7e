package dev.atk.plan;

import dev.atk.diag.Diagnostic;
import dev.atk.value.Budget;
import dev.atk.value.Deferred;
import dev.atk.value.EvalException;
import dev.atk.eval.Evaluator;
import dev.atk.eval.Exprs;
import dev.atk.check.ReportTarget;
import dev.atk.diag.Messages;
import dev.atk.syntax.OutputFormat;
import dev.atk.value.NotYetKnown;
import dev.atk.value.AnalysisArgs;
import dev.atk.value.PendingAnalysis;
import dev.atk.value.PendingProfile;
import dev.atk.limits.Limits;
import dev.atk.metric.CustomMetric;
import dev.atk.metric.Measure;
import dev.atk.spi.ScriptFunction;
import dev.atk.value.RangeValue;
import dev.atk.spi.Cancellation;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.setting.ScriptSettings;
import dev.atk.setting.Setting;
import dev.atk.spi.RunSettings;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns checked statements into a logical plan. Loops are expanded here (their domains have known lengths even when
 * their values wait for a profile), one Attack node per (attack, budget) as written; the optimizer then shares and
 * fuses. Model, data, sample, clean-pass and profile nodes are created lazily, when something needs them.
 */
public final class Planner {

    /** The plan, the state statements leave for the next evaluation, and value errors found while planning. */
    public record Result(Plan plan, PlanState state, List<Diagnostic> diagnostics) {}

    private final Catalog catalog;
    private final Evaluator evaluator;
    private final List<PlanNode> nodes = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Integer> attackIds = new ArrayList<>();
    private final Map<String, List<Integer>> namedSets = new HashMap<>();
    private PlanState state;
    private int nextId = 1;
    /** How many times loops have repeated a body so far in this plan, against {@link Limits#MAX_UNROLLED}. */
    private long unrolled;
    private Integer modelNode, dataNode, sampleNode, predictNode, profileNode;
    /** Correlation nodes of the current model, data and settings, by request. */
    private final Map<String, Integer> nodesByRequest = new HashMap<>();
    /** The same nodes by the arguments as written, for expressions evaluated after the plan runs. */
    private final Map<AnalysisArgs, Integer> argsNodes = new HashMap<>();

    /** Images attacked when a model brings its own data and the script gives no sample size (the paper's 100). */
    static final int DEFAULT_SAMPLE = 100;

    /** What the user's Ctrl-C reaches: checked before every statement and every loop repetition. */
    private final Cancellation cancellation;

    public Planner(Catalog catalog) {
        this(catalog, Cancellation.never());
    }

    public Planner(Catalog catalog, Cancellation cancellation) {
        this(catalog, cancellation, null);
    }

    /** @param scriptFolder where files the script names are read from (null: the working folder) */
    public Planner(Catalog catalog, Cancellation cancellation, java.nio.file.Path scriptFolder) {
        this.catalog = catalog;
        this.cancellation = cancellation;
        this.evaluator = new Evaluator(catalog, cancellation, scriptFolder);
    }

    public Result plan(List<Stmt> statements, PlanState initial) {
        state = initial.copy();
        for (Stmt s : statements) {
            try {
                statement(s, state.env);
            } catch (EvalException e) {
                diagnostics.add(Diagnostic.error(e.span(), e.getMessage()));
            }
        }
        return new Result(new Plan(nodes), state, diagnostics);
    }

    private final Evaluator.Context context = new Evaluator.Context() {
        @Override
        public boolean callsGuests() {
            return false;
        }

        @Override
        public Object profile() {
            return new PendingProfile(profileNode());
        }

        @Override
        public ProfileResult resolve(PendingProfile pending) {
            return null;
        }

        @Override
        public Object analysis(AnalysisArgs args) {
            int node = analysisNode(args);
            argsNodes.put(args, node);
            return new PendingAnalysis(node);
        }

        @Override
        public Map<AnalysisArgs, Integer> analysisNodes() {
            return argsNodes;
        }
    };

    private void statement(Stmt s, Map<String, Object> env) {
        s.accept(statements, env);
    }

    /** What planning each kind of statement adds to the plan or the state, under the loop bindings {@code env}. */
    private final Stmt.Visitor<Map<String, Object>> statements = new Stmt.Visitor<>() {
        public void model(Stmt.ModelStmt m, Map<String, Object> env) {
            state.model = new ModelRef(m.ref(), m.isPath());
            state.modelSpan = m.span();
            modelNode = predictNode = profileNode = null;
            nodesByRequest.clear();
            argsNodes.clear();
            if (!m.isPath() && (state.data == null || state.data.implicit())) {
                catalog.defaultData(m.ref()).ifPresent(ref -> {
                    state.data = new PlanState.DataChoice(ref, DEFAULT_SAMPLE, null, Optional.empty(), "", Optional.empty(), m.span(),
                            true);
                    dataNode = sampleNode = null;
                });
            }
        }

        public void data(Stmt.DataStmt d, Map<String, Object> env) {
            Planner.this.data(d, env);
        }

        public void set(Stmt.SetStmt st, Map<String, Object> env) {
            Object v = st.value() instanceof Expr.Name n ? n.id().name() : evaluator.eval(st.value(), env, context);
            state.settings = state.settings.with(Setting.find(st.key().name()).orElseThrow(), v);
            profileNode = null;
            predictNode = null;
            nodesByRequest.clear();
            argsNodes.clear();
        }

        public void let(Stmt.LetStmt l, Map<String, Object> env) {
            Object v = value(l.value(), env);
            // a function takes the let's name for messages ("priority function prio failed …")
            env.put(l.name().name(), v instanceof dev.atk.value.GuestFunctionValue g ? g.named(l.name().name()) : v);
        }

        public void forRun(Stmt.ForRunStmt f, Map<String, Object> env) {
            forEach(f.loops(), 0, new HashMap<>(env), inner ->
                    attacks(f.attacks(), inner, budgetOf(inner), f.into()));
        }

        public void forBlock(Stmt.ForBlockStmt f, Map<String, Object> env) {
            forEach(f.loops(), 0, new HashMap<>(env), inner -> {
                for (Stmt body : f.body()) {
                    statement(body, inner);
                }
            });
        }

        public void run(Stmt.RunStmt r, Map<String, Object> env) {
            Object budget = r.atValue().isPresent() && matchedCall(r.atValue().get()) != null
                    ? matched(matchedCall(r.atValue().get()))
                    : r.atValue().isPresent() ? value(r.atValue().get(), env) : env.get("eps");
            attacks(r.attacks(), env, budget, r.into());
        }

        public void report(Stmt.ReportStmt r, Map<String, Object> env) {
            Planner.this.report(r, env);
        }

        public void print(Stmt.PrintStmt p, Map<String, Object> env) {
            Planner.this.print(p, env);
        }
    };

    /** {@code matched(SET)} as a budget expression, or null. */
    static Expr.Call matchedCall(Expr at) {
        return at instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.id().name().equals("matched")
                && c.args().size() == 1 && c.args().get(0).value() instanceof Expr.Name ? c : null;
    }

    /** One per-image budget per minimal-perturbation attack run {@code into} the named set so far. */
    private List<Budget> matched(Expr.Call c) {
        String set = ((Expr.Name) c.args().get(0).value()).id().name();
        List<Budget> out = new ArrayList<>();
        List<Integer> members = namedSets.getOrDefault(set, List.of());
        for (PlanNode n : nodes) {
            if (members.contains(n.id()) && n instanceof PlanNode.Attack a && a.budgets().size() == 1
                    && a.budgets().get(0) instanceof Budget.Minimal) {
                out.add(new Budget.Matched(a.id(), a.label()));
            }
        }
        if (out.isEmpty()) {
            throw new EvalException(c.span(), "matched(" + set + "): no minimal-perturbation attack ("
                    + String.join(", ", minimalAttacks()) + ") was run into '" + set + "' before this statement");
        }
        return out;
    }

    /** The attacks that take no budget, from the catalog. */
    private List<String> minimalAttacks() {
        return catalog.components().stream().filter(i -> i.kind() == dev.atk.spi.ComponentKind.ATTACK
                && !i.usesBudget()).map(dev.atk.spi.ComponentInfo::name).toList();
    }

    /** {@code eps}'s value as the budget of {@code attack}; a loop over strings is refused at the attack. */
    private static Budget budget(Object eps, Expr.Call attack) {
        if (Budget.accepts(eps)) {
            return Budget.of(eps);
        }
        throw new EvalException(attack.span(), "eps must be a number to budget " + Exprs.text(attack) + ", not a "
                + dev.atk.value.Values.typeName(eps));
    }

    private static Object budgetOf(Map<String, Object> env) {
        return env.get("eps");
    }

    /** Cross product of the loop domains, in the order written (the first variable varies slowest). */
    private void forEach(List<Stmt.LoopVar> loops, int index, Map<String, Object> env,
                         java.util.function.Consumer<Map<String, Object>> body) {
        if (index == loops.size()) {
            body.accept(env);
            return;
        }
        Stmt.LoopVar v = loops.get(index);
        for (Object element : elements(v.domain(), env)) {
            cancellation.checkpoint();
            if (++unrolled > Limits.MAX_UNROLLED) {
                throw new EvalException(v.domain().span(), Messages.loopsTooLong(Limits.count(Limits.MAX_UNROLLED)));
            }
            Map<String, Object> inner = new HashMap<>(env);
            inner.put(v.name().name(), element);
            forEach(loops, index + 1, inner, body);
        }
    }

    private List<Object> elements(Expr domain, Map<String, Object> env) {
        Object v = evaluator.eval(domain, env, context);
        if (v instanceof RangeValue r) {
            return new ArrayList<>(r.values());
        }
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        throw new EvalException(domain.span(), "cannot loop over " + dev.atk.value.Values.typeName(v));
    }

    /** A value for a binding: evaluated now if possible, else kept for when the profile exists. */
    private Object value(Expr e, Map<String, Object> env) {
        try {
            return evaluator.eval(e, env, context);
        } catch (NotYetKnown notYet) {
            return new Deferred(e, Map.copyOf(nonNull(env)), Exprs.text(e), notYet.needsProfile() ? profileNode() : -1,
                    Map.copyOf(argsNodes));
        }
    }

    private static Map<String, Object> nonNull(Map<String, Object> env) {
        Map<String, Object> out = new HashMap<>();
        env.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private void data(Stmt.DataStmt d, Map<String, Object> env) {
        String dir = d.at().map(e -> (String) evaluator.eval(e, env, context)).orElse(null);
        String split = d.split().map(i -> i.name()).orElse(catalog.splits(d.name().name()).stream().findFirst().orElse("test"));
        int n = d.sample().map(e -> (int) evaluator.number(e, env, context)).orElse(0);
        Long seed = d.seed().map(e -> (long) evaluator.number(e, env, context)).orElse(null);
        Optional<SampleExclusion> excluding = d.excluding().map(e -> new SampleExclusion(
                (int) evaluator.number(e.sample(), env, context), (long) evaluator.number(e.seed(), env, context)));
        state.data = new PlanState.DataChoice(new DataRef(d.name().name(), dir, split), n, seed, d.where(),
                d.where().map(Exprs::text).orElse(""), excluding, d.span(), false);
        dataNode = sampleNode = predictNode = profileNode = null;
        nodesByRequest.clear();
            argsNodes.clear();
    }

    private int add(PlanNode node) {
        nodes.add(node);
        return node.id();
    }

    private int modelNode() {
        if (modelNode == null) {
            modelNode = add(new PlanNode.LoadModel(nextId++, state.modelSpan, state.model));
        }
        return modelNode;
    }

    private int dataNode() {
        if (dataNode == null) {
            dataNode = add(new PlanNode.LoadData(nextId++, state.data.span(), state.data.ref()));
        }
        return dataNode;
    }

    private long dataSeed() {
        return state.data.seed() != null ? state.data.seed() : settings().seed();
    }

    private int sampleNode() {
        if (sampleNode == null) {
            int data = dataNode();
            sampleNode = add(new PlanNode.Sample(nextId++, state.data.span(), data, state.data.n(), dataSeed(),
                    state.data.where(), state.data.whereText(), state.data.excluding()));
        }
        return sampleNode;
    }

    private int predictNode() {
        if (predictNode == null) {
            int model = modelNode();
            int sample = sampleNode();
            predictNode = add(new PlanNode.Predict(nextId++, state.modelSpan, model, sample, settings().threshold()));
        }
        return predictNode;
    }

    /** The profile of the current model on its probe images (the first profile_samples of the seeded order). */
    private int profileNode() {
        if (profileNode == null) {
            if (state.model == null || state.data == null) {
                // the checker rejects profile() without a model and data; this guards embedders of the planner
                throw new IllegalStateException("profile() needs a model and data");
            }
            int model = modelNode();
            int data = dataNode();
            int probeSize = state.settings.profileSamples();
            int probe = add(new PlanNode.Sample(nextId++, state.data.span(), data, probeSize, dataSeed(),
                    state.data.where(), state.data.whereText(), state.data.excluding()));
            ProfileRequest defaults = ProfileRequest.defaults();
            ProfileRequest request = new ProfileRequest(state.settings.profileInterval(), defaults.stopRatio(),
                    defaults.degree(), state.settings.profileCombine().keyword(), defaults.maxMeasurements());
            profileNode = add(new PlanNode.Profile(nextId++, state.modelSpan, model, probe, request, settings()));
        }
        return profileNode;
    }

    /**
     * The node of an analysis of the current model on the current data: arguments as written, the rest from the
     * settings. Correlations (§5): {@code set correlation_eps} (0.005, the released code), {@code correlation_samples}
     * (100), flip-up. Attackability (§7.6): {@code set attackability_eps} (0.008, the released flip-down script),
     * {@code attackability_samples} (100), flip-down.
     */
    private int analysisNode(AnalysisArgs args) {
        if (state.model == null || state.data == null) {
            throw new IllegalStateException(args.function() + "() needs a model and data"); // the checker rejects this
        }
        boolean correlations = args.function().equals("correlations");
        ScriptSettings s = state.settings;
        double eps = args.eps() != null ? args.eps() : correlations ? s.correlationEps() : s.attackabilityEps();
        int samples = args.samples() != null ? args.samples()
                : correlations ? s.correlationSamples() : s.attackabilitySamples();
        String direction = args.direction() != null ? args.direction() : correlations ? "up" : "down";
        LabelAttackRequest request = new LabelAttackRequest(eps, samples, direction);
        String key = args.function() + ":" + request;
        Integer existing = nodesByRequest.get(key);
        if (existing != null) {
            return existing;
        }
        int model = modelNode();
        int data = dataNode();
        // flip-up correlations take the first n images of the seeded order; the others filter it per label
        int images = add(new PlanNode.Sample(nextId++, state.data.span(), data, correlations && request.up() ? samples : 0,
                dataSeed(), state.data.where(), state.data.whereText(), state.data.excluding()));
        int id = add(correlations
                ? new PlanNode.Correlations(nextId++, state.modelSpan, model, images, request, settings())
                : new PlanNode.Attackability(nextId++, state.modelSpan, model, images, request, settings()));
        nodesByRequest.put(key, id);
        return id;
    }

    /** The settings in force, as attacks and analyses see them. */
    public RunSettings settings() {
        return state.settings.runSettings();
    }

    private void attacks(List<Expr.Call> calls, Map<String, Object> env, Object budget, Optional<dev.atk.syntax.Ident> into) {
        for (Expr.Call c : calls) {
            Object v = evaluator.eval(c, env, context);
            String label = label(c, env);
            if (!(v instanceof ComponentCall call)) {
                throw new EvalException(c.span(), "not an attack: " + Exprs.text(c));
            }
            var info = catalog.find(dev.atk.spi.ComponentKind.ATTACK, call.name()).orElseThrow();
            int profile = catalog.needsProfile(call) || needsProfile(budget) ? profileNode() : -1;
            int correlations = catalog.needsCorrelations(call)
                    ? analysisNode(new AnalysisArgs("correlations", null, null, LabelAttackRequest.UP)) : -1;
            int predict = predictNode();
            List<Budget> budgets = !info.usesBudget() ? List.<Budget>of(new Budget.Minimal())
                    : budget instanceof List<?> matched ? matched.stream().map(b -> budget(b, c)).toList()
                    : List.of(budget(budget, c));
            int id = add(new PlanNode.Attack(nextId++, c.span(), modelNode(), sampleNode(), predict, profile,
                    correlations, call, label, budgets, 0, settings(), into.map(dev.atk.syntax.Ident::name)));
            attackIds.add(id);
            into.ifPresent(name -> namedSets.computeIfAbsent(name.name(), k -> new ArrayList<>()).add(id));
            into.ifPresent(name -> state.resultSets.add(name.name()));
        }
    }

    /**
     * How tables name an attack: as written, but with loop variables and other bindings replaced by their values,
     * so {@code for q in [0.25, 0.75] ... run slam(q=q)} gives rows {@code slam(q=0.25)} and {@code slam(q=0.75)}.
     */
    private static String label(Expr.Call c, Map<String, Object> env) {
        StringBuilder b = new StringBuilder(c.calleeName().name()).append('(');
        for (int i = 0; i < c.args().size(); i++) {
            Expr.Arg a = c.args().get(i);
            b.append(i == 0 ? "" : ", ");
            a.name().ifPresent(n -> b.append(n.name()).append('='));
            if (a.value() instanceof Expr.Name n && env.containsKey(n.id().name())
                    && !(env.get(n.id().name()) instanceof dev.atk.spi.ScriptFunction)) { // a function reads as its name
                b.append(dev.atk.value.Values.show(env.get(n.id().name())));
            } else {
                b.append(Exprs.text(a.value()));
            }
        }
        return b.append(')').toString();
    }

    private static boolean needsProfile(Object budget) {
        return budget instanceof Budget.OfProfile || budget instanceof Deferred || budget instanceof Budget.Computed;
    }

    private void report(Stmt.ReportStmt r, Map<String, Object> env) {
        ReportTarget target = ReportTarget.of(r.what(), state.resultSets::contains);
        if (target instanceof ReportTarget.Value v) {
            Object value = value(v.expr(), state.env);
            String to = (String) evaluator.eval(r.to().orElseThrow(), state.env, context);
            add(new PlanNode.Chart(nextId++, r.span(), value, Exprs.text(v.expr()), needsOf(value), to));
            return;
        }
        Measure metric;
        Optional<String> set;
        if (target instanceof ReportTarget.Records records) {
            metric = records.metric();
            set = records.set();
        } else if (target instanceof ReportTarget.OwnMetric own) {
            metric = ownMetric(own, env); // a loop's function too: `for f in [a, b] { report metric(f) }`
            set = own.set();
        } else {
            throw new EvalException(r.what().span(), Messages.notReportable(null, null)); // the checker refuses these
        }
        List<Integer> inputs = set.map(s -> namedSets.getOrDefault(s, List.of())).orElse(attackIds);
        String to = r.to().map(e -> (String) evaluator.eval(e, state.env, context)).orElse(null);
        add(new PlanNode.Report(nextId++, r.span(), List.copyOf(inputs), metric, set,
                r.format().map(Stmt.Format::value).orElse(OutputFormat.DEFAULT), Optional.ofNullable(to),
                state.settings.reportImages(), state.settings.chartX()));
    }

    /** {@code metric(f)}'s function, evaluated without running it (the report node calls it, once per record). */
    private Measure ownMetric(ReportTarget.OwnMetric own, Map<String, Object> env) {
        Expr arg = own.function().orElseThrow(); // the checker asks for one
        Object f = evaluator.eval(arg, env, context);
        if (!(f instanceof ScriptFunction function)) {
            throw new EvalException(arg.span(), Messages.wrongType("a function", dev.atk.value.Values.typeName(f)));
        }
        return new CustomMetric(function, own.higherIsBetter());
    }

    private void print(Stmt.PrintStmt p, Map<String, Object> env) {
        Object v = value(p.value(), env);
        add(new PlanNode.Print(nextId++, p.span(), v, Exprs.text(p.value()), needsOf(v)));
    }

    /** The plan nodes a printed or charted value waits for: profiles and analyses it refers to. */
    private static List<Integer> needsOf(Object v) {
        List<Integer> needs = new ArrayList<>();
        if (v instanceof Deferred d && d.profileNode() > 0) {
            needs.add(d.profileNode());
        }
        if (v instanceof PendingProfile pp) {
            needs.add(pp.node());
        }
        if (v instanceof PendingAnalysis pc) {
            needs.add(pc.node());
        }
        if (v instanceof Deferred d) {
            d.analysisNodes().values().stream().filter(id -> !needs.contains(id)).forEach(needs::add);
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Deferred d && d.profileNode() > 0 && !needs.contains(d.profileNode())) {
                    needs.add(d.profileNode());
                }
                if (o instanceof Budget.OfProfile b && !needs.contains(b.profileNode())) {
                    needs.add(b.profileNode());
                }
            }
        }
        if (v instanceof Budget.OfProfile b) {
            needs.add(b.profileNode());
        }
        return needs;
    }
}
