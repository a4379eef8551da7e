package dev.atk.plan;

import dev.atk.value.Budget;
import dev.atk.value.Values;
import dev.atk.metric.Measure;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataRef;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.RunSettings;
import dev.atk.syntax.Expr;
import dev.atk.source.SourceSpan;
import dev.atk.syntax.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * One node of the logical plan. Inputs are referenced by node id. Each node describes itself once
 * ({@link #description()}): explain and the digest are two renderings of it, so {@link Plan#digest} is a content
 * address. Each node rewrites its own inputs ({@link #withInputs}) when a rule merges nodes, and every stage that
 * handles nodes does so through a {@link Visitor}, so a new kind of node does not compile until each stage says what
 * it does with it.
 */
public sealed interface PlanNode {

    int id();

    /** Ids of the nodes this one reads. */
    List<Integer> inputs();

    /** Where in the script this node comes from (for runtime errors). */
    SourceSpan span();

    /** What the node computes, for explain and for its digest. */
    NodeDescription description();

    /** This node reading {@code to.applyAsInt(id)} instead of each input id (values that carry ids included). */
    PlanNode withInputs(IntUnaryOperator to);

    <R> R accept(Visitor<R> visitor);

    /** One line for explain, without the id. */
    default String describe() {
        return description().explain();
    }

    /** The node's own parameters in a canonical form, for its digest. */
    default String digestText() {
        return description().digest();
    }

    /** Whether the node shows or writes something (never merged with an equal one: each happens where written). */
    default boolean isEffect() {
        return false;
    }

    /** Whether the node's value is cached on disk by its content key (the expensive analyses). */
    default boolean isCachedOnDisk() {
        return false;
    }

    /** Whether running the node needs the tensor engine (a print or a report of logged records does not). */
    default boolean needsEngine() {
        return true;
    }

    /** One method per kind of node: a stage that handles plan nodes implements all of them. */
    interface Visitor<R> {
        R loadModel(LoadModel n);

        R loadData(LoadData n);

        R sample(Sample n);

        R predict(Predict n);

        R profile(Profile n);

        R correlations(Correlations n);

        R attackability(Attackability n);

        R attack(Attack n);

        R report(Report n);

        R chart(Chart n);

        R print(Print n);
    }

    record LoadModel(int id, SourceSpan span, ModelRef ref) implements PlanNode {
        public List<Integer> inputs() {
            return List.of();
        }

        public NodeDescription description() {
            return new NodeDescription("LoadModel", "model").term(ref.isPath() ? "\"" + ref.ref() + "\"" : ref.ref(),
                    ref.ref()).digestOnly(ref.isPath());
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return this;
        }

        public <R> R accept(Visitor<R> v) {
            return v.loadModel(this);
        }
    }

    record LoadData(int id, SourceSpan span, DataRef ref) implements PlanNode {
        public List<Integer> inputs() {
            return List.of();
        }

        public NodeDescription description() {
            return new NodeDescription("LoadData", "data").term(ref.name(), ref.name())
                    .term(ref.dir() == null ? "" : "at \"" + ref.dir() + "\"", ref.dir())
                    .term("split " + ref.split(), ref.split());
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return this;
        }

        public <R> R accept(Visitor<R> v) {
            return v.loadData(this);
        }
    }

    /**
     * A seeded sample of a data split (n = 0: every item), after an optional {@code where} filter and without the
     * items of an excluded sample ({@code excluding sample N seed K}).
     */
    record Sample(int id, SourceSpan span, int data, int n, long seed, Optional<Expr> where, String whereText,
                  Optional<SampleExclusion> excluding) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(data);
        }

        public NodeDescription description() {
            NodeDescription d = new NodeDescription("Sample", "sample").input(null, data)
                    .term(n == 0 ? "all" : "n=" + n, n).param("seed", seed)
                    .term(where.isPresent() ? "where " + whereText : "", whereText);
            // only when present, so every sample without one keeps its digest (and its profile's cache key)
            return excluding.map(e -> d.term(e.text(), e.text())).orElse(d);
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Sample(id, span, to.applyAsInt(data), n, seed, where, whereText, excluding);
        }

        public <R> R accept(Visitor<R> v) {
            return v.sample(this);
        }
    }

    /** The clean forward pass: confidences, predictions and the max-flip targets of every sampled image. */
    record Predict(int id, SourceSpan span, int model, int sample, double threshold) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, sample);
        }

        public NodeDescription description() {
            return new NodeDescription("Predict", "predict").input("model", model).input("images", sample)
                    .param("threshold", threshold);
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Predict(id, span, to.applyAsInt(model), to.applyAsInt(sample), threshold);
        }

        public <R> R accept(Visitor<R> v) {
            return v.predict(this);
        }
    }

    /** The model's flips-vs-budget profile on the probe images (ALGORITHMS.md §4); cached on disk by digest. */
    record Profile(int id, SourceSpan span, int model, int probe, ProfileRequest request, RunSettings settings)
            implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, probe);
        }

        public NodeDescription description() {
            return new NodeDescription("Profile", "profile").input("model", model).input("probe", probe)
                    .explainOnly("interval=" + request.interval()).explainOnly("stop<" + request.stopRatio())
                    .explainOnly("degree=" + request.degree()).explainOnly("combine=" + request.combine())
                    .explainOnly("norm=" + settings.norm()).digestOnly(request).digestOnly(settings.digestText());
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Profile(id, span, to.applyAsInt(model), to.applyAsInt(probe), request, settings);
        }

        public <R> R accept(Visitor<R> v) {
            return v.profile(this);
        }

        public boolean isCachedOnDisk() {
            return true;
        }
    }

    /**
     * A label-correlation matrix (ALGORITHMS.md §5, Algorithm 1): every label attacked alone on the images of
     * {@code sample} (flip-up: the first {@code request.samples()} of the seeded order; flip-down: per label, the first
     * that many whose ground truth contains it). Cached on disk by digest: it costs C·n attacks.
     */
    record Correlations(int id, SourceSpan span, int model, int sample, LabelAttackRequest request,
                        RunSettings settings) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, sample);
        }

        public NodeDescription description() {
            return labelAttacks("Correlations", "correlations", model, sample, request, settings);
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Correlations(id, span, to.applyAsInt(model), to.applyAsInt(sample), request, settings);
        }

        public <R> R accept(Visitor<R> v) {
            return v.correlations(this);
        }

        public boolean isCachedOnDisk() {
            return true;
        }
    }

    /**
     * Label attackability (ALGORITHMS.md §7.6): each label attacked alone on its candidate images from {@code sample}
     * (the seeded order; ground truth positive for flip-down, negative for flip-up, correctly predicted, at most
     * {@code request.samples()}). Cached on disk by digest.
     */
    record Attackability(int id, SourceSpan span, int model, int sample, LabelAttackRequest request,
                         RunSettings settings) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, sample);
        }

        public NodeDescription description() {
            return labelAttacks("Attackability", "attackability", model, sample, request, settings);
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Attackability(id, span, to.applyAsInt(model), to.applyAsInt(sample), request, settings);
        }

        public <R> R accept(Visitor<R> v) {
            return v.attackability(this);
        }

        public boolean isCachedOnDisk() {
            return true;
        }
    }

    /** The one-label attacks of an analysis (correlations, attackability) on a model and a sample. */
    private static NodeDescription labelAttacks(String kind, String digestKind, int model, int sample,
                                                LabelAttackRequest request, RunSettings settings) {
        return new NodeDescription(kind, digestKind).input("model", model).input("images", sample)
                .explainOnly("flip-" + request.direction()).explainOnly("eps=" + Values.format(request.eps()))
                .explainOnly("samples=" + request.samples()).explainOnly("norm=" + settings.norm())
                .digestOnly(request).digestOnly(settings.digestText());
    }

    /**
     * An attack over a sample at one or more budgets. {@code fusedTrajectories} &gt; 0: the sweep is fused, that many
     * trajectories per image (one for a single attack) with a checkpoint per budget, only for attacks whose
     * trajectories do not depend on ε; 0: one run per budget, images batched.
     * {@code profile} and {@code correlations} are -1 when the attack needs none. Budgets are not part of the digest:
     * a record's key adds its own budget, so sweeps can grow and resume.
     */
    record Attack(int id, SourceSpan span, int model, int sample, int predict, int profile, int correlations,
                  ComponentCall call, String label, List<Budget> budgets, int fusedTrajectories,
                  RunSettings settings, Optional<String> into) implements PlanNode {
        /** Whether the budgets are checkpoints along shared trajectories rather than separate runs. */
        public boolean fused() {
            return fusedTrajectories > 0;
        }

        public List<Integer> inputs() {
            List<Integer> in = new ArrayList<>(List.of(model, sample, predict));
            if (profile >= 0) {
                in.add(profile);
            }
            if (correlations >= 0) {
                in.add(correlations);
            }
            for (Budget b : budgets) {
                if (b instanceof Budget.Matched m) {
                    in.add(m.source()); // its records give each image's budget
                }
            }
            return List.copyOf(in);
        }

        public NodeDescription description() {
            String eps = budgets.size() == 1 ? "eps=" + budgets.get(0).label()
                    : "eps∈{" + String.join(", ", budgets.stream().map(Budget::label).toList()) + "}";
            String mode = budgets.size() == 1 ? "" : !fused() ? " as " + budgets.size() + " runs"
                    : " as " + fusedTrajectories + (fusedTrajectories == 1 ? " trajectory" : " trajectories")
                    + " with " + budgets.size() + " checkpoints";
            NodeDescription d = new NodeDescription("Attack", "attack").term(call.canonical(), call.canonical())
                    .explainOnly(eps + mode).explainOnly("norm=" + settings.norm());
            if (profile >= 0) {
                d.input("profile", profile);
            }
            if (correlations >= 0) {
                d.input("correlations", correlations);
            }
            into.ifPresent(n -> d.explainOnly("into " + n));
            return d.digestOnly(settings.digestText()).digestOnly(settings.seed());
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Attack(id, span, to.applyAsInt(model), to.applyAsInt(sample), to.applyAsInt(predict),
                    profile < 0 ? -1 : to.applyAsInt(profile), correlations < 0 ? -1 : to.applyAsInt(correlations),
                    call, label, budgets.stream().map(b -> PlannedValues.rewireBudget(b, to)).toList(),
                    fusedTrajectories, settings, into);
        }

        public <R> R accept(Visitor<R> v) {
            return v.attack(this);
        }

        /** This attack at other budgets, fused into {@code trajectories} per image (0: one run per budget). */
        public Attack withBudgets(List<Budget> newBudgets, int trajectories) {
            return new Attack(id, span, model, sample, predict, profile, correlations, call, label, newBudgets,
                    trajectories, settings, into);
        }
    }

    /**
     * {@code report}: renders the records of the script so far (or of one {@code into} set), summarised by a built-in
     * metric or the script's own ({@code metric(f)}, whose function runs when the node does). {@code images} is how
     * many example images {@code as images} shows ({@code set report_images}); {@code chartX} what a chart's x axis
     * is: {@code budget}, or an attack argument such as {@code n} ({@code set chart_x}).
     */
    record Report(int id, SourceSpan span, List<Integer> attacks, Measure metric, Optional<String> set,
                  OutputFormat format, Optional<String> to, int images, String chartX) implements PlanNode {
        public List<Integer> inputs() {
            return attacks;
        }

        public NodeDescription description() {
            NodeDescription d = new NodeDescription("Report", "report").term(metric.written(), metric.canonical())
                    .term(set.map(s -> "of " + s).orElse(""), set).term("as " + format.keyword(), format.keyword())
                    .term(to.map(t -> "to \"" + t + "\"").orElse(""), to);
            if (format == OutputFormat.IMAGES) {
                d.digestOnly(images);
            }
            if (format == OutputFormat.CHART && !chartX.equals("budget")) {
                d.digestOnly("x=" + chartX);
            }
            return d;
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Report(id, span, PlannedValues.distinct(attacks, to), metric, set, format, this.to, images,
                    chartX);
        }

        public <R> R accept(Visitor<R> v) {
            return v.report(this);
        }

        public boolean isEffect() {
            return true;
        }

        public boolean needsEngine() {
            return false;
        }
    }

    /**
     * {@code report VALUE as chart to "file.png"} for a profile, correlation matrix or attackability: the value is
     * resolved at run time (after the nodes it {@code needs}) and drawn.
     */
    record Chart(int id, SourceSpan span, Object value, String text, List<Integer> needs, String to)
            implements PlanNode {
        public List<Integer> inputs() {
            return needs;
        }

        public NodeDescription description() {
            return new NodeDescription("Chart", "chart").term(text, text).term("to \"" + to + "\"", to);
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Chart(id, span, PlannedValues.rewire(value, to), text, PlannedValues.distinct(needs, to),
                    this.to);
        }

        public <R> R accept(Visitor<R> v) {
            return v.chart(this);
        }

        public boolean isEffect() {
            return true;
        }
    }

    /** {@code print}: a value, resolved at run time if it needs a profile. */
    record Print(int id, SourceSpan span, Object value, String text, List<Integer> needs) implements PlanNode {
        public List<Integer> inputs() {
            return needs;
        }

        public NodeDescription description() {
            return new NodeDescription("Print", "print").term(text, text);
        }

        public PlanNode withInputs(IntUnaryOperator to) {
            return new Print(id, span, PlannedValues.rewire(value, to), text, PlannedValues.distinct(needs, to));
        }

        public <R> R accept(Visitor<R> v) {
            return v.print(this);
        }

        public boolean isEffect() {
            return true;
        }

        public boolean needsEngine() {
            return false;
        }
    }
}
