package dev.atk.stdlib.attacks;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileResult;
import dev.atk.stdlib.attack.ClassicAttack;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.HingeLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import dev.atk.stdlib.loss.SlamRampLoss;
import java.util.function.DoubleFunction;

/**
 * An attack call resolved into kernel parts: the loss (as a function of ε, for SLAM's p), the momentum and the label
 * selection. The paper's methods are recipes of {@code mifgsm(loss=…, targets=…)} ({@link MiFgsmRecipes}); the classic
 * attacks are recipes of the same parts with their own step rule ({@link ClassicAttacks}).
 *
 * @param loss the loss call, e.g. {@code slam(q=0.5)}
 * @param mu momentum decay
 * @param targets the target selection call, e.g. {@code all()} or {@code class(gamma=0.5, …)}
 * @param classic for fgsm, fgm, bim and pgd: the recipe of MI-FGSM's parts they run ({@link ClassicAttack}); null for
 *     MI-FGSM itself
 */
record AttackSpec(ComponentCall loss, double mu, ComponentCall targets, ClassicAttack classic) {

    /** An MI-FGSM recipe: momentum {@code mu}, no classic step rule. */
    AttackSpec(ComponentCall loss, double mu, ComponentCall targets) {
        this(loss, mu, targets, null);
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
            case "bce", "linear", "hinge", "slam_ramp" -> false; // slam_ramp's share follows the step's radius, not ε
            case "slam" -> true;
            default -> throw unknownLoss();
        };
    }

    /** Whether the run needs the model's profile: SLAM's p, or a subset sized by CLASS's length. */
    boolean needsProfile() {
        return lossDependsOnBudget() || loss.name().equals("slam_ramp") || TargetWeights.needsProfile(targets);
    }

    /** Whether the run needs the label-correlation matrix: CLASS with γ > 0. */
    boolean needsCorrelations() {
        return TargetWeights.needsCorrelations(targets);
    }

    /** Fails early, with one line, for parts this stdlib does not implement or inputs that are missing. */
    void validate(ProfileResult profile) {
        lossDependsOnBudget();
        TargetWeights.needsProfile(targets);
        if ((loss.name().equals("slam") || loss.name().equals("slam_ramp")) && profile == null) {
            throw new AtkRuntimeException(loss.name() + " needs the model's profile (its p comes from E(eps)), but "
                    + "none was given");
        }
    }

    /** The loss at budget ε. */
    DoubleFunction<Loss> lossAt(ProfileResult profile) {
        return switch (loss.name()) {
            case "bce" -> eps -> BceLoss.INSTANCE;
            case "linear" -> eps -> LinearLoss.INSTANCE;
            case "slam" -> {
                double q = SharedParams.Q.numberIn(loss);
                yield eps -> new SlamLoss(q, profile.slamP(eps));
            }
            case "hinge" -> {
                HingeLoss hinge = new HingeLoss(SharedParams.MARGIN.numberIn(loss));
                yield eps -> hinge;
            }
            case "slam_ramp" -> {
                SlamRampLoss ramp = new SlamRampLoss(SharedParams.Q.numberIn(loss), profile);
                yield eps -> ramp;
            }
            default -> throw unknownLoss();
        };
    }

    private AtkRuntimeException unknownLoss() {
        return new AtkRuntimeException("loss '" + loss.name() + "' is not implemented by the DJL stdlib "
                + "(available: bce, linear, hinge, slam, slam_ramp)");
    }
}
