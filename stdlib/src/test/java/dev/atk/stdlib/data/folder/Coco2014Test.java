package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.stdlib.data.DataException;
import dev.atk.stdlib.data.ImageSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Coco2014Test {
    /** Pillow's output for the 'down' case of {@link PilResizeTest}: pattern(13, 9, 1) resized to 5×7. */
    static final String DOWN = "4a0f1c7944529a7882745a6656877f8c62a7933a7f7d17375b4c957b807c8d627c7d8f6d606a978142777e2"
            + "0478955705c8968796b7386986f8573785b4b94772963765e8b8992646474787ca1957c7c9491549fb031488966bd659aac877c8c"
            + "70a9b97c84b4675c95";

    @TempDir
    Path dir;

    /**
     * Categories in a non-sorted id order (18, 1, 3), image 500 without annotations, a crowd annotation with an RLE
     * segmentation, a duplicate annotation, and the info/licenses sections the reader must skip.
     */
    static final String INSTANCES = """
            {"info": {"description": "tiny", "year": 2014},
             "images": [
               {"license": 3, "file_name": "COCO_val2014_000000000139.png", "height": 9, "width": 13, "id": 139},
               {"license": 1, "file_name": "COCO_val2014_000000000042.png", "height": 9, "width": 13, "id": 42},
               {"file_name": "COCO_val2014_000000000007.png", "id": 7, "coco_url": "http://x/7.jpg"},
               {"file_name": "COCO_val2014_000000000500.png", "id": 500}
             ],
             "licenses": [{"url": "http://x", "id": 1, "name": "a"}],
             "annotations": [
               {"segmentation": [[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]], "area": 10.5, "iscrowd": 0, "image_id": 139,
                "bbox": [1, 2, 3, 4], "category_id": 1, "id": 1},
               {"segmentation": [[1, 2, 3, 4, 5, 6]], "area": 3, "iscrowd": 0, "image_id": 139, "bbox": [0, 0, 1, 1],
                "category_id": 18, "id": 2},
               {"segmentation": {"counts": [1, 2, 3], "size": [9, 13]}, "area": 50, "iscrowd": 1, "image_id": 42,
                "bbox": [0, 0, 5, 5], "category_id": 3, "id": 3},
               {"image_id": 7, "category_id": 1, "id": 4, "segmentation": [], "bbox": []},
               {"image_id": 7, "category_id": 1, "id": 5}
             ],
             "categories": [
               {"supercategory": "animal", "id": 18, "name": "dog"},
               {"supercategory": "person", "id": 1, "name": "person"},
               {"supercategory": "vehicle", "id": 3, "name": "car"}
             ]}
            """;

    @BeforeEach
    void fixture() {
        Fixtures.text(dir.resolve("annotations/instances_val2014.json"), INSTANCES);
        Fixtures.png(Fixtures.pattern(13, 9, 1), dir.resolve("val2014/COCO_val2014_000000000007.png"));
        Fixtures.png(Fixtures.pattern(13, 9, 2), dir.resolve("val2014/COCO_val2014_000000000042.png"));
        Fixtures.png(Fixtures.pattern(13, 9, 3), dir.resolve("val2014/COCO_val2014_000000000139.png"));
    }

    @Test
    void itemsAreAnnotatedImagesInAscendingIdWithLabelsInCategoryOrder() {
        ImageSet s = FolderDatasets.open("coco2014", dir, null, new ImageCache(1 << 20));
        assertEquals("coco2014/val", s.name());
        assertEquals(3, s.count(), "image 500 has no annotation");
        assertEquals(List.of("coco2014/val/7", "coco2014/val/42", "coco2014/val/139"),
                List.of(s.itemId(0), s.itemId(1), s.itemId(2)));
        assertEquals(List.of("dog", "person", "car"), s.labelNames(), "json order, not sorted by id");
        assertArrayEquals(new int[] {0, 1, 0}, s.groundTruth(0));
        assertArrayEquals(new int[] {0, 0, 1}, s.groundTruth(1), "a crowd annotation counts");
        assertArrayEquals(new int[] {1, 1, 0}, s.groundTruth(2));
        assertEquals(3, s.channels());
        assertEquals(Optional.empty(), s.fixedSize());
        assertEquals(dir.resolve("val2014/COCO_val2014_000000000139.png"), ((FolderImageSet) s).file(2));
    }

    @Test
    void imagesAreResizedLikeTorchvisionAndScaledToUnitRange() {
        ImageSet s = FolderDatasets.open("coco2014", dir, "val", new ImageCache(1 << 20));
        byte[] expected = Fixtures.hex(DOWN); // HWC
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = s.images(m, new int[] {0, 2}, 5, 7);
            assertEquals(new Shape(2, 3, 5, 7), x.getShape());
            assertEquals(DataType.FLOAT32, x.getDataType());
            float[] v = x.toFloatArray();
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 5; y++) {
                    for (int xx = 0; xx < 7; xx++) {
                        float want = (expected[(y * 7 + xx) * 3 + c] & 0xff) / 255f;
                        assertEquals(want, v[(c * 5 + y) * 7 + xx], 0f, "c" + c + " y" + y + " x" + xx);
                    }
                }
            }
            assertTrue(x.min().getFloat() >= 0f && x.max().getFloat() <= 1f);
        }
    }

    @Test
    void repeatedBatchesComeFromTheCacheWithoutDecodingAgain() {
        AtomicInteger decodes = new AtomicInteger();
        ImageCache cache = new ImageCache(1 << 20);
        FolderImageSet s = Coco2014.read(dir, "val").build(cache, f -> {
            decodes.incrementAndGet();
            return ImageFiles.read(f);
        });
        try (NDManager m = NDManager.newBaseManager()) {
            float[] first = s.images(m, new int[] {0, 1, 2}, 6, 6).toFloatArray();
            assertEquals(3, decodes.get());
            for (int round = 0; round < 5; round++) {
                assertArrayEquals(first, s.images(m, new int[] {0, 1, 2}, 6, 6).toFloatArray());
            }
            assertArrayEquals(s.images(m, new int[] {2}, 6, 6).toFloatArray(),
                    s.images(m, new int[] {0, 1, 2}, 6, 6).get(2).toFloatArray());
            assertEquals(3, decodes.get(), "no decode after the first batch");
            s.images(m, new int[] {0}, 8, 8);
            assertEquals(4, decodes.get(), "another size is another entry");
            assertEquals(4, cache.size());
        }
    }

    @Test
    void trainSplitReadsItsOwnFiles() {
        Fixtures.text(dir.resolve("annotations/instances_train2014.json"), """
                {"images": [{"id": 9, "file_name": "COCO_train2014_000000000009.jpg"}],
                 "annotations": [{"image_id": 9, "category_id": 3}],
                 "categories": [{"id": 18, "name": "dog"}, {"id": 1, "name": "person"}, {"id": 3, "name": "car"}]}
                """);
        Fixtures.jpeg(Fixtures.pattern(20, 10, 1), dir.resolve("train2014/COCO_train2014_000000000009.jpg"));
        FolderImageSet s = Coco2014.open(dir, "train", new ImageCache(1 << 20));
        assertEquals("coco2014/train", s.name());
        assertEquals(List.of("coco2014/train/9"), List.of(s.itemId(0)));
        assertArrayEquals(new int[] {2}, s.labels(0));
        assertEquals(3 * 4 * 4, s.pixels(0, 4, 4).length);
    }

    @Test
    void missingAnnotationsNameTheFileAndTheLayout() {
        DataException e = assertThrows(DataException.class,
                () -> FolderDatasets.open("coco2014", dir, "train"));
        assertEquals(dir.resolve("annotations/instances_train2014.json") + " not found: coco2014 expects "
                + "DIR/annotations/instances_{split}2014.json and DIR/{split}2014/*.jpg", e.getMessage());
    }

    @Test
    void missingImageFolderIsReportedWhenOpening() throws Exception {
        Files.walk(dir.resolve("val2014")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertEquals(dir.resolve("val2014") + " not found: coco2014 expects "
                + "DIR/annotations/instances_{split}2014.json and DIR/{split}2014/*.jpg", e.getMessage());
    }

    @Test
    void missingImageIsNamedWhenItsPixelsAreAskedFor() throws Exception {
        Files.delete(dir.resolve("val2014/COCO_val2014_000000000042.png"));
        ImageSet s = FolderDatasets.open("coco2014", dir, "val", new ImageCache(1 << 20));
        assertEquals(3, s.count(), "opening does not look at the images");
        try (NDManager m = NDManager.newBaseManager()) {
            DataException e = assertThrows(DataException.class, () -> s.images(m, new int[] {0, 1}, 4, 4));
            assertEquals("coco2014/val/42: image file " + dir.resolve("val2014/COCO_val2014_000000000042.png")
                    + " not found", e.getMessage());
        }
    }

    @Test
    void malformedJsonGivesFileAndLine() {
        Fixtures.text(dir.resolve("annotations/instances_val2014.json"), "{\"images\": [\n{\"id\": 1,\n\"file_name\": }");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertTrue(e.getMessage().startsWith(dir.resolve("annotations/instances_val2014.json") + ":3:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    @Test
    void unknownCategoryAndUnknownImageAreReportedWithTheirLine() {
        Path json = dir.resolve("annotations/instances_val2014.json");
        Fixtures.text(json, "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}],\n\"annotations\": [\n"
                + "{\"image_id\": 1, \"category_id\": 99}],\n\"categories\": [{\"id\": 1, \"name\": \"person\"}]}");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertEquals(json + ":3: annotation of image 1 has category_id 99, which is not in \"categories\"",
                e.getMessage());
        Fixtures.text(json, "{\"images\": [{\"id\": 1, \"file_name\": \"a.jpg\"}],\n\"annotations\": [\n"
                + "{\"image_id\": 2, \"category_id\": 1}],\n\"categories\": [{\"id\": 1, \"name\": \"person\"}]}");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertEquals(json + ":3: annotation refers to image_id 2, which is not in \"images\"", e.getMessage());
    }

    @Test
    void notAnInstancesFile() {
        Path json = dir.resolve("annotations/instances_val2014.json");
        Fixtures.text(json, "{\"images\": [], \"annotations\": []}");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertEquals(json + ": no \"categories\" array: is this a COCO instances file?", e.getMessage());
        Fixtures.text(json, "[1, 2]");
        e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertEquals(json + ":1:1: expected a JSON object with images, annotations and categories", e.getMessage());
    }

    @Test
    void noAnnotatedImageIsAnEmptySplit() {
        Fixtures.text(dir.resolve("annotations/instances_val2014.json"), """
                {"images": [{"id": 1, "file_name": "a.jpg"}], "annotations": [],
                 "categories": [{"id": 1, "name": "person"}]}""");
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "val"));
        assertEquals("coco2014 split val in " + dir + " has no items: no image in instances_val2014.json has an "
                + "annotation", e.getMessage());
    }

    @Test
    void unknownSplitListsTheValidOnes() {
        DataException e = assertThrows(DataException.class, () -> FolderDatasets.open("coco2014", dir, "test"));
        assertEquals("unknown split 'test' for coco2014 (valid: val, train)", e.getMessage());
    }
}
