package dev.atk.stdlib.train;

import ai.djl.nn.Block;
import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.model.FashionCnn;
import dev.atk.stdlib.model.Query2Label;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What {@link TrainFashionCnn} needs to know about one bundled model: its name and architecture, how to build
 * the block, the description written into its config, and the default hyper-parameters of its recipe
 * (docs/models.md). Everything else (data, ASL, Adam with cosine decay, seed, data order) is shared.
 *
 * @param warmupSteps linear learning-rate warm-up from 0 before the cosine decay (0: none)
 */
public record TrainingRecipe(String name, String architecture, IntFunction<Block> builder, String description,
        int epochs, int batch, float lr, int warmupSteps) {

    public static final TrainingRecipe FASHION_CNN = new TrainingRecipe("fashion_cnn", FashionCnn.ARCHITECTURE,
            FashionCnn::build,
            "Small CNN (3 conv + 2 dense, no BatchNorm/Dropout) trained in Java with DJL and the asymmetric"
                    + " loss (gamma+ 0, gamma- 4, clip 0.05) on 56x56 Fashion-MNIST outfit scenes;"
                    + " 40 labels = garment class x quadrant. See docs/models.md.",
            6, 64, 1e-3f, 0);

    public static final TrainingRecipe Q2L_FASHION = new TrainingRecipe("q2l_fashion", Query2Label.ARCHITECTURE,
            Query2Label::build,
            "Small Query2Label (4-conv backbone to 7x7 tokens, 1 transformer encoder layer, 2 decoder layers in"
                    + " which 40 learned label queries cross-attend to the tokens, group-wise linear head; d 64,"
                    + " 4 heads, attention dropout 0.1 in training only) trained in Java with DJL and the asymmetric"
                    + " loss (gamma+ 0, gamma- 4, clip 0.05) on 56x56 Fashion-MNIST outfit scenes;"
                    + " 40 labels = garment class x quadrant. Evaluated in eval mode. See docs/models.md.",
            6, 64, 2e-3f, 300);

    public static final List<TrainingRecipe> ALL = List.of(FASHION_CNN, Q2L_FASHION);

    public static TrainingRecipe named(String name) {
        for (TrainingRecipe r : ALL) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no training recipe for model '" + name + "' (known: "
                + ALL.stream().map(TrainingRecipe::name).toList() + ")");
    }

    /** A fresh uninitialised block with one output per fashion label. */
    public Block build() {
        return builder.apply(FashionLabels.NUM_LABELS);
    }
}
