package dev.atk.stdlib.data.folder;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.atk.stdlib.data.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * MS-COCO 2014 from its instances json, as the reference's {@code CocoDetection} reads it (ALGORITHMS.md §7.1).
 *
 * <ul>
 *   <li>Items are the images with at least one annotation (pycocotools' {@code imgToAnns} keys), in ascending image
 *       id; crowd annotations count like any other.</li>
 *   <li>Label index = position in the json's {@code categories} array (the order of {@code coco.cats}), so the 80
 *       labels keep COCO's order (person, bicycle, car, …), not the sparse category ids.</li>
 *   <li>Item id {@code coco2014/{split}/{image_id}}; the image is {@code DIR/{split}2014/{file_name}}.</li>
 * </ul>
 *
 * <p>The json is streamed: the val file is 160 MB, almost all of it segmentation polygons, which are skipped
 * without being kept.
 */
public final class Coco2014 {
    static final Layout LAYOUT = new Layout("coco2014", List.of("val", "train"),
            "DIR/annotations/instances_{split}2014.json and DIR/{split}2014/*.jpg");

    private Coco2014() {}

    /** Opens a split ({@code val} or {@code train}; null for {@code val}), reading only the annotations. */
    public static FolderImageSet open(Path dir, String split, ImageCache cache) {
        return read(dir, split).build(cache);
    }

    static FolderImageSet.Builder read(Path dir, String requested) {
        String split = LAYOUT.split(requested);
        LAYOUT.folder(dir);
        Path json = LAYOUT.requireFile(dir.resolve("annotations").resolve("instances_" + split + "2014.json"));
        Path images = LAYOUT.requireFolder(dir.resolve(split + "2014"));
        Instances in = parse(json);

        Map<Long, Integer> categoryIndex = new HashMap<>();
        for (int c = 0; c < in.categoryIds.size(); c++) {
            if (categoryIndex.put(in.categoryIds.get(c), c) != null) {
                throw new DataException(json + ": category id " + in.categoryIds.get(c) + " appears twice");
            }
        }
        TreeMap<Long, BitSet> labelsByImage = new TreeMap<>();
        for (int a = 0; a < in.annotations; a++) {
            long image = in.annImage[a];
            Integer label = categoryIndex.get(in.annCategory[a]);
            if (label == null) {
                throw new DataException(json + ":" + in.annLine[a] + ": annotation of image " + image
                        + " has category_id " + in.annCategory[a] + ", which is not in \"categories\"");
            }
            if (!in.fileNames.containsKey(image)) {
                throw new DataException(json + ":" + in.annLine[a] + ": annotation refers to image_id " + image
                        + ", which is not in \"images\"");
            }
            labelsByImage.computeIfAbsent(image, k -> new BitSet()).set(label);
        }
        if (labelsByImage.isEmpty()) {
            throw LAYOUT.empty(split, dir, "no image in " + json.getFileName() + " has an annotation");
        }
        FolderImageSet.Builder b = new FolderImageSet.Builder(LAYOUT.name() + "/" + split, in.categoryNames);
        for (Map.Entry<Long, BitSet> e : labelsByImage.entrySet()) {
            b.add(LAYOUT.name() + "/" + split + "/" + e.getKey(), images.resolve(in.fileNames.get(e.getKey())),
                    e.getValue().stream().toArray());
        }
        return b;
    }

    /** What the adapter keeps of an instances file: no boxes, areas or polygons. */
    private static final class Instances {
        final Map<Long, String> fileNames = new HashMap<>();
        final List<Long> categoryIds = new ArrayList<>();
        final List<String> categoryNames = new ArrayList<>();
        int annotations;
        long[] annImage = new long[1024];
        long[] annCategory = new long[1024];
        int[] annLine = new int[1024];

        void addAnnotation(long image, long category, int line) {
            if (annotations == annImage.length) {
                annImage = Arrays.copyOf(annImage, annotations * 2);
                annCategory = Arrays.copyOf(annCategory, annotations * 2);
                annLine = Arrays.copyOf(annLine, annotations * 2);
            }
            annImage[annotations] = image;
            annCategory[annotations] = category;
            annLine[annotations] = line;
            annotations++;
        }
    }

    private static Instances parse(Path json) {
        Instances in = new Instances();
        boolean[] seen = new boolean[3];
        try (JsonParser p = new JsonFactory().createParser(json.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(json, p, "expected a JSON object with images, annotations and categories");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "images" -> {
                        seen[0] = true;
                        forEachObject(json, p, field, () -> readImage(json, p, in));
                    }
                    case "annotations" -> {
                        seen[1] = true;
                        forEachObject(json, p, field, () -> readAnnotation(json, p, in));
                    }
                    case "categories" -> {
                        seen[2] = true;
                        forEachObject(json, p, field, () -> readCategory(json, p, in));
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DataException(json + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
                    + ": malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (IOException e) {
            throw new DataException("cannot read " + json + ": " + e.getMessage(), e);
        }
        String[] names = {"images", "annotations", "categories"};
        for (int i = 0; i < 3; i++) {
            if (!seen[i]) {
                throw new DataException(json + ": no \"" + names[i] + "\" array: is this a COCO instances file?");
            }
        }
        if (in.categoryIds.isEmpty()) {
            throw new DataException(json + ": \"categories\" is empty");
        }
        return in;
    }

    private interface ObjectReader {
        void read() throws IOException;
    }

    /** Runs {@code reader} with the parser on each object of the array the parser is at. */
    private static void forEachObject(Path json, JsonParser p, String field, ObjectReader reader) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw malformed(json, p, "\"" + field + "\" should be an array");
        }
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                throw malformed(json, p, "\"" + field + "\" should hold objects");
            }
            reader.read();
        }
    }

    private static void readImage(Path json, JsonParser p, Instances in) throws IOException {
        int line = line(p);
        Long id = null;
        String file = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (f.equals("id")) {
                id = integer(json, p, v, "image id");
            } else if (f.equals("file_name") && v == JsonToken.VALUE_STRING) {
                file = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (id == null || file == null) {
            throw new DataException(json + ":" + line + ": an image has no " + (id == null ? "\"id\"" : "\"file_name\""));
        }
        if (in.fileNames.put(id, file) != null) {
            throw new DataException(json + ":" + line + ": image id " + id + " appears twice");
        }
    }

    private static void readAnnotation(Path json, JsonParser p, Instances in) throws IOException {
        int line = line(p);
        Long image = null;
        Long category = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (f.equals("image_id")) {
                image = integer(json, p, v, "image_id");
            } else if (f.equals("category_id")) {
                category = integer(json, p, v, "category_id");
            } else {
                p.skipChildren(); // segmentation polygons, bbox, area: not needed for labels
            }
        }
        if (image == null || category == null) {
            throw new DataException(json + ":" + line + ": an annotation has no "
                    + (image == null ? "\"image_id\"" : "\"category_id\""));
        }
        in.addAnnotation(image, category, line);
    }

    private static void readCategory(Path json, JsonParser p, Instances in) throws IOException {
        int line = line(p);
        Long id = null;
        String name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            JsonToken v = p.nextToken();
            if (f.equals("id")) {
                id = integer(json, p, v, "category id");
            } else if (f.equals("name") && v == JsonToken.VALUE_STRING) {
                name = p.getText();
            } else {
                p.skipChildren();
            }
        }
        if (id == null || name == null) {
            throw new DataException(json + ":" + line + ": a category has no " + (id == null ? "\"id\"" : "\"name\""));
        }
        in.categoryIds.add(id);
        in.categoryNames.add(name);
    }

    private static long integer(Path json, JsonParser p, JsonToken v, String what) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw malformed(json, p, what + " should be an integer, not " + p.getText());
        }
        return p.getLongValue();
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static DataException malformed(Path json, JsonParser p, String what) {
        JsonLocation at = p.currentTokenLocation();
        return new DataException(json + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": " + what);
    }
}
