package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PASCAL VOC2007 classification, from either of the two forms people have on disk.
 *
 * <ul>
 *   <li>The csv the reference reads ({@code Voc2007Classification}, ML-GCN style): {@code classification_{split}.csv}
 *       in DIR or DIR/files/VOC2007, header {@code name,aeroplane,…,tvmonitor}, then one row per image with −1
 *       (absent), 0 (only "difficult" objects) or 1 (present). −1 and 0 both become "not a label", as the reference
 *       does with {@code target[target == -1] = 0}.</li>
 *   <li>The devkit's XML: {@code ImageSets/Main/{split}.txt} lists the ids and {@code Annotations/{id}.xml} the
 *       objects, in DIR or DIR/VOCdevkit/VOC2007 ({@link VocAnnotations}). Same labels as the csv: the devkit makes
 *       the csv's 1 from a non-difficult object.</li>
 * </ul>
 * When both exist the csv wins, because that is what the reference read. Images are {@code JPEGImages/{id}.jpg} in
 * DIR or DIR/VOCdevkit/VOC2007. Labels are the 20 classes in the standard alphabetical order; items keep the file's
 * order; item id {@code voc2007/{split}/{id}}. The default split is {@code trainval}, which the reference attacks
 * (ALGORITHMS.md §7.1).
 */
public final class Voc2007 {
    /** The 20 VOC classes in the standard order. */
    public static final List<String> CLASSES = List.of("aeroplane", "bicycle", "bird", "boat", "bottle", "bus", "car",
            "cat", "chair", "cow", "diningtable", "dog", "horse", "motorbike", "person", "pottedplant", "sheep", "sofa",
            "train", "tvmonitor");

    static final Layout LAYOUT = new Layout("voc2007", List.of("trainval", "test"),
            "DIR/classification_{split}.csv or DIR/files/VOC2007/classification_{split}.csv, or "
                    + "Annotations/*.xml with ImageSets/Main/{split}.txt, and JPEGImages/*.jpg, in DIR or "
                    + "DIR/VOCdevkit/VOC2007");

    private Voc2007() {}

    /** Opens a split ({@code trainval} or {@code test}; null for {@code trainval}), reading only the labels. */
    public static FolderImageSet open(Path dir, String split, ImageCache cache) {
        return read(dir, split).build(cache);
    }

    /** The folders, in the order they are searched, that may hold the devkit's Annotations, ImageSets, JPEGImages. */
    static List<Path> devkitRoots(Path dir) {
        return List.of(dir, dir.resolve("VOCdevkit").resolve("VOC2007"));
    }

    static FolderImageSet.Builder read(Path dir, String requested) {
        String split = LAYOUT.split(requested);
        LAYOUT.folder(dir);
        String csvName = "classification_" + split + ".csv";
        Path csv = firstFile(List.of(dir.resolve(csvName), dir.resolve("files").resolve("VOC2007").resolve(csvName)));
        Path xmlRoot = null;
        if (csv == null) {
            for (Path root : devkitRoots(dir)) {
                if (Files.isRegularFile(VocAnnotations.splitFile(root, split))
                        && Files.isDirectory(root.resolve("Annotations"))) {
                    xmlRoot = root;
                    break;
                }
            }
            if (xmlRoot == null) {
                throw new DataException("no VOC2007 labels for split " + split + " in " + dir + ": neither " + csvName
                        + " nor ImageSets/Main/" + split + ".txt with Annotations/ found; voc2007 expects "
                        + LAYOUT.expects());
            }
        }
        Path images = imagesFolder(dir, xmlRoot);
        FolderImageSet.Builder b = new FolderImageSet.Builder(LAYOUT.name() + "/" + split, CLASSES);
        Map<String, int[]> labels = csv != null ? readCsv(csv) : VocAnnotations.read(xmlRoot, split, CLASSES);
        for (Map.Entry<String, int[]> e : labels.entrySet()) {
            b.add(LAYOUT.name() + "/" + split + "/" + e.getKey(), images.resolve(e.getKey() + ".jpg"), e.getValue());
        }
        if (b.count() == 0) {
            throw LAYOUT.empty(split, dir, (csv != null ? csv : VocAnnotations.splitFile(xmlRoot, split))
                    + " lists no images");
        }
        return b;
    }

