package dev.atk.stdlib.engine;

import dev.atk.spi.DataHandle;
import dev.atk.stdlib.data.SceneSet;
import java.util.List;

/** A loaded split of composite Fashion-MNIST scenes. */
final class SceneData implements DataHandle {
    private final SceneSet scenes;

    SceneData(SceneSet scenes) {
        this.scenes = scenes;
    }

    SceneSet scenes() {
        return scenes;
    }

    @Override
    public String name() {
        return scenes.dataset() + "/" + scenes.split().id();
    }

    @Override
    public int size() {
        return scenes.count();
    }

    @Override
    public String itemId(int index) {
        return scenes.itemId(index);
    }

    @Override
    public List<String> labels() {
        return scenes.labelNames();
    }

    @Override
    public int[] groundTruth(int index) {
        int[] out = new int[scenes.numLabels()];
        for (int j = 0; j < out.length; j++) {
            out[j] = scenes.hasLabel(index, j) ? 1 : 0;
        }
        return out;
    }
}
