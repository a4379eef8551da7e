package dev.atk.stdlib.model;

import ai.djl.ndarray.NDList;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.IValueUtils;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A loaded TorchScript module that runs in eval mode WITH autograd.
 *
 * <p>Why a subclass: DJL's {@link PtSymbolBlock} ties two things to its {@code training} flag. {@code training=false}
 * runs the module under a no-grad guard, so no input gradient exists; {@code training=true} also switches the module
 * to train mode, so Dropout drops and BatchNorm uses batch statistics (a scripted ASL or Query2Label model would then
 * compute another function). Attacks need eval-mode numbers and input gradients, so this block puts the module in eval
 * mode once and always runs its forward with autograd on. Traced modules bake the mode in at trace time; scripted
 * modules read it at run time; both behave the same here.
 */
final class EvalModeModule extends PtSymbolBlock {

    EvalModeModule(PtNDManager manager, long handle) {
        super(manager, handle);
        JniUtils.enableInferenceMode(this); // module.eval(): dropout off, BatchNorm running statistics
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        return IValueUtils.forward(this, inputs, true); // true: autograd enabled; the module stays in eval mode
    }
}
