package dev.atk.plan;

import dev.atk.eval.Budget;
import dev.atk.report.Metric;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.RunSettings;
import dev.atk.syntax.Expr;
import dev.atk.syntax.OutputFormat;
import dev.atk.syntax.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * One node of the logical plan. Inputs are referenced by node id; {@link #digestText()} lists everything that
 * determines the node's output besides its inputs, so {@link Plan#digest} is a content address.
 */
public sealed interface PlanNode {

    int id();

    /** Ids of the nodes this one reads. */
    List<Integer> inputs();

    /** One line for explain, without the id. */
    String describe();

    /** The node's own parameters in a canonical form, for its digest. */
    String digestText();

    /** Where in the script this node comes from (for runtime errors). */
    SourceSpan span();

    record LoadModel(int id, SourceSpan span, ModelRef ref) implements PlanNode {
        public List<Integer> inputs() {
            return List.of();
        }

        public String describe() {
            return "LoadModel " + (ref.isPath() ? "\"" + ref.ref() + "\"" : ref.ref());
        }

        public String digestText() {
            return "model:" + ref.ref() + ":" + ref.isPath();
        }
    }

    record LoadData(int id, SourceSpan span, DataRef ref) implements PlanNode {
        public List<Integer> inputs() {
            return List.of();
        }

        public String describe() {
            return "LoadData " + ref.name() + (ref.dir() == null ? "" : " at \"" + ref.dir() + "\"") + " split " + ref.split();
        }

        public String digestText() {
            return "data:" + ref.name() + ":" + ref.dir() + ":" + ref.split();
        }
    }

    /** A seeded sample of a data split (n = 0: every item), after an optional {@code where} filter. */
    record Sample(int id, SourceSpan span, int data, int n, long seed, Optional<Expr> where, String whereText) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(data);
        }

        public String describe() {
            return "Sample #" + data + (n == 0 ? " all" : " n=" + n) + " seed=" + seed + (where.isPresent() ? " where " + whereText : "");
        }

        public String digestText() {
            return "sample:" + n + ":" + seed + ":" + whereText;
        }
    }

    /** The clean forward pass: confidences, predictions and the max-flip targets of every sampled image. */
    record Predict(int id, SourceSpan span, int model, int sample, double threshold) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, sample);
        }

        public String describe() {
            return "Predict model=#" + model + " images=#" + sample + " threshold=" + threshold;
        }

        public String digestText() {
            return "predict:" + threshold;
        }
    }

    /** The model's flips-vs-budget profile on the probe images (ALGORITHMS.md §4); cached on disk by digest. */
    record Profile(int id, SourceSpan span, int model, int probe, ProfileRequest request, RunSettings settings) implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, probe);
        }

        public String describe() {
            return "Profile model=#" + model + " probe=#" + probe + " interval=" + request.interval() + " stop<"
                    + request.stopRatio() + " degree=" + request.degree() + " combine=" + request.combine() + " norm=" + settings.norm();
        }

        public String digestText() {
            return "profile:" + request + ":" + settings.digestText();
        }
    }

    /**
     * A label-correlation matrix (ALGORITHMS.md §5, Algorithm 1): every label attacked alone on the images of
     * {@code sample} (flip-up: the first {@code request.samples()} of the seeded order; flip-down: per label, the first
     * that many whose ground truth contains it). Cached on disk by digest: it costs C·n attacks.
     */
    record Correlations(int id, SourceSpan span, int model, int sample, LabelAttackRequest request, RunSettings settings)
            implements PlanNode {
        public List<Integer> inputs() {
            return List.of(model, sample);
        }

        public String describe() {
            return "Correlations model=#" + model + " images=#" + sample + " flip-" + request.direction() + " eps="
                    + dev.atk.eval.Values.format(request.eps()) + " samples=" + request.samples() + " norm=" + settings.norm();
        }

        public String digestText() {
            return "correlations:" + request + ":" + settings.digestText();
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

        public String describe() {
            return "Attackability model=#" + model + " images=#" + sample + " flip-" + request.direction() + " eps="
                    + dev.atk.eval.Values.format(request.eps()) + " samples=" + request.samples() + " norm=" + settings.norm();
        }

        public String digestText() {
            return "attackability:" + request + ":" + settings.digestText();
        }
    }

    /**
     * An attack over a sample at one or more budgets. {@code fused}: one trajectory with a checkpoint per budget
     * (only for attacks whose trajectory does not depend on ε); otherwise one run per budget, images batched.
     * {@code profile} and {@code correlations} are -1 when the attack needs none.
     */
    record Attack(int id, SourceSpan span, int model, int sample, int predict, int profile, int correlations,
                  ComponentCall call, String label, List<Budget> budgets, boolean fused, RunSettings settings,
                  Optional<String> into) implements PlanNode {
        public List<Integer> inputs() {
            List<Integer> in = new java.util.ArrayList<>(List.of(model, sample, predict));
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

        public String describe() {
            String eps = budgets.size() == 1 ? "eps=" + budgets.get(0).label()
                    : "eps∈{" + String.join(", ", budgets.stream().map(Budget::label).toList()) + "}";
            String mode = budgets.size() == 1 ? "" : fused ? " as 1 trajectory with " + budgets.size() + " checkpoints"
                    : " as " + budgets.size() + " runs";
            return "Attack " + call.canonical() + " " + eps + mode + " norm=" + settings.norm()
                    + (profile < 0 ? "" : " profile=#" + profile)
                    + (correlations < 0 ? "" : " correlations=#" + correlations) + into.map(n -> " into " + n).orElse("");
        }

        /** Budgets are not part of the digest: a record's key adds its own budget, so sweeps can grow and resume. */
        public String digestText() {
            return "attack:" + call.canonical() + ":" + settings.digestText() + ":" + settings.seed();
        }
    }

    /**
     * {@code report}: renders the records of the script so far (or of one {@code into} set). {@code images} is how
     * many example images {@code as images} shows ({@code set report_images}); {@code chartX} what a chart's x axis
     * is: {@code budget}, or an attack argument such as {@code n} ({@code set chart_x}).
     */
    record Report(int id, SourceSpan span, List<Integer> attacks, Metric metric, Optional<String> set, OutputFormat format,
                  Optional<String> to, int images, String chartX) implements PlanNode {
        public List<Integer> inputs() {
            return attacks;
        }

        public String describe() {
            return "Report " + metric.keyword() + set.map(s -> " of " + s).orElse("") + " as " + format.keyword() + to.map(t -> " to \"" + t + "\"").orElse("");
        }

        public String digestText() {
            return "report:" + metric + ":" + set + ":" + format.keyword() + ":" + to
                    + (format == OutputFormat.IMAGES ? ":" + images : "")
                    + (format == OutputFormat.CHART && !chartX.equals("budget") ? ":x=" + chartX : "");
        }
    }

    /**
     * {@code report VALUE as chart to "file.png"} for a profile, correlation matrix or attackability: the value is
     * resolved at run time (after the nodes it {@code needs}) and drawn.
     */
    record Chart(int id, SourceSpan span, Object value, String text, List<Integer> needs, String to) implements PlanNode {
        public List<Integer> inputs() {
            return needs;
        }

        public String describe() {
            return "Chart " + text + " to \"" + to + "\"";
        }

        public String digestText() {
            return "chart:" + text + ":" + to;
        }
    }

    /** {@code print}: a value, resolved at run time if it needs a profile. */
    record Print(int id, SourceSpan span, Object value, String text, List<Integer> needs) implements PlanNode {
        public List<Integer> inputs() {
            return needs;
        }

        public String describe() {
            return "Print " + text;
        }

        public String digestText() {
            return "print:" + text;
        }
    }
}
