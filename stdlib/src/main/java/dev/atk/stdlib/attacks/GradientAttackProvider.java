package dev.atk.stdlib.attacks;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import java.util.List;
import java.util.function.Consumer;

/**
 * A family of budgeted gradient attacks that are recipes of MI-FGSM's parts (loss × label weights × step rule ×
 * projection): each call resolves to an {@link AttackSpec}, and what a run needs, how many steps it plans and how it
 * runs follow from the spec.
 */
abstract class GradientAttackProvider implements AttackProvider {

    /** The kernel parts {@code call} stands for. */
    abstract AttackSpec spec(ComponentCall call);

    @Override
    public boolean needsProfile(ComponentCall call) {
        return spec(call).needsProfile();
    }

    @Override
    public boolean needsCorrelations(ComponentCall call) {
        return spec(call).needsCorrelations();
    }

    @Override
    public boolean trajectoryIndependentOfBudget(ComponentCall call, RunSettings settings) {
        return !spec(call).dependsOnBudget();
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        return steps(spec(call), budgets, settings);
    }

    /** Image-iterations one image of {@code spec} takes over {@code budgets}: one trajectory, or one per budget. */
    static long steps(AttackSpec spec, double[] budgets, RunSettings settings) {
        if (spec.classic() != null) {
            return (long) spec.classic().stepsPerBudget() * budgets.length;
        }
        MiFgsmConfig cfg = GradientAttackLoop.kernelConfig(settings, spec.mu(), 0, 1);
        return spec.dependsOnBudget() ? MiFgsm.perBudgetSteps(cfg, budgets) : MiFgsm.sweepSteps(cfg, budgets);
    }

    @Override
    public void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink) {
        GradientAttackLoop.run(run, call, spec(call), budgets, sink);
    }

    /** A spec built from a call, with a malformed argument as a one-line runtime error. */
    static AttackSpec checked(ComponentCall call, java.util.function.Function<ComponentCall, AttackSpec> build) {
        try {
            return build.apply(call);
        } catch (IllegalArgumentException e) {
            throw new AtkRuntimeException(call.name() + ": " + e.getMessage(), e);
        }
    }
}
