package dev.atk.stdlib.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A model's JSON config (see {@code models/fashion_cnn.json} and docs/models.md).
 *
 * @param name         model name, e.g. {@code fashion_cnn}
 * @param format       {@code djl} (DJL .params + a known architecture) or {@code torchscript}
 * @param architecture builder name for {@code djl} models, e.g. {@code fashion_cnn_v2}; null for torchscript
 * @param weights      weights file, relative to the config file's directory (or absolute)
 * @param labels       label names, in output order
 * @param input        input tensor shape and value range
 * @param output       output kind; only {@code logits} is accepted
 * @param threshold    decision threshold on sigmoid(logit)
 * @param dataset      dataset the model was trained on (e.g. {@code fashion}), may be null
 * @param description  free text, may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "format", "architecture", "weights", "labels", "input", "output", "threshold",
        "dataset", "description"})
public record ModelConfig(String name, String format, String architecture, String weights, List<String> labels,
        Input input, String output, double threshold, String dataset, String description) {

    /** Input spec: C×H×W and the value range images must lie in. */
    @JsonPropertyOrder({"channels", "height", "width", "min", "max"})
    public record Input(int channels, int height, int width, double min, double max) {}

    public ModelConfig {
        labels = labels == null ? null : List.copyOf(labels);
    }

    public int numLabels() {
        return labels.size();
    }
}
