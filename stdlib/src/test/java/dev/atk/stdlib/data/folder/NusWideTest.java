package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.ImageSet;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NusWideTest {
    @TempDir
    Path dir;

    /** b.jpg is a val image with a single label, so val drops it; e.jpg is a single-label train image, kept. */
    static final String CSV = """
            filepath,label,split_name
            images/a.jpg,"['sky', 'clouds']",val
            images/b.jpg,['sky'],val
            images/c.jpg,"['water', 'animal', 'sky']",train
            nus_wide/d.jpg,"['clouds','water']",val
            images/e.jpg,['animal'],train
            """;

    @BeforeEach
    void fixture() {
        Fixtures.text(dir.resolve("nus_wid_data.csv"), CSV);
        for (String f : List.of("images/a.jpg", "images/b.jpg", "images/c.jpg", "d.jpg", "images/e.jpg")) {
            Fixtures.jpeg(Fixtures.pattern(10, 8, f.length()), dir.resolve("nus_wide").resolve(f));
        }
    }

    @Test
    void valKeepsOnlyMultiLabelImagesWithSortedVocabulary() {
        ImageSet s = FolderDatasets.open("nuswide", dir, null, new ImageCache(1 << 20));
        assertEquals("nuswide/val", s.name(), "val is the default split");
        assertEquals(List.of("animal", "clouds", "sky", "water"), s.labelNames(), "sorted, over both splits");
        assertEquals(List.of("nuswide/val/a", "nuswide/val/d"), IntStream.range(0, s.count()).mapToObj(s::itemId)
                .toList());
        assertArrayEquals(new int[] {0, 1, 1, 0}, s.groundTruth(0));
        assertArrayEquals(new int[] {0, 1, 0, 1}, s.groundTruth(1));
        assertEquals(dir.resolve("nus_wide/images/a.jpg"), ((FolderImageSet) s).file(0));
        assertEquals(dir.resolve("nus_wide/d.jpg"), ((FolderImageSet) s).file(1), "path already under nus_wide/");
    }

    @Test
    void trainKeepsSingleLabelImages() {
        FolderImageSet s = NusWide.open(dir, "train", new ImageCache(1 << 20));
        assertEquals(List.of("nuswide/train/c", "nuswide/train/e"), List.of(s.itemId(0), s.itemId(1)));
        assertArrayEquals(new int[] {0, 2, 3}, s.labels(0));
        assertArrayEquals(new int[] {0}, s.labels(1));
    }

    @Test
    void greyImagesAreDeliveredAsThreeEqualChannels() {
        int[] samples = IntStream.range(0, 8 * 10).map(i -> (i * 7) % 256).toArray();
        Fixtures.write(Fixtures.grey(10, 8, samples), "png", dir.resolve("nus_wide/images/a.jpg"));
        ImageSet s = FolderDatasets.open("nuswide", dir, "val", new ImageCache(1 << 20));
        try (NDManager m = NDManager.newBaseManager()) {
            float[] x = s.images(m, new int[] {0}, 8, 10).toFloatArray(); // same size: no resampling
            for (int p = 0; p < 80; p++) {
                assertEquals(samples[p] / 255f, x[p], 0f);
                assertEquals(x[p], x[80 + p], 0f);
                assertEquals(x[p], x[160 + p], 0f);
            }
        }
    }

    @Test
    void duplicateStemsFallBackToPaths() {
        Fixtures.text(dir.resolve("nus_wid_data.csv"), """
                filepath,label,split_name
                x/a.jpg,"['sky', 'clouds']",val
                y/a.jpg,"['sky', 'water']",val
                """);
        FolderImageSet s = NusWide.open(dir, "val", new ImageCache(1 << 20));
        assertEquals(List.of("nuswide/val/x/a", "nuswide/val/y/a"), List.of(s.itemId(0), s.itemId(1)));
    }

    @Test
    void labelListParsingFollowsTheReference() {
        assertEquals(List.of("sky", "clouds"), NusWide.parseLabelList("['sky', 'clouds']"));
        assertEquals(List.of("sky"), NusWide.parseLabelList("[\"sky\"]"));
        assertEquals(List.of(), NusWide.parseLabelList("[]"));
    }

    @Test
    void errors() {
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", dir, "test"));
        assertEquals("unknown split 'test' for nuswide (valid: val, train)", e.getMessage());

        Path csv = Fixtures.text(dir.resolve("nus_wid_data.csv"), "filepath,label,split_name\nimages/a.jpg,train\n");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", dir, "train"));
        assertEquals(csv + ":2: 2 fields, expected 3 (file, label list, split)", e.getMessage());

        Fixtures.text(csv, "filepath,label,split_name\nimages/a.jpg,\"['sky', 'water\n");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", dir, "train"));
        assertEquals(csv + ":2: malformed csv: a quoted field is never closed", e.getMessage());

        Fixtures.text(csv, "filepath,label,split_name\nimages/a.jpg,['sky'],val\nimages/b.jpg,\"['a','b']\",train\n");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", dir, "val"));
        assertEquals("nuswide split val in " + dir + " has no items: none of its 1 images has more than one label",
                e.getMessage());

        Fixtures.text(csv, "filepath,label,split_name\nimages/b.jpg,\"['a','b']\",train\n");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", dir, "val"));
        assertEquals("nuswide split val in " + dir + " has no items: no row of nus_wid_data.csv has split 'val' in "
                + "its third column", e.getMessage());
    }

    @Test
    void missingCsvAndImageFolder() throws Exception {
        java.nio.file.Files.delete(dir.resolve("nus_wid_data.csv"));
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", dir, null));
        assertEquals(dir.resolve("nus_wid_data.csv") + " not found: nuswide expects DIR/nus_wid_data.csv (file, "
                + "label list, split) and the images under DIR/nus_wide/", e.getMessage());
        Path other = dir.resolve("other");
        Fixtures.text(other.resolve("nus_wid_data.csv"), CSV);
        e = assertThrows(DataException.class, () -> FolderDatasets.open("nuswide", other, null));
        assertEquals(other.resolve("nus_wide") + " not found: nuswide expects DIR/nus_wid_data.csv (file, "
                + "label list, split) and the images under DIR/nus_wide/", e.getMessage());
    }
}
