package dev.atk.stdlib.engine;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileResult;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import dev.atk.stdlib.loss.Loss;
import dev.atk.stdlib.loss.SlamLoss;
import java.util.function.DoubleFunction;

/**
 * An attack call resolved into kernel parts: the loss (as a function of ε, for SLAM's p), the momentum and the label
 * selection. {@code bce()}, {@code linear()} and {@code slam(q)} are recipes of {@code mifgsm(loss=…)}.
 *
 * @param loss the loss call, e.g. {@code slam(q=0.5)}
 * @param mu momentum decay
 * @param targets the target selection call ({@code all()} is the only one implemented here)
 */
record AttackSpec(ComponentCall loss, double mu, ComponentCall targets) {

    static AttackSpec of(ComponentCall call) {
        return switch (call.name()) {
            case "bce" -> new AttackSpec(ComponentCall.of("bce"), 1.0, ComponentCall.of("all"));
            case "linear" -> new AttackSpec(ComponentCall.of("linear"), 1.0, ComponentCall.of("all"));
            case "slam" -> new AttackSpec(new ComponentCall("slam", java.util.Map.of("q", q(call))), 1.0,
                    ComponentCall.of("all"));
            case "mifgsm" -> new AttackSpec(
                    call.args().containsKey("loss") ? call.component("loss") : ComponentCall.of("bce"),
                    call.args().containsKey("mu") ? call.number("mu") : 1.0,
                    call.args().containsKey("targets") ? call.component("targets") : ComponentCall.of("all"));
            default -> throw new AtkRuntimeException("attack '" + call.name() + "' is not implemented by the DJL "
                    + "stdlib (available: mifgsm, bce, linear, slam)");
        };
    }

    private static double q(ComponentCall call) {
        return call.args().containsKey("q") ? call.number("q") : 0.5;
    }

    /** Whether the loss depends on ε; if not, a budget sweep is one trajectory with checkpoints. */
    boolean dependsOnBudget() {
        return switch (loss.name()) {
            case "bce", "linear" -> false;
            case "slam" -> true;
            default -> throw unknownLoss();
        };
    }

    /** Fails early, with one line, for parts this stdlib does not implement. */
    void validate(ProfileResult profile) {
        dependsOnBudget();
        if (!targets.name().equals("all")) {
            throw new AtkRuntimeException("target selection '" + targets.name() + "' is not implemented by the DJL "
                    + "stdlib (available: all)");
        }
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
                double q = q(loss);
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
