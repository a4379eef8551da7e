package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.atk.stdlib.data.DataException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDatasetsTest {
    @TempDir
    Path tmp;

    @Test
    void namesSplitsAndDefaults() {
        assertEquals(List.of("coco2014", "voc2007", "nuswide"), FolderDatasets.NAMES);
        assertEquals(List.of("val", "train"), FolderDatasets.splits("coco2014"));
        assertEquals(List.of("trainval", "test"), FolderDatasets.splits("voc2007"));
        assertEquals(List.of("val", "train"), FolderDatasets.splits("nuswide"));
        assertEquals("val", FolderDatasets.defaultSplit("coco2014"));
        assertEquals("trainval", FolderDatasets.defaultSplit("voc2007"));
        assertEquals("val", FolderDatasets.defaultSplit("nuswide"));
    }

    @Test
    void unknownName() {
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("imagenet", tmp, null));
        assertEquals("unknown data set 'imagenet' (folder data sets: coco2014, voc2007, nuswide)", e.getMessage());
        assertThrows(DataException.class, () -> FolderDatasets.splits("imagenet"));
    }

    @Test
    void missingFolderSaysWhatItShouldHold() {
        Path nowhere = tmp.resolve("coco");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", nowhere, null));
        assertEquals("data folder " + nowhere + " not found: coco2014 expects "
                + "DIR/annotations/instances_{split}2014.json and DIR/{split}2014/*.jpg", e.getMessage());
        Path file = Fixtures.text(tmp.resolve("file.txt"), "x");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", file, null));
        assertEquals(file + " is not a folder: nuswide expects DIR/nus_wid_data.csv (file, label list, split) and "
                + "the images under DIR/nus_wide/", e.getMessage());
        for (String name : FolderDatasets.NAMES) {
            e = assertThrows(DataException.class, () -> FolderDatasets.open(name, nowhere, null));
            assertEquals(-1, e.getMessage().indexOf('\n'));
        }
    }
}
