package dev.atk.stdlib.engine;

import dev.atk.spi.DataHandle;
import dev.atk.stdlib.data.ImageSet;
import java.util.List;

/** A loaded data split (generated scenes or a folder data set) as the interpreter sees it. */
final class ImageData implements DataHandle {
    private final ImageSet images;

    ImageData(ImageSet images) {
        this.images = images;
    }

    ImageSet images() {
        return images;
    }

    @Override
    public String name() {
        return images.name();
    }

    @Override
    public int size() {
        return images.count();
    }

    @Override
    public String itemId(int index) {
        return images.itemId(index);
    }

    @Override
    public List<String> labels() {
        return images.labelNames();
    }

    @Override
    public int[] groundTruth(int index) {
        return images.groundTruth(index);
    }
}
