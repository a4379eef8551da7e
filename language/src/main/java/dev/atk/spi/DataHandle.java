package dev.atk.spi;

import java.util.List;

/** A loaded data split: items addressed by index, each with a stable id recorded in results. */
public interface DataHandle {

    /** e.g. {@code fashion/test}. */
    String name();

    int size();

    String itemId(int index);

    /** Ground-truth label names, in the model's label order where the data set defines them. */
    List<String> labels();

    /** Ground truth of one item: 0/1 per label. */
    int[] groundTruth(int index);
}
