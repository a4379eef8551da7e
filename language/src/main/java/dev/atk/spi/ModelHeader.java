package dev.atk.spi;

import java.util.List;
import java.util.Optional;

/**
 * What checking can know of a model without loading a tensor: its config's label names, and whether its weights
 * are where the config says (a template such as {@code q2l_coco} ships without them), or why the config cannot be
 * read at all.
 *
 * @param labels the label names, in output order; empty when the config cannot be read
 * @param missingWeights why the weights cannot be read here, with how to get them; empty when they are there
 * @param unreadable why the config cannot be read; empty when it can
 */
public record ModelHeader(String name, List<String> labels, Optional<String> missingWeights,
                          Optional<String> unreadable) {

    public ModelHeader {
        labels = List.copyOf(labels);
    }

    /** A config that cannot be read. */
    public static ModelHeader unreadable(String name, String why) {
        return new ModelHeader(name, List.of(), Optional.empty(), Optional.of(why));
    }
}
