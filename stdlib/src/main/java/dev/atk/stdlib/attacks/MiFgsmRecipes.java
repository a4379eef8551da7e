package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * MI-FGSM (ALGORITHMS.md §2) and the paper's methods as its recipes: {@code bce()}, {@code linear()}, {@code slam(q)},
 * {@code class(gamma, …)} = BCE on a CLASS subset (§6), {@code random_subset()} = BCE on a random subset of CLASS's
 * length, {@code closest(n)} = BCE on the n labels nearest the threshold (§6.4), {@code subset(priority, n)} = BCE on
 * the n labels a script's own function ranks highest.
 */
public final class MiFgsmRecipes extends GradientAttackProvider {
    private static final ParamInfo MU = ParamInfo.number("mu", 1.0, 0.0, null, "momentum decay");
    private static final ComponentCall BCE = ComponentCall.of("bce");
    private static final ComponentCall ALL = ComponentCall.of("all");

    /** Each recipe's registration and the parts it stands for, in the order {@code atk attacks} lists them. */
    private final Map<String, Recipe> recipes = new LinkedHashMap<>();

    private record Recipe(ComponentInfo info, Function<ComponentCall, AttackSpec> spec) {}

    public MiFgsmRecipes() {
        recipe("mifgsm", "MI-FGSM (ALGORITHMS.md §2): momentum, per-image normalised gradient, sign steps of alpha "
                        + "(L2: plain steps), clamped once at the end",
                List.of(SharedParams.LOSS, SharedParams.TARGETS, MU, SharedParams.OBJECTIVE), false,
                c -> new AttackSpec(SharedParams.LOSS.componentIn(c), MU.numberIn(c), SharedParams.TARGETS.componentIn(c)));
        recipe("bce", "MI-FGSM with BCE on all labels: the naive baseline", List.of(), false,
                c -> new AttackSpec(BCE, 1.0, ALL));
        recipe("linear", "MI-FGSM with the linear (greedy) loss", List.of(), false,
                c -> new AttackSpec(ComponentCall.of("linear"), 1.0, ALL));
        recipe("hinge", "MI-FGSM with the hinge loss: linear until a label is margin past the threshold, then no push, "
                        + "so the step serves the labels still to flip", List.of(SharedParams.MARGIN), false,
                c -> new AttackSpec(part("hinge", c, List.of(SharedParams.MARGIN)), 1.0, ALL));
        recipe("slam", "MI-FGSM with SLAM: (1−qp)·linear + qp·BCE, p from the model's profile",
                List.of(SharedParams.Q), true,
                c -> new AttackSpec(part("slam", c, List.of(SharedParams.Q)), 1.0, ALL));
        recipe("slam_ramp", "MI-FGSM with SLAM's mix along one trajectory: the step out to radius r uses "
                        + "(1−qp)·linear + qp·BCE with p = E(r)/C, greedy first, patient later; one trajectory serves "
                        + "every budget", List.of(SharedParams.Q), true,
                c -> new AttackSpec(part("slam_ramp", c, List.of(SharedParams.Q)), 1.0, ALL));
        recipe("class", "CLASS (§6): MI-FGSM with BCE on the subset CLASS selects, int(ratio·E(eps)) labels chosen by "
                        + "closeness to the threshold and label correlations", SharedParams.CLASS,
                List.of(SharedParams.CLASS_TREE), true,
                c -> new AttackSpec(BCE, 1.0, part("class", c, SharedParams.CLASS)));
        recipe("random_subset", "MI-FGSM with BCE on random labels, as many as CLASS would take (§6.4)",
                List.of(SharedParams.RATIO), true,
                c -> new AttackSpec(BCE, 1.0, new ComponentCall("random", Map.of(
                        "n", -1L, "ratio", SharedParams.RATIO.numberIn(c)))));
        recipe("closest", "MI-FGSM with BCE on the n labels nearest the threshold (§6.4, Fig. 7)",
                List.of(SharedParams.N, SharedParams.RATIO), false,
                c -> new AttackSpec(BCE, 1.0, part("closest", c, List.of(SharedParams.N, SharedParams.RATIO))));
        recipe("subset", "MI-FGSM with BCE on the n labels your priority function ranks highest (n = -1: CLASS's "
                        + "length at each budget)", SharedParams.SUBSET, false,
                c -> new AttackSpec(BCE, 1.0, part("subset", c, SharedParams.SUBSET)));
    }

    private void recipe(String name, String doc, List<ParamInfo> params, boolean needsProfile,
                        Function<ComponentCall, AttackSpec> spec) {
        recipe(name, doc, params, List.of(), needsProfile, spec);
    }

    private void recipe(String name, String doc, List<ParamInfo> params, List<ParamRule> rules, boolean needsProfile,
                        Function<ComponentCall, AttackSpec> spec) {
        recipes.put(name, new Recipe(new ComponentInfo(name, ComponentKind.ATTACK, doc, params, needsProfile, true,
                rules), spec));
    }

    /** The loss or selection {@code name} with the recipe's own values of {@code params}. */
    private static ComponentCall part(String name, ComponentCall recipe, List<ParamInfo> params) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (ParamInfo p : params) {
            args.put(p.name(), switch (p.type()) {
                case NUMBER -> p.numberIn(recipe);
                case INTEGER -> (long) p.integerIn(recipe);
                case BOOLEAN -> p.boolIn(recipe);
                case FUNCTION -> p.functionIn(recipe);
                default -> throw new IllegalStateException(p.name() + " is " + p.type());
            });
        }
        return new ComponentCall(name, args);
    }

    @Override
    public List<ComponentInfo> attacks() {
        return recipes.values().stream().map(Recipe::info).toList();
    }

    @Override
    AttackSpec spec(ComponentCall call) {
        Recipe r = recipes.get(call.name());
        if (r == null) {
            throw new IllegalStateException(call.name() + " is not an MI-FGSM recipe");
        }
        return checked(call, r.spec());
    }
}
