package dev.atk.stdlib.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code djl}-format model: a known architecture ({@link Architectures}) plus a DJL {@code .params}
 * file, evaluated in eval mode ({@code training=false}). Loads in float32 or float64; float64 is for
 * finite-difference gradient checks (the float32 weights are cast exactly, STACK trap 7).
 */
public final class DjlClassifier implements Classifier {
    private final ModelConfig config;
    private final String weightsHash;
    private final NDManager manager;
    private final Block block;
    private final ParameterStore store;
    private final DataType dataType;
    /** Forward-pass params: null in eval mode, or the switch of the reference's dropout quirk. */
    private final PairList<String, Object> forwardParams;
    private final DjlClassifier owner;

    private DjlClassifier(ModelConfig config, String weightsHash, NDManager manager, Block block, DataType dataType) {
        this.config = config;
        this.weightsHash = weightsHash;
        this.manager = manager;
        this.block = block;
        this.dataType = dataType;
        this.store = new ParameterStore(manager, false);
        this.forwardParams = null;
        this.owner = null;
    }

    private DjlClassifier(DjlClassifier base, PairList<String, Object> forwardParams) {
        this.config = base.config;
        this.weightsHash = base.weightsHash;
        this.manager = base.manager;
        this.block = base.block;
        this.dataType = base.dataType;
        this.store = base.store;
        this.forwardParams = forwardParams;
        this.owner = base;
    }

    /**
     * The same weights with dropout active during attacks, everything else in eval mode: the reference's Q2L quirk
     * (ALGORITHMS.md §12.10, {@code set dropout = "train"}). Outputs become stochastic, so two runs differ; a model
     * without dropout is unchanged. The view shares the weights and closing it closes nothing.
     */
    public DjlClassifier withReferenceDropout() {
        PairList<String, Object> params = new PairList<>();
        params.add(TrainingDropout.REFERENCE_QUIRK, Boolean.TRUE);
        return new DjlClassifier(owner == null ? this : owner, params);
    }

    /** Loads a config file and its weights, float32. */
    public static DjlClassifier load(Path configFile) {
        return load(configFile, DataType.FLOAT32);
    }

    /** Loads a config file and its weights in {@code dataType} (FLOAT32 or FLOAT64). */
    public static DjlClassifier load(Path configFile, DataType dataType) {
        ModelConfig config = ModelConfigLoader.read(configFile);
        Path weights = ModelConfigLoader.weightsPath(config, configFile);
        return load(config, readWeights(weights), weights.toString(), dataType);
    }

    /**
     * Builds the config's architecture and loads {@code weights} (the bytes of a DJL .params file).
     *
     * @param where names the weights in error messages (a path or a classpath URL)
     */
    public static DjlClassifier load(ModelConfig config, byte[] weights, String where, DataType dataType) {
        return load(config, weights, where, dataType, null);
    }

    /** As {@link #load(ModelConfig, byte[], String, DataType)} on {@code device} (null: the engine's default). */
    public static DjlClassifier load(ModelConfig config, byte[] weights, String where, DataType dataType,
                                     Device device) {
        if (!"djl".equals(config.format())) {
            throw new ModelException(config.name() + ": format '" + config.format()
                    + "' is not loaded by DjlClassifier (only \"djl\")");
        }
        if (dataType != DataType.FLOAT32 && dataType != DataType.FLOAT64) {
            throw new IllegalArgumentException("dataType must be FLOAT32 or FLOAT64, got " + dataType);
        }
        NDManager manager = NDManager.newBaseManager(device);
        try {
            Block loaded = Architectures.build(config.architecture(), config.numLabels());
            DjlParams.load(loaded, manager, weights, where);
            Block block = loaded;
            if (dataType == DataType.FLOAT64) {
                block = Architectures.build(config.architecture(), config.numLabels());
                List<Parameter> src = loaded.getParameters().values();
                List<Parameter> dst = block.getParameters().values();
                for (int k = 0; k < dst.size(); k++) {
                    NDArray a = src.get(k).getArray();
                    dst.get(k).setArray(a.toType(DataType.FLOAT64, true));
                    a.close();
                }
            }
            DjlClassifier c = new DjlClassifier(config, DjlParams.sha256(weights), manager, block, dataType);
            ClassifierShapes.checkOutput(c, manager, dataType, where);
            return c;
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    static byte[] readWeights(Path weights) {
        try {
            return Files.readAllBytes(weights);
        } catch (NoSuchFileException e) {
            throw new ModelException(weights + ": weights file not found", e);
        } catch (IOException e) {
            throw new ModelException(weights + ": cannot read weights file (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    /** FLOAT32 or FLOAT64: the parameters' type and the logits' type. */
    public DataType dataType() {
        return dataType;
    }

    /**
     * B×L logits in eval mode. Input must be B×C×H×W per the config; an input of another float type is
     * cast to {@link #dataType()} (the cast is differentiable).
     */
    @Override
    public NDArray logits(NDArray images) {
        ClassifierShapes.checkInput(config, images.getShape());
        NDArray x = images.getDataType() == dataType ? images : images.toType(dataType, false);
        return block.forward(store, new NDList(x), false, forwardParams).singletonOrThrow();
    }

    @Override
    public String weightsHash() {
        return weightsHash;
    }

    @Override
    public void close() {
        if (owner == null) {
            manager.close(); // a dropout view does not own the weights
        }
    }
}
