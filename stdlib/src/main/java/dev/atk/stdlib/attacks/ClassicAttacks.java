package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.stdlib.attack.ClassicAttack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * FGSM, FGM, BIM and PGD as recipes of MI-FGSM's parts (any loss and target selection) with their own step rule and
 * projection ({@link ClassicAttack}).
 */
public final class ClassicAttacks extends GradientAttackProvider {
    private static final ParamInfo STEPS = ParamInfo.integer("steps", 10, 1.0, 100000.0, "number of projected steps");
    private static final ParamInfo STEP_RATIO = ParamInfo.number("step_ratio", 2.5, 0.0, null,
            "step size as a multiple of ε/steps (Madry et al.: 2.5)");
    private static final ParamInfo RANDOM_START = ParamInfo.bool("random_start", true,
            "start uniformly inside the ε-ball (seeded per item)");

    private static final List<ComponentInfo> ATTACKS = List.of(
            classic("fgsm", "FGSM: one sign step of ε (L∞), clipped to the pixel range", List.of()),
            classic("fgm", "FGM: one L2-normalised step of length ε, clipped to the pixel range", List.of()),
            classic("bim", "BIM: `steps` steps of ε/steps, projected onto the ε-ball (the norm setting's) and the "
                    + "pixel range after each", List.of(STEPS)),
            classic("pgd", "PGD: a random start in the ε-ball, then `steps` projected steps of step_ratio·ε/steps",
                    List.of(STEPS, STEP_RATIO, RANDOM_START)));

    /** A classic gradient attack: any loss and target selection, plus its own knobs. */
    private static ComponentInfo classic(String name, String doc, List<ParamInfo> own) {
        List<ParamInfo> params = new ArrayList<>(List.of(
                ParamInfo.component("loss", SharedParams.LOSS.type(), ComponentCall.of("bce"), "the loss to descend"),
                ParamInfo.component("targets", SharedParams.TARGETS.type(), ComponentCall.of("all"),
                        "which labels the loss weighs")));
        params.addAll(own);
        params.add(SharedParams.OBJECTIVE);
        return new ComponentInfo(name, ComponentKind.ATTACK, doc, List.copyOf(params), false, true);
    }

    @Override
    public List<ComponentInfo> attacks() {
        return ATTACKS;
    }

    /** No momentum; steps, step ratio and random start as given (those an attack lacks keep their defaults). */
    @Override
    AttackSpec spec(ComponentCall call) {
        return checked(call, c -> new AttackSpec(SharedParams.LOSS.componentIn(c), 0.0,
                SharedParams.TARGETS.componentIn(c),
                new ClassicAttack(ClassicAttack.Kind.valueOf(c.name().toUpperCase(Locale.ROOT)), STEPS.integerIn(c),
                        STEP_RATIO.numberIn(c), RANDOM_START.boolIn(c))));
    }
}
