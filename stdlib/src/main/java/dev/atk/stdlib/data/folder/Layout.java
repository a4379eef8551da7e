package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a folder data set expects on disk: its name, its splits (the first is the default) and a one-line description
 * of the files, quoted in every "not found" error so the user learns the layout from the message alone.
 */
record Layout(String name, List<String> splits, String expects) {

    Layout {
        splits = List.copyOf(splits);
    }

    String defaultSplit() {
        return splits.get(0);
    }

    /** {@code split}, or the default when null or blank; an unknown split is an error listing the valid ones. */
    String split(String split) {
        if (split == null || split.isBlank()) {
            return defaultSplit();
        }
        if (!splits.contains(split)) {
            throw new DataException("unknown split '" + split + "' for " + name + " (valid: " + String.join(", ", splits)
                    + ")");
        }
        return split;
    }

    /** The data folder, which must exist. */
    Path folder(Path dir) {
        if (dir == null) {
            throw new DataException(name + " needs a data folder: " + name + " expects " + expects);
        }
        if (!Files.exists(dir)) {
            throw new DataException("data folder " + dir + " not found: " + name + " expects " + expects);
        }
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + " is not a folder: " + name + " expects " + expects);
        }
        return dir;
    }

    /** The error for a required file or folder that is not there. */
    DataException missing(Path path) {
        return new DataException(path + " not found: " + name + " expects " + expects);
    }

    /** {@code path}, which must be a regular file. */
    Path requireFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw missing(path);
        }
        return path;
    }

    /** {@code path}, which must be a folder. */
    Path requireFolder(Path path) {
        if (!Files.isDirectory(path)) {
            throw missing(path);
        }
        return path;
    }

    /** The error for a split that exists but holds nothing usable. */
    DataException empty(String split, Path dir, String why) {
        return new DataException(name + " split " + split + " in " + dir + " has no items: " + why);
    }
}
