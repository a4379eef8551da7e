package dev.atk.spi;

import java.util.List;

/** A loaded model, as far as the engine needs to know it. Opaque to the interpreter beyond these facts. */
public interface ModelHandle {

    String name();

    List<String> labels();

    /** SHA-256 of the weights: goes into every digest, so a retrained model never reuses a stale cache. */
    String weightsHash();

    /** Lowest and highest valid pixel value (ε is meaningful relative to this range). */
    double inputMin();

    double inputMax();

    /** The config's prediction threshold. */
    double threshold();
}
