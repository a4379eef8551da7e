package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.ImageSet;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder data sets by name: what a script's {@code data coco2014("DIR")} (or similar) resolves to. Opening reads
 * only the annotations; images are decoded when a batch asks for them, through the shared {@link ImageCache}.
 */
public final class FolderDatasets {
    /** The data set names, in the order they are documented. */
    public static final List<String> NAMES = List.of("coco2014", "voc2007", "nuswide");

    private FolderDatasets() {}

    /** The splits of data set {@code name}, the default first. */
    public static List<String> splits(String name) {
        return layout(name).splits();
    }

    /** The split used when none is given: val for COCO and NUS-WIDE, trainval for VOC (the reference's choices). */
    public static String defaultSplit(String name) {
        return layout(name).defaultSplit();
    }

    /** A one-line description of the files {@code name} expects in its folder. */
    public static String expectedLayout(String name) {
        return layout(name).expects();
    }

    /**
     * Opens {@code split} (null or blank: the default) of data set {@code name} in folder {@code dir}, with the
     * shared image cache.
     *
     * @throws DataException with a one-line message when the name, split, folder or annotations are wrong
     */
    public static ImageSet open(String name, Path dir, String split) {
        return open(name, dir, split, ImageCache.shared());
    }

    /** As {@link #open(String, Path, String)} with a given image cache. */
    public static FolderImageSet open(String name, Path dir, String split, ImageCache cache) {
        return switch (checkName(name)) {
            case "coco2014" -> Coco2014.open(dir, split, cache);
            case "voc2007" -> Voc2007.open(dir, split, cache);
            case "nuswide" -> NusWide.open(dir, split, cache);
            default -> throw new IllegalStateException(name);
        };
    }

    private static Layout layout(String name) {
        return switch (checkName(name)) {
            case "coco2014" -> Coco2014.LAYOUT;
            case "voc2007" -> Voc2007.LAYOUT;
            case "nuswide" -> NusWide.LAYOUT;
            default -> throw new IllegalStateException(name);
        };
    }

    private static String checkName(String name) {
        if (name == null || !NAMES.contains(name)) {
            throw new DataException("unknown data set '" + name + "' (folder data sets: " + String.join(", ", NAMES)
                    + ")");
        }
        return name;
    }
}