    private static Path firstFile(List<Path> candidates) {
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** JPEGImages next to the XML when the labels came from there, else the first of the devkit roots that has it. */
    private static Path imagesFolder(Path dir, Path xmlRoot) {
        List<Path> roots = new ArrayList<>(devkitRoots(dir));
        if (xmlRoot != null) {
            roots.remove(xmlRoot);
            roots.add(0, xmlRoot);
        }
        for (Path root : roots) {
            if (Files.isDirectory(root.resolve("JPEGImages"))) {
                return root.resolve("JPEGImages");
            }
        }
        throw new DataException("no JPEGImages folder in " + dir + " or " + dir.resolve("VOCdevkit").resolve("VOC2007")
                + ": voc2007 expects " + LAYOUT.expects());
    }

    /** Image id → positive labels, in file order. */
    static Map<String, int[]> readCsv(Path csv) {
        List<CsvReader.Row> rows = CsvReader.read(csv);
        if (rows.isEmpty()) {
            throw new DataException(csv + " is empty: expected a header name,aeroplane,…,tvmonitor and one row per "
                    + "image");
        }
        CsvReader.Row header = rows.get(0);
        // Columns are matched by name, so a csv with the classes in another order still reads right.
        int[] column = new int[header.size()];
        boolean[] found = new boolean[CLASSES.size()];
        for (int c = 1; c < header.size(); c++) {
            String name = header.get(c).trim();
            column[c] = CLASSES.indexOf(name);
            if (column[c] < 0 || found[column[c]]) {
                throw new DataException(csv + ":" + header.line() + ": header column " + (c + 1) + " is '" + name
                        + "', expected the 20 VOC classes once each (name,aeroplane,…,tvmonitor)");
            }
            found[column[c]] = true;
        }
        if (header.size() != CLASSES.size() + 1) {
            throw new DataException(csv + ":" + header.line() + ": header has " + (header.size() - 1)
                    + " classes, expected the 20 VOC classes (name,aeroplane,…,tvmonitor)");
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw new DataException(csv + ":" + row.line() + ": " + row.size() + " fields, expected "
                        + header.size() + " (an image name and 20 labels)");
            }
            String id = imageId(row.get(0));
            List<Integer> positives = new ArrayList<>();
            for (int c = 1; c < row.size(); c++) {
                if (value(csv, row, c, column[c]) > 0) {
                    positives.add(column[c]);
                }
            }
            if (out.put(id, positives.stream().sorted().mapToInt(Integer::intValue).toArray()) != null) {
                throw new DataException(csv + ":" + row.line() + ": image " + id + " appears twice");
            }
        }
        return out;
    }

    /** −1, 0 or 1 (the reference reads them as floats, so 1.0 is accepted too). */
    private static double value(Path csv, CsvReader.Row row, int c, int column) {
        String s = row.get(c).trim();
        try {
            double v = Double.parseDouble(s);
            if (v == -1 || v == 0 || v == 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(csv + ":" + row.line() + ": '" + s + "' in column " + (c + 1) + " ("
                + CLASSES.get(column) + ") should be -1, 0 or 1");
    }

    /**
     * VOC ids are six digits; a csv that went through a spreadsheet may have lost the leading zeros, which would
     * point at files that do not exist, so a shorter all-digit name is padded back.
     */
    static String imageId(String name) {
        String s = name.trim();
        if (!s.isEmpty() && s.length() < 6 && s.chars().allMatch(Character::isDigit)) {
            return "0".repeat(6 - s.length()) + s;
        }
        return s;
    }
}
