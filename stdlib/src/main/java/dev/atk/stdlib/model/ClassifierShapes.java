package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/** The shape contract every {@link Classifier} keeps: B×C×H×W in, B×L out, as the config says. */
final class ClassifierShapes {
    private ClassifierShapes() {}

    /** Refuses an input that is not B×C×H×W for the config's C, H, W. */
    static void checkInput(ModelConfig config, Shape s) {
        ModelConfig.Input in = config.input();
        if (s.dimension() != 4 || s.get(1) != in.channels() || s.get(2) != in.height() || s.get(3) != in.width()) {
            throw new IllegalArgumentException(config.name() + " expects B×" + in.channels() + "×" + in.height()
                    + "×" + in.width() + " images, got " + s);
        }
    }

    /**
     * Runs one blank image through a freshly loaded model: weights that do not fit the config's input, or an output
     * that is not 1×L for the config's labels, become one message naming the config field to fix.
     */
    static void checkOutput(Classifier model, NDManager manager, DataType dataType, String where) {
        ModelConfig config = model.config();
        ModelConfig.Input in = config.input();
        try (NDManager m = manager.newSubManager()) {
            NDArray z;
            try {
                z = model.logits(m.zeros(new Shape(1, in.channels(), in.height(), in.width()), dataType));
            } catch (RuntimeException e) {
                throw new ModelException(where + ": the model does not take input " + in.channels() + "×"
                        + in.height() + "×" + in.width() + " (fix 'input' in the config): " + firstLine(e), e);
            }
            if (!z.getShape().equals(new Shape(1, config.numLabels()))) {
                throw new ModelException(where + ": model gives " + z.getShape() + " outputs for one image but the "
                        + "config's 'labels' lists " + config.numLabels() + " labels");
            }
        }
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
