package dev.atk.stdlib.attacks;

import dev.atk.spi.ComponentCall;
import dev.atk.spi.ParamInfo;
import dev.atk.stdlib.attack.MlCw;
import java.util.List;

/**
 * The knobs of the tanh-space Adam attacks (ML-CW, Rank I/II): binary-search steps on const, Adam's iterations and
 * learning rate, the hinge's initial weight. Each family declares them with its own reference defaults.
 */
final class TanhAdamParams {
    final ParamInfo binarySteps;
    final ParamInfo maxIter;
    final ParamInfo lr;
    final ParamInfo initialConst;

    /** @param reference the family's reference settings, which become the defaults */
    TanhAdamParams(MlCw.Options reference, String constHelp) {
        binarySteps = ParamInfo.integer("binary_steps", reference.binarySteps(), 1.0, 100.0,
                "binary-search steps on const" + (reference.binarySteps() == 1 ? " (the original: 10)" : ""));
        maxIter = SharedParams.maxIter(reference.maxIter(), 100000.0, "Adam iterations per step");
        lr = ParamInfo.number("lr", reference.learningRate(), 0.0, null, "Adam's learning rate");
        initialConst = ParamInfo.number("const", reference.initialConst(), 0.0, null, constHelp);
    }

    List<ParamInfo> all() {
        return List.of(binarySteps, maxIter, lr, initialConst);
    }

    /** The options {@code call} asks for, with {@code distance} (the rank attacks always use squared L2). */
    MlCw.Options options(ComponentCall call, MlCw.Distance distance) {
        return new MlCw.Options(binarySteps.integerIn(call), maxIter.integerIn(call), lr.numberIn(call),
                initialConst.numberIn(call), distance);
    }

    /** Image-iterations one image may take: every binary-search step runs Adam to its cap at most. */
    long stepsPerImage(ComponentCall call) {
        return (long) binarySteps.integerIn(call) * maxIter.integerIn(call);
    }
}
