package dev.atk.stdlib.engine;

import dev.atk.spi.ModelHandle;
import dev.atk.stdlib.model.Classifier;
import dev.atk.stdlib.model.ModelConfig;
import java.util.List;

/** A loaded classifier as the interpreter sees it. */
final class DjlModel implements ModelHandle {
    private final Classifier classifier;

    DjlModel(Classifier classifier) {
        this.classifier = classifier;
    }

    Classifier classifier() {
        return classifier;
    }

    /**
     * The classifier as the settings ask for it: in eval mode, or, with {@code set dropout = "train"}, with dropout
     * active (the reference's Q2L quirk; a model without dropout layers is unchanged).
     */
    Classifier classifier(dev.atk.spi.RunSettings settings) {
        if (settings.trainDropout() && classifier instanceof dev.atk.stdlib.model.DjlClassifier djl) {
            return djl.withReferenceDropout();
        }
        return classifier;
    }

    ModelConfig config() {
        return classifier.config();
    }

    @Override
    public String name() {
        return classifier.config().name();
    }

    @Override
    public List<String> labels() {
        return classifier.config().labels();
    }

    @Override
    public String weightsHash() {
        return classifier.weightsHash();
    }

    @Override
    public double inputMin() {
        return classifier.config().input().min();
    }

    @Override
    public double inputMax() {
        return classifier.config().input().max();
    }

    @Override
    public double threshold() {
        return classifier.config().threshold();
    }
}
