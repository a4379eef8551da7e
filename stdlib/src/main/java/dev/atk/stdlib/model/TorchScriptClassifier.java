package dev.atk.stdlib.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A {@code torchscript}-format model: a module exported from PyTorch with {@code torch.jit.trace} or
 * {@code torch.jit.script} (see {@code tools/export_torchscript.py}), run through DJL's PyTorch engine in eval mode
 * with gradients flowing to the input (see {@link EvalModeModule}).
 *
 * <p>The module's parameters are frozen ({@code requires_grad=false}): an attack differentiates with respect to the
 * image only, so backward passes skip every weight gradient and nothing accumulates in the weights' {@code .grad}.
 * TorchScript modules run in the dtype they were exported in (float32); float64 finite-difference checks use the DJL
 * format.
 */
public final class TorchScriptClassifier implements Classifier {
    private final ModelConfig config;
    private final String weightsHash;
    private final NDManager manager;
    private final EvalModeModule module;
    private final ParameterStore store;

    private TorchScriptClassifier(ModelConfig config, String weightsHash, NDManager manager, EvalModeModule module) {
        this.config = config;
        this.weightsHash = weightsHash;
        this.manager = manager;
        this.module = module;
        this.store = new ParameterStore(manager, false);
    }

    /**
     * Loads {@code weights} (the bytes of a TorchScript {@code .pt} file) onto the engine's default device.
     *
     * @param where names the weights in error messages (a path or a classpath URL)
     */
    public static TorchScriptClassifier load(ModelConfig config, byte[] weights, String where) {
        return load(config, weights, where, null);
    }

    /** As {@link #load(ModelConfig, byte[], String)} on {@code device} (null: the engine's default). */
    public static TorchScriptClassifier load(ModelConfig config, byte[] weights, String where, Device device) {
        if (!"torchscript".equals(config.format())) {
            throw new ModelException(config.name() + ": format '" + config.format()
                    + "' is not loaded by TorchScriptClassifier (only \"torchscript\")");
        }
        NDManager base = NDManager.newBaseManager(device);
        if (!(base instanceof PtNDManager manager)) {
            base.close();
            throw new ModelException(where + ": TorchScript models need DJL's PyTorch engine, the default engine is "
                    + base.getEngine().getEngineName());
        }
        try {
            long handle;
            try {
                handle = JniUtils.loadModuleHandle(new ByteArrayInputStream(weights), manager.getDevice(), true, false);
            } catch (IOException | RuntimeException e) {
                throw new ModelException(where + ": not a TorchScript module (field 'weights' must name a file saved "
                        + "by torch.jit.save, e.g. by tools/export_torchscript.py; libtorch says: "
                        + ClassifierShapes.firstLine(e) + ")", e);
            }
            EvalModeModule module = new EvalModeModule(manager, handle);
            freezeParameters(module, manager);
            TorchScriptClassifier c = new TorchScriptClassifier(config, DjlParams.sha256(weights), manager, module);
            ClassifierShapes.checkOutput(c, manager, DataType.FLOAT32, where);
            return c;
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private static void freezeParameters(EvalModeModule module, PtNDManager manager) {
        try (NDManager scope = manager.newSubManager()) {
            NDList params = JniUtils.moduleGetParams(module, (PtNDManager) scope);
            for (NDArray p : params) {
                JniUtils.attachGradient((PtNDArray) p, false); // the handle shares the module's tensor
            }
        }
    }

    /** The module's named parameters (host copies), e.g. to compare with a DJL-format model of the same weights. */
    public NDList parameters(NDManager into) {
        NDList params = JniUtils.moduleGetParams(module, (PtNDManager) into);
        NDList copies = new NDList();
        for (NDArray p : params) {
            NDArray c = p.duplicate();
            c.setName(p.getName());
            copies.add(c);
        }
        return copies;
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    /**
     * B×L float32 logits in eval mode; a float64 input is cast to float32 first (the cast is differentiable). The
     * result lives in the input's manager, so a caller's per-iteration sub-manager frees it.
     */
    @Override
    public NDArray logits(NDArray images) {
        ClassifierShapes.checkInput(config, images.getShape());
        NDArray x = images.getDataType() == DataType.FLOAT32 ? images : images.toType(DataType.FLOAT32, false);
        NDList out = module.forward(store, new NDList(x), false);
        if (out.size() != 1) {
            throw new IllegalStateException(config.name() + ": the module returned " + out.size()
                    + " tensors; ATK needs one B×L logits tensor (export a wrapper that returns only the logits)");
        }
        return out.singletonOrThrow();
    }

    @Override
    public String weightsHash() {
        return weightsHash;
    }

    @Override
    public void close() {
        module.close();
        manager.close();
    }
}
