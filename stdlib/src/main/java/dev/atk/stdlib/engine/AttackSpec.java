package dev.atk.stdlib.engine;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileResult;
import dev.atk.stdlib.attack.ClassicAttack;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * An attack call resolved into kernel parts: the loss (as a function of ε, for SLAM's p), the momentum and the label
 * selection. The paper's methods are recipes of {@code mifgsm(loss=…, targets=…)}: {@code bce()}, {@code linear()},
 * {@code slam(q)}, {@code class(gamma, …)} = BCE on a CLASS subset, {@code random_subset()} = BCE on a random subset
 * of CLASS's length, {@code closest(n)} = BCE on the n labels nearest the threshold.
 *
 * @param loss the loss call, e.g. {@code slam(q=0.5)}
 * @param mu momentum decay
 * @param targets the target selection call, e.g. {@code all()} or {@code class(gamma=0.5, …)}
 * @param classic for fgsm, fgm, bim and pgd: the recipe of MI-FGSM's parts they run ({@link ClassicAttack}); null for
 *     MI-FGSM itself
 */
record AttackSpec(ComponentCall loss, double mu, ComponentCall targets, ClassicAttack classic) {
    static final double DEFAULT_RATIO = 1.66;
    static final long DEFAULT_STEPS = 10;
    static final double DEFAULT_STEP_RATIO = 2.5;

    AttackSpec(ComponentCall loss, double mu, ComponentCall targets) {
        this(loss, mu, targets, null);
    }

    static AttackSpec of(ComponentCall call) {
        ComponentCall bce = ComponentCall.of("bce");
        ComponentCall all = ComponentCall.of("all");
        return switch (call.name()) {
            case "bce" -> new AttackSpec(bce, 1.0, all);
            case "linear" -> new AttackSpec(ComponentCall.of("linear"), 1.0, all);
            case "slam" -> new AttackSpec(new ComponentCall("slam", Map.of("q", arg(call, "q", 0.5))), 1.0, all);
            case "class" -> new AttackSpec(bce, 1.0, new ComponentCall("class", Map.of(
                    "gamma", arg(call, "gamma", 0.0), "branches", arg(call, "branches", 4L),
                    "depth", arg(call, "depth", 4L), "ratio", arg(call, "ratio", DEFAULT_RATIO),
                    "normalize_z", arg(call, "normalize_z", false))));
            case "random_subset" -> new AttackSpec(bce, 1.0, new ComponentCall("random", Map.of(
                    "n", -1L, "ratio", arg(call, "ratio", DEFAULT_RATIO))));
            case "closest" -> new AttackSpec(bce, 1.0, new ComponentCall("closest", Map.of(
                    "n", arg(call, "n", -1L), "ratio", arg(call, "ratio", DEFAULT_RATIO))));
            case "mifgsm" -> new AttackSpec(
                    call.args().containsKey("loss") ? call.component("loss") : bce,
                    call.args().containsKey("mu") ? call.number("mu") : 1.0,
                    call.args().containsKey("targets") ? call.component("targets") : all);
            case "fgsm", "fgm", "bim", "pgd" -> new AttackSpec(
                    call.args().containsKey("loss") ? call.component("loss") : bce, 0.0,
                    call.args().containsKey("targets") ? call.component("targets") : all,
                    new ClassicAttack(ClassicAttack.Kind.valueOf(call.name().toUpperCase(java.util.Locale.ROOT)),
                            (int) (call.args().containsKey("steps") ? call.integer("steps") : DEFAULT_STEPS),
                            call.args().containsKey("step_ratio") ? call.number("step_ratio") : DEFAULT_STEP_RATIO,
                            !call.args().containsKey("random_start") || call.bool("random_start")));
            default -> throw new AtkRuntimeException("attack '" + call.name() + "' is not implemented by the DJL "
                    + "stdlib (available: mifgsm, bce, linear, slam, class, random_subset, closest, fgsm, fgm, bim, "
                    + "pgd)");
        };
    }

    private static Object arg(ComponentCall call, String key, Object fallback) {
        return call.args().getOrDefault(key, fallback);
    }

    /**
     * Whether a run depends on ε beyond its iteration count; if not, a budget sweep is one trajectory. The classic
     * attacks always do: their step size and projection are ε's.
     */
    boolean dependsOnBudget() {
        return classic != null || lossDependsOnBudget() || TargetWeights.dependsOnBudget(targets);
    }

    private boolean lossDependsOnBudget() {
        return switch (loss.name()) {
            case "bce", "linear" -> false;
            case "slam" -> true;
            default -> throw unknownLoss();
        };
    }

    /** Whether the run needs the model's profile: SLAM's p, or a subset sized by CLASS's length. */
    boolean needsProfile() {
        return lossDependsOnBudget() || TargetWeights.needsProfile(targets);
    }

    /** Whether the run needs the label-correlation matrix: CLASS with γ > 0. */
    boolean needsCorrelations() {
        return TargetWeights.needsCorrelations(targets);
    }

    /** Fails early, with one line, for parts this stdlib does not implement or inputs that are missing. */
    void validate(ProfileResult profile) {
        lossDependsOnBudget();
        TargetWeights.needsProfile(targets);
        if (loss.name().equals("slam") && profile == null) {
            throw new AtkRuntimeException("slam needs the model's profile (its p comes from E(eps)), but none was "
                    + "given");
        }
    }

    /** The loss at budget ε. */
    DoubleFunction<Loss> lossAt(ProfileResult profile) {
        return switch (loss.name()) {
            case "bce" -> eps -> BceLoss.INSTANCE;
            case "linear" -> eps -> LinearLoss.INSTANCE;
            case "slam" -> {
                double q = loss.args().containsKey("q") ? loss.number("q") : 0.5;
                yield eps -> new SlamLoss(q, profile.slamP(eps));
            }
            default -> throw unknownLoss();
        };
    }

    private AtkRuntimeException unknownLoss() {
        return new AtkRuntimeException("loss '" + loss.name() + "' is not implemented by the DJL stdlib "
                + "(available: bce, linear, slam)");
    }
}
