package dev.atk.stdlib.model;

import ai.djl.nn.Block;
import java.util.List;

/** Builders for the {@code architecture} names a {@code djl} model config may use. */
public final class Architectures {
    private Architectures() {}

    public static List<String> names() {
        return List.of(FashionCnn.ARCHITECTURE, Query2Label.ARCHITECTURE);
    }

    public static boolean isKnown(String name) {
        return names().contains(name);
    }

    /** A fresh uninitialised block of {@code architecture} with {@code numLabels} outputs. */
    public static Block build(String architecture, int numLabels) {
        if (FashionCnn.ARCHITECTURE.equals(architecture)) {
            return FashionCnn.build(numLabels);
        }
        if (Query2Label.ARCHITECTURE.equals(architecture)) {
            return Query2Label.build(numLabels);
        }
        throw new ModelException("unknown architecture '" + architecture + "' (known: " + names() + ")");
    }
}
