package dev.atk.stdlib.engine;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.model.FashionCnn;
import dev.atk.stdlib.model.ModelConfig;
import dev.atk.stdlib.model.ModelConfigLoader;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a randomly initialised {@code fashion_cnn_v2} with its JSON config, so engine tests need no trained model. */
final class RandomModel {
    private RandomModel() {}

    /** @return the config file */
    static Path write(Path dir, String name) throws IOException {
        Engine.getInstance().setRandomSeed(1234);
        Block block = FashionCnn.build(FashionLabels.NUM_LABELS);
        try (Model model = Model.newInstance(name)) {
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, FashionCnn.INPUT_SHAPE);
            model.save(dir, name);
        }
        ModelConfig cfg = new ModelConfig(name, "djl", FashionCnn.ARCHITECTURE, name + "-0000.params",
                FashionLabels.names(), new ModelConfig.Input(1, 56, 56, 0, 1), "logits", 0.5, "fashion",
                "random weights for engine tests");
        Path file = dir.resolve(name + ".json");
        ModelConfigLoader.write(cfg, file);
        return file;
    }
}
