package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.result.ResultRecord;
import dev.atk.source.Source;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's model and a public data set's folder, end to end from a script: a TorchScript model (3×32×32, 3 labels)
 * attacked on a tiny MS-COCO 2014 folder the test builds (instances json with categories out of id order, an image
 * without annotations, PNG images of odd sizes resized to the model's input), and the mistakes a user makes with
 * such folders, each a positioned message.
 */
class FolderDataScriptTest {
    /** A healthy RGB TorchScript module made by tools/make_preflight_fixtures.py. */
    static final Path RGB_MODULE = Path.of("../stdlib/src/test/resources/preflight/rgb3.pt").toAbsolutePath();

    @TempDir
    Path dir;

    /** The records of the last {@link #run}. */
    private List<ResultRecord> records = List.of();

    @Test
    void attacksATorchScriptModelOnACocoFolder() throws IOException {
        writeModelConfig();
        writeCoco(dir.resolve("coco"));
        EvalResult r = run("""
                model "rgb3.json"
                data coco2014 at "coco" split val sample 3 seed 11
                run bce(), linear() at eps = 0.03
                report flips
                """);
        assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        assertEquals(6, records.size(), "3 images × 2 attacks");
        Set<String> ids = new TreeSet<>();
        records.forEach(rec -> ids.add(rec.itemId()));
        assertEquals(3, ids.size());
        for (String id : ids) {
            assertTrue(id.matches("coco2014/val/(139|285|632|724)"), id + ": an annotated image, by COCO id");
        }
        records.forEach(rec -> assertTrue(rec.linf() <= 0.03 + 1e-6, "within the budget: " + rec.linf()));
    }

    @Test
    void aFolderWithoutAnnotationsIsOnePositionedMessage() throws IOException {
        writeModelConfig();
        Files.createDirectories(dir.resolve("empty"));
        EvalResult r = run("""
                model "rgb3.json"
                data coco2014 at "empty" sample 3 seed 11
                run bce() at eps = 0.03
                """);
        Diagnostic d = onlyError(r);
        assertEquals(2, d.span().line());
        assertTrue(d.message().contains("annotations/instances_val2014.json not found"), d.message());
        assertTrue(d.render().contains("^"), d.render());
    }

    /** A corrupt image is the data statement's problem: the message points there, not at the model or the attack. */
    @Test
    void aCorruptImageIsPositionedAtTheDataStatement() throws IOException {
        writeModelConfig();
        writeCoco(dir.resolve("coco"));
        Path image = dir.resolve("coco/val2014/COCO_val2014_000000000139.png");
        byte[] whole = Files.readAllBytes(image);
        Files.write(image, java.util.Arrays.copyOf(whole, 40)); // a PNG cut off inside its header chunk
        EvalResult r = run("""
                model "rgb3.json"
                set batch = 1
                data coco2014 at "coco" split val sample 4 seed 11
                run bce() at eps = 0.03
                """);
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r.describeProblems());
        Diagnostic d = onlyError(r);
        assertEquals(3, d.span().line(), r.describeProblems());
        assertTrue(d.message().contains("COCO_val2014_000000000139.png"), d.message());
    }

    @Test
    void aModelWithAnotherLabelCountThanTheDataNamesTheLabelsField() throws IOException {
        writeCoco(dir.resolve("coco"));
        EvalResult r = run("""
                model fashion_ts
                data coco2014 at "coco" sample 2 seed 11
                run bce() at eps = 0.03
                """);
        Diagnostic d = onlyError(r);
        assertTrue(d.message().contains("model fashion_ts has 40 labels (config field 'labels') but coco2014/val "
                + "has 3"), d.message());
    }

    @Test
    void aFolderDataSetWithoutItsFolderIsACheckError() throws IOException {
        EvalResult r = run("""
                model fashion_ts
                data voc2007 sample 2
                """);
        assertEquals(EvalStatus.SCRIPT_ERROR, r.status());
        // fashion_ts has 40 labels and VOC 20: check says that too, so two errors at the data statement
        assertEquals(2, r.diagnostics().size(), r.describeProblems());
        Diagnostic d = r.diagnostics().stream().filter(x -> x.message().contains("is read from your disk")).findFirst()
                .orElseThrow(() -> new AssertionError(r.describeProblems()));
        assertEquals(2, d.span().line());
        assertTrue(d.message().contains("data set voc2007 is read from your disk: say where, e.g. data voc2007 at"),
                d.message());
        assertTrue(r.describeProblems().contains("model fashion_ts has 40 labels and data set voc2007 has 20"),
                r.describeProblems());
    }

    private EvalResult run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = Session.builder().baseDir(dir).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .cacheDir(dir.resolve("cache")).resultsDir(dir.resolve("results")).runName("folder").build()) {
            EvalResult r = s.eval(new Source("folder.atk", script));
            records = s.results();
            return r;
        }
    }

    private static Diagnostic onlyError(EvalResult r) {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), r.describeProblems());
        return errors.get(0);
    }

    private void writeModelConfig() throws IOException {
        Files.copy(RGB_MODULE, dir.resolve("rgb3.pt"));
        Files.writeString(dir.resolve("rgb3.json"), """
                {"name": "rgb3", "format": "torchscript", "weights": "rgb3.pt",
                 "labels": ["car", "person", "bicycle"],
                 "input": {"channels": 3, "height": 32, "width": 32, "min": 0, "max": 1},
                 "output": "logits", "threshold": 0.5}
                """);
    }

    /** Five images, four annotated; categories listed car (3), person (1), bicycle (2): label order is list order. */
    static void writeCoco(Path root) throws IOException {
        Files.createDirectories(root.resolve("annotations"));
        Files.createDirectories(root.resolve("val2014"));
        int[] ids = {724, 139, 285, 632, 900};
        Random random = new Random(3);
        StringBuilder images = new StringBuilder();
        for (int k = 0; k < ids.length; k++) {
            String file = String.format("COCO_val2014_%012d.png", ids[k]);
            BufferedImage img = new BufferedImage(40 + 7 * k, 30 + 5 * k, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, random.nextInt(1 << 24));
                }
            }
            ImageIO.write(img, "png", root.resolve("val2014").resolve(file).toFile());
            images.append(k == 0 ? "" : ",").append(String.format(
                    "{\"id\": %d, \"file_name\": \"%s\", \"width\": %d, \"height\": %d}", ids[k], file,
                    img.getWidth(), img.getHeight()));
        }
        Files.writeString(root.resolve("annotations/instances_val2014.json"), """
                {"info": {}, "images": [%s],
                 "annotations": [
                   {"id": 1, "image_id": 724, "category_id": 1, "bbox": [0, 0, 5, 5], "segmentation": [[0, 0, 5, 0, 5, 5]]},
                   {"id": 2, "image_id": 724, "category_id": 3, "bbox": [1, 1, 5, 5]},
                   {"id": 3, "image_id": 139, "category_id": 2, "bbox": [1, 1, 5, 5]},
                   {"id": 4, "image_id": 285, "category_id": 1, "bbox": [1, 1, 5, 5]},
                   {"id": 5, "image_id": 632, "category_id": 3, "bbox": [1, 1, 5, 5]}],
                 "categories": [{"id": 3, "name": "car"}, {"id": 1, "name": "person"}, {"id": 2, "name": "bicycle"}]}
                """.formatted(images));
    }
}
