package dev.atk.stdlib.objective;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/** The objective components a script can name ({@code objective=...}), and their calls turned into objectives. */
public final class ObjectiveCalls {
    public static final ComponentCall DEFAULT = ComponentCall.of("max_flip");

    private static final ParamInfo LABELS = new ParamInfo("labels", ParamType.LABELS, List.of(), null, null,
            List.of(), "label names (as the model's config spells them) or indices, e.g. [\"shirt\", 3]");

    public static final List<ComponentInfo> COMPONENTS = List.of(
            new ComponentInfo("max_flip", ComponentKind.OBJECTIVE,
                    "every label to the other side of the threshold (the default; §8.1's extreme case)", List.of(),
                    false, false),
            new ComponentInfo("hide", ComponentKind.OBJECTIVE,
                    "the named labels negative, the rest kept as predicted (§8.1's person_reduction)",
                    List.of(LABELS), false, false),
            new ComponentInfo("show", ComponentKind.OBJECTIVE,
                    "the named labels positive, the rest kept as predicted (§8.1's sheep_augmentation)",
                    List.of(LABELS), false, false),
            new ComponentInfo("flip", ComponentKind.OBJECTIVE,
                    "the named labels to the other side; keep=rest holds the others, keep=none leaves them free",
                    List.of(LABELS, ParamInfo.choice("keep", "rest", List.of("rest", "none"),
                            "rest: the other labels keep their clean prediction; none: they may go either way")),
                    false, false),
            new ComponentInfo("random_case", ComponentKind.OBJECTIVE,
                    "flip one random positive and one random negative label, keep the rest (§8.1; seeded per image)",
                    List.of(), false, false),
            new ComponentInfo("hide_single", ComponentKind.OBJECTIVE,
                    "hide one random positive label, keep the rest (§8.1; seeded per image)", List.of(), false,
                    false),
            new ComponentInfo("top_k", ComponentKind.OBJECTIVE,
                    "every ground-truth label out of the k highest confidences (§9's untargeted top-k success)",
                    List.of(ParamInfo.integer("k", 3, 1.0, 1000.0, "the top-k")), false, false),
            new ComponentInfo("show_many", ComponentKind.OBJECTIVE,
                    "every label positive; success = at least avgLabels + 2^n labels shown (§11)",
                    List.of(ParamInfo.integer("n", 0, -1.0, 7.0, "the scenario: avgLabels + 2^n labels; -1: all")),
                    false, false),
            new ComponentInfo("custom", ComponentKind.OBJECTIVE,
                    "your own goal: f(conf, truth, labels) returns per label 1 (push up), 0 (push down) or null (free)",
                    List.of(CustomObjective.FUNCTION), false, false));

    private ObjectiveCalls() {}

    /**
     * @param labelNames the model's labels, for resolving names
     * @param averageLabels the data set's mean ground-truth label count (only {@code show_many} asks for it)
     */
    public static Objective of(ComponentCall call, List<String> labelNames, DoubleSupplier averageLabels) {
        return switch (call.name()) {
            case "max_flip" -> MaxFlip.INSTANCE;
            case "hide" -> new NamedLabels(NamedLabels.Side.HIDE, labels(call, labelNames), true);
            case "show" -> new NamedLabels(NamedLabels.Side.SHOW, labels(call, labelNames), true);
            case "flip" -> new NamedLabels(NamedLabels.Side.FLIP, labels(call, labelNames),
                    !call.args().containsKey("keep") || "rest".equals(call.string("keep")));
            case "random_case" -> RandomCase.randomCase();
            case "hide_single" -> RandomCase.hideSingle();
            case "top_k" -> new TopK((int) (call.args().containsKey("k") ? call.integer("k") : 3));
            case "show_many" -> new ShowMany((int) (call.args().containsKey("n") ? call.integer("n") : 0),
                    averageLabels.getAsDouble());
            case "custom" -> new CustomObjective(CustomObjective.FUNCTION.functionIn(call), labelNames);
            default -> throw new AtkRuntimeException("unknown objective '" + call.name() + "' (known: "
                    + String.join(", ", COMPONENTS.stream().map(ComponentInfo::name).toList()) + ")");
        };
    }

    /** Names resolve against the model's labels, case-insensitively; numbers are indices. */
    static int[] labels(ComponentCall call, List<String> labelNames) {
        List<Object> given = call.list("labels");
        if (given.isEmpty()) {
            throw new AtkRuntimeException(call.name() + " needs labels=[...]: the label names or indices to "
                    + call.name());
        }
        List<Integer> out = new ArrayList<>();
        for (Object v : given) {
            int j;
            if (v instanceof Number n) {
                j = (int) Math.round(n.doubleValue());
                if (j < 0 || j >= labelNames.size() || j != n.doubleValue()) {
                    throw new AtkRuntimeException(call.name() + ": label index " + v + " is not in 0.."
                            + (labelNames.size() - 1));
                }
            } else {
                j = indexOf(String.valueOf(v), labelNames);
                if (j < 0) {
                    throw new AtkRuntimeException(call.name() + ": the model has no label '" + v + "' (labels: "
                            + String.join(", ", labelNames.subList(0, Math.min(12, labelNames.size())))
                            + (labelNames.size() > 12 ? ", ..." : "") + ")");
                }
            }
            if (!out.contains(j)) {
                out.add(j);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int indexOf(String name, List<String> labelNames) {
        for (int j = 0; j < labelNames.size(); j++) {
            if (labelNames.get(j).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return j;
            }
        }
        return -1;
    }
}
