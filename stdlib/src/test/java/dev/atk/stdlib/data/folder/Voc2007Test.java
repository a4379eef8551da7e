package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.ImageSet;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Voc2007Test {
    @TempDir
    Path dir;

    /** A csv row: the id, then per class the value given in {@code values} (class → value) or -1. */
    private static String row(String id, List<String> header, java.util.Map<String, String> values) {
        return id + "," + header.stream().map(c -> values.getOrDefault(c, "-1")).collect(Collectors.joining(","));
    }

    private Path csv(Path folder, String split, List<String> header, String... rows) {
        return Fixtures.text(folder.resolve("classification_" + split + ".csv"),
                "name," + String.join(",", header) + "\n" + String.join("\n", rows) + "\n");
    }

    private Path devkit() {
        return dir.resolve("VOCdevkit/VOC2007");
    }

    private void images(String... ids) {
        for (String id : ids) {
            Fixtures.jpeg(Fixtures.pattern(12, 10, id.hashCode() & 7), devkit().resolve("JPEGImages/" + id + ".jpg"));
        }
    }

    private static String xml(String... objects) {
        StringBuilder b = new StringBuilder("<annotation>\n\t<folder>VOC2007</folder>\n\t<size><width>12</width>"
                + "<height>10</height><depth>3</depth></size>\n");
        for (int i = 0; i < objects.length; i += 2) {
            b.append("\t<object>\n\t\t<name>").append(objects[i]).append("</name>\n\t\t<pose>Left</pose>\n")
                    .append("\t\t<truncated>0</truncated>\n\t\t<difficult>").append(objects[i + 1])
                    .append("</difficult>\n\t\t<bndbox><xmin>1</xmin><ymin>1</ymin><xmax>5</xmax><ymax>5</ymax>")
                    .append("</bndbox>\n\t\t<part><name>head</name></part>\n\t</object>\n");
        }
        return b.append("</annotation>\n").toString();
    }

    @Test
    void csvLabelsMapMinusOneAndDifficultZeroToAbsent() {
        csv(dir.resolve("files/VOC2007"), "trainval", Voc2007.CLASSES,
                row("000005", Voc2007.CLASSES, java.util.Map.of("chair", "1", "person", "0")),
                row("000007", Voc2007.CLASSES, java.util.Map.of("car", "1", "tvmonitor", "1")),
                row("000009", Voc2007.CLASSES, java.util.Map.of("aeroplane", "1")));
        images("000005", "000007", "000009");
        ImageSet s = FolderDatasets.open("voc2007", dir, null, new ImageCache(1 << 20));
        assertEquals("voc2007/trainval", s.name(), "trainval is the default split");
        assertEquals(Voc2007.CLASSES, s.labelNames());
        assertEquals(20, s.numLabels());
        assertEquals("aeroplane", s.labelNames().get(0));
        assertEquals("tvmonitor", s.labelNames().get(19));
        assertEquals(List.of("voc2007/trainval/000005", "voc2007/trainval/000007", "voc2007/trainval/000009"),
                IntStream.range(0, 3).mapToObj(s::itemId).toList());
        assertArrayEquals(new int[] {8}, ((FolderImageSet) s).labels(0), "chair only: the difficult person is 0");
        assertArrayEquals(new int[] {6, 19}, ((FolderImageSet) s).labels(1));
        assertArrayEquals(new int[] {0}, ((FolderImageSet) s).labels(2));
        assertEquals(devkit().resolve("JPEGImages/000007.jpg"), ((FolderImageSet) s).file(1));
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = s.images(m, new int[] {1}, 8, 6);
            assertEquals(new Shape(1, 3, 8, 6), x.getShape());
        }
    }

    @Test
    void csvColumnsAreMatchedByNameAndLostLeadingZerosRestored() {
        List<String> shuffled = new java.util.ArrayList<>(Voc2007.CLASSES);
        Collections.reverse(shuffled);
        csv(dir, "test", shuffled, row("12", shuffled, java.util.Map.of("dog", "1.0", "sofa", "-1.0")));
        images("000012");
        FolderImageSet s = Voc2007.open(dir, "test", new ImageCache(1 << 20));
        assertEquals("voc2007/test/000012", s.itemId(0));
        assertArrayEquals(new int[] {Voc2007.CLASSES.indexOf("dog")}, s.labels(0));
    }

    @Test
    void xmlLabelsSkipDifficultObjects() {
        Fixtures.text(devkit().resolve("ImageSets/Main/test.txt"), "000001\n000002\n\n");
        Fixtures.text(devkit().resolve("Annotations/000001.xml"), xml("dog", "0", "person", "1", "dog", "1"));
        Fixtures.text(devkit().resolve("Annotations/000002.xml"), xml("person", "1", "bird", "0"));
        images("000001");
        FolderImageSet s = Voc2007.open(dir, "test", new ImageCache(1 << 20));
        assertEquals(2, s.count());
        assertEquals("voc2007/test/000001", s.itemId(0));
        assertArrayEquals(new int[] {Voc2007.CLASSES.indexOf("dog")}, s.labels(0),
                "person is only difficult there; the nested <part><name>head</name> is not an object");
        assertArrayEquals(new int[] {Voc2007.CLASSES.indexOf("bird")}, s.labels(1));
        assertEquals(devkit().resolve("JPEGImages/000002.jpg"), s.file(1));
    }

    @Test
    void csvWinsOverXmlWhenBothExist() {
        Fixtures.text(devkit().resolve("ImageSets/Main/trainval.txt"), "000005\n000006\n");
        Fixtures.text(devkit().resolve("Annotations/000005.xml"), xml("dog", "0"));
        Fixtures.text(devkit().resolve("Annotations/000006.xml"), xml("cat", "0"));
        csv(dir.resolve("files/VOC2007"), "trainval", Voc2007.CLASSES,
                row("000005", Voc2007.CLASSES, java.util.Map.of("horse", "1")));
        images("000005");
        FolderImageSet s = Voc2007.open(dir, "trainval", new ImageCache(1 << 20));
        assertEquals(1, s.count());
        assertArrayEquals(new int[] {Voc2007.CLASSES.indexOf("horse")}, s.labels(0));
    }

    @Test
    void noLabelsAtAllExplainsBothForms() {
        images("000001");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, "test"));
        assertEquals("no VOC2007 labels for split test in " + dir + ": neither classification_test.csv nor "
                + "ImageSets/Main/test.txt with Annotations/ found; voc2007 expects " + Voc2007.LAYOUT.expects(),
                e.getMessage());
    }

    @Test
    void missingJpegImagesFolder() {
        csv(dir, "trainval", Voc2007.CLASSES, row("000005", Voc2007.CLASSES, java.util.Map.of()));
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, null));
        assertTrue(e.getMessage().startsWith("no JPEGImages folder in " + dir + " or " + devkit()), e.getMessage());
    }

    @Test
    void badCsvValueHeaderAndRowLength() {
        images("000005");
        Path f = csv(dir, "trainval", Voc2007.CLASSES, row("000005", Voc2007.CLASSES, java.util.Map.of("cow", "yes")));
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, null));
        assertEquals(f + ":2: 'yes' in column 11 (cow) should be -1, 0 or 1", e.getMessage());

        List<String> wrong = new java.util.ArrayList<>(Voc2007.CLASSES);
        wrong.set(3, "ship");
        csv(dir, "trainval", wrong, row("000005", wrong, java.util.Map.of()));
        e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, null));
        assertEquals(f + ":1: header column 5 is 'ship', expected the 20 VOC classes once each "
                + "(name,aeroplane,…,tvmonitor)", e.getMessage());

        Fixtures.text(f, "name," + String.join(",", Voc2007.CLASSES) + "\n000005,1,-1\n");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, null));
        assertEquals(f + ":2: 3 fields, expected 21 (an image name and 20 labels)", e.getMessage());

        Fixtures.text(f, "name," + String.join(",", Voc2007.CLASSES) + "\n");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, null));
        assertEquals("voc2007 split trainval in " + dir + " has no items: " + f + " lists no images", e.getMessage());
    }

    @Test
    void malformedXmlAndUnknownClassGiveFileAndLine() {
        images("000001");
        Fixtures.text(devkit().resolve("ImageSets/Main/test.txt"), "000001\n");
        Path x = Fixtures.text(devkit().resolve("Annotations/000001.xml"), "<annotation>\n<object>\n<name>dog</nme>\n");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, "test"));
        assertTrue(e.getMessage().startsWith(x + ":3: malformed XML: "), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));

        Fixtures.text(x, xml("dog", "0", "unicorn", "0"));
        e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, "test"));
        assertTrue(e.getMessage().startsWith(x + ":12: unknown VOC class 'unicorn' (expected one of aeroplane, "),
                e.getMessage());

        Fixtures.text(devkit().resolve("ImageSets/Main/test.txt"), "000001\n000003\n");
        Fixtures.text(x, xml("dog", "0"));
        e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, "test"));
        assertEquals(devkit().resolve("Annotations/000003.xml")
                + " not found (its image is listed in the split's ImageSets/Main file)", e.getMessage());
    }

    @Test
    void unknownSplit() {
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("voc2007", dir, "val"));
        assertEquals("unknown split 'val' for voc2007 (valid: trainval, test)", e.getMessage());
    }
}
