package dev.atk.stdlib.train;

import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.SceneGenerator;
import dev.atk.stdlib.data.SceneSampleFile;
import dev.atk.stdlib.data.SceneSet;
import dev.atk.stdlib.data.Split;
import java.nio.file.Path;

/**
 * Regenerates the shipped scene sample {@code data/fashion/test-1000.scenes.gz} from the Debian
 * Fashion-MNIST files and prints its label statistics.
 *
 * <pre>--out data/fashion/test-1000.scenes.gz  --split test  --count 1000  --seed 20170828  --stats 50000</pre>
 * {@code --stats N} also prints the statistics of N generated train scenes.
 */
public final class MakeFashionData {
    private MakeFashionData() {}

    public static void main(String[] argv) {
        Args.offline();
        Args a = new Args(argv);
        Path out = Path.of(a.get("out", BundledScenes.REPO_PATH));
        Split split = Split.parse(a.get("split", "test"));
        int count = a.getInt("count", 1000);
        long seed = a.getLong("seed", SceneGenerator.DEFAULT_SEED);
        SceneGenerator gen = new SceneGenerator(FashionMnist.installed(), seed);
        SceneSet scenes = gen.generate(split, 0, count);
        SceneSampleFile.write(scenes, out);
        System.out.println("wrote " + count + " " + split.id() + " scenes (seed " + seed + ") to " + out);
        System.out.print(DatasetStats.markdown(scenes, 6));
        int stats = a.getInt("stats", 0);
        if (stats > 0) {
            System.out.println("train scenes 0.." + (stats - 1) + ":");
            System.out.print(DatasetStats.markdown(gen.generate(Split.TRAIN, 0, stats), 6));
        }
    }
}
