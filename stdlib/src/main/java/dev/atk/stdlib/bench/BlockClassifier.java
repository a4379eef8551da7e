package dev.atk.stdlib.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.FashionCnn;
import dev.atk.stdlib.model.ModelConfig;

/** A randomly initialised {@code fashion_cnn_v2} block as a classifier: the benchmark's stand-in for a trained model. */
final class BlockClassifier implements Classifier {
    private final NDManager manager;
    private final Block block;
    private final ParameterStore store;
    private final ModelConfig config;

    BlockClassifier(NDManager parent) {
        manager = parent.newSubManager();
        block = FashionCnn.build(FashionLabels.NUM_LABELS);
        block.initialize(manager, DataType.FLOAT32, FashionCnn.INPUT_SHAPE);
        block.getParameters().values().forEach(p -> p.getArray().setRequiresGradient(false));
        store = new ParameterStore(manager, false);
        config = new ModelConfig("random_fashion_cnn", "djl", FashionCnn.ARCHITECTURE, "none", FashionLabels.names(),
                new ModelConfig.Input(1, 56, 56, 0, 1), "logits", 0.5, "fashion", "random weights");
    }

    @Override
    public ModelConfig config() {
        return config;
    }

    @Override
    public NDArray logits(NDArray images) {
        return block.forward(store, new NDList(images), false).singletonOrThrow();
    }

    @Override
    public String weightsHash() {
        return "random";
    }

    @Override
    public void close() {
        manager.close();
    }
}
