package dev.atk.stdlib.engine;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.DataRef;
import dev.atk.spi.DataUnreadableException;
import dev.atk.stdlib.data.BundledScenes;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.ImageSet;
import dev.atk.stdlib.data.SceneGenerator;
import dev.atk.stdlib.data.Split;
import dev.atk.stdlib.data.folder.FolderDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The data sets a {@code data} statement names: the bundled Fashion scenes (the shipped test sample, or train/val
 * generated from the Debian Fashion-MNIST files) and the folder data sets read from the user's disk. Every failure is
 * one line that says what to install or where to point.
 */
final class DataSets {
    /** Scenes generated for the {@code train} split (from the Debian Fashion-MNIST files). */
    static final int TRAIN_SCENES = 10_000;
    /** Scenes generated for the {@code val} split, and for {@code test} from a user's folder. */
    static final int EVAL_SCENES = 1_000;

    private DataSets() {}

    /** @param resolve a script's relative folder as a path (against the script's directory) */
    static ImageSet open(DataRef ref, Function<String, Path> resolve) {
        if (FolderDatasets.NAMES.contains(ref.name())) {
            if (ref.dir() == null) {
                throw new AtkRuntimeException("data set " + ref.name() + " is read from your disk: data " + ref.name()
                        + " at \"DIR\" (" + FolderDatasets.expectedLayout(ref.name()) + ")");
            }
            try {
                return FolderDatasets.open(ref.name(), resolve.apply(ref.dir()), ref.split());
            } catch (DataException e) {
                throw new DataUnreadableException(e.getMessage(), e);
            }
        }
        if (!DjlCatalog.DATASET.equals(ref.name())) {
            throw new AtkRuntimeException("unknown data set '" + ref.name() + "' (the DJL stdlib has: "
                    + DjlCatalog.DATASET + ", " + String.join(", ", FolderDatasets.NAMES) + ")");
        }
        try {
            return fashion(ref, resolve);
        } catch (DataException e) {
            throw new DataUnreadableException(e.getMessage(), e);
        }
    }

    private static ImageSet fashion(DataRef ref, Function<String, Path> resolve) {
        String splitName = ref.split() == null ? "test" : ref.split();
        Split split = Split.parse(splitName);
        if (ref.dir() == null && split == Split.TEST) {
            return BundledScenes.load();
        }
        FashionMnist source = ref.dir() == null ? FashionMnist.installed() : new FashionMnist(resolve.apply(ref.dir()));
        if (!Files.isDirectory(source.dir())) {
            throw new AtkRuntimeException("data folder not found: " + source.dir()
                    + (ref.dir() == null ? " (install the Debian package dataset-fashion-mnist for split "
                    + splitName + ")" : ""));
        }
        if (!source.filesPresent()) {
            throw new AtkRuntimeException("data folder " + source.dir() + " lacks the Fashion-MNIST IDX files "
                    + "(train-/t10k-images-idx3-ubyte.gz and -labels-idx1-ubyte.gz)");
        }
        int count = split == Split.TRAIN ? TRAIN_SCENES : EVAL_SCENES;
        return new SceneGenerator(source, SceneGenerator.DEFAULT_SEED).generate(split, 0, count);
    }
}
