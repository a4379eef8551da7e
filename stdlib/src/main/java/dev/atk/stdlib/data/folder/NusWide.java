package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * NUS-WIDE as distributed with ASL: {@code DIR/nus_wid_data.csv} and the images under {@code DIR/nus_wide/}, read as
 * the reference's {@code NusWideFiltered} does (ALGORITHMS.md §7.1).
 *
 * <ul>
 *   <li>The csv has a header and three columns, used by position: file path, label list written as a Python list
 *       ({@code ['sky', 'clouds']}), split name ({@code train} or {@code val}).</li>
 *   <li>Label index = position in the sorted list of all label names in the whole csv, both splits (81 names for
 *       the real file). Sorting is by UTF-16 code unit, which equals Python's order for these ASCII names.</li>
 *   <li>{@code val} keeps only images with more than one label (the reference's {@code count_nonzero(labels) > 1});
 *       {@code train} keeps all.</li>
 *   <li>Item id {@code nuswide/{split}/{file stem}}, or the path without its extension when two files in the csv
 *       share a stem.</li>
 * </ul>
 */
public final class NusWide {
    static final String CSV = "nus_wid_data.csv";
    static final String IMAGES = "nus_wide";

    static final Layout LAYOUT = new Layout("nuswide", List.of("val", "train"),
            "DIR/" + CSV + " (file, label list, split) and the images under DIR/" + IMAGES + "/");

    private NusWide() {}

    /** Opens a split ({@code val} or {@code train}; null for {@code val}), reading only the csv. */
    public static FolderImageSet open(Path dir, String split, ImageCache cache) {
        return read(dir, split).build(cache);
    }

    static FolderImageSet.Builder read(Path dir, String requested) {
        String split = LAYOUT.split(requested);
        LAYOUT.folder(dir);
        Path csv = LAYOUT.requireFile(dir.resolve(CSV));
        Path images = LAYOUT.requireFolder(dir.resolve(IMAGES));
        List<CsvReader.Row> rows = CsvReader.read(csv);
        if (rows.size() < 2) {
            throw LAYOUT.empty(split, dir, csv + " has no rows after its header");
        }
        List<CsvReader.Row> data = rows.subList(1, rows.size());
        TreeSet<String> vocabulary = new TreeSet<>();
        List<List<String>> labelLists = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        boolean stemsUnique = true;
        for (CsvReader.Row row : data) {
            if (row.size() < 3) {
                throw new DataException(csv + ":" + row.line() + ": " + row.size()
                        + " fields, expected 3 (file, label list, split)");
            }
            List<String> labels = parseLabelList(row.get(1));
            vocabulary.addAll(labels);
            labelLists.add(labels);
            stemsUnique &= stems.add(stem(row.get(0)));
        }
        List<String> names = List.copyOf(vocabulary);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        FolderImageSet.Builder b = new FolderImageSet.Builder(LAYOUT.name() + "/" + split, names);
        int inSplit = 0;
        for (int r = 0; r < data.size(); r++) {
            CsvReader.Row row = data.get(r);
            if (!row.get(2).strip().equals(split)) {
                continue;
            }
            inSplit++;
            int[] positives = labelLists.get(r).stream().mapToInt(index::get).distinct().sorted().toArray();
            if (split.equals("val") && positives.length <= 1) {
                continue;
            }
            String file = row.get(0).strip();
            String id = stemsUnique ? stem(file) : withoutExtension(file);
            b.add(LAYOUT.name() + "/" + split + "/" + id, resolve(dir, images, file), positives);
        }
        if (b.count() == 0) {
            throw LAYOUT.empty(split, dir, inSplit == 0 ? "no row of " + csv.getFileName() + " has split '" + split
                    + "' in its third column" : "none of its " + inSplit + " images has more than one label");
        }
        return b;
    }

    /**
     * The reference's {@code str_to_list}: split on commas and strip brackets, quotes and spaces from each piece.
     * An empty list {@code []} gives no labels (the reference would make a label named '' of it).
     */
    static List<String> parseLabelList(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split(",", -1)) {
            String label = strip(piece, "[]'\"\n ");
            if (!label.isEmpty()) {
                out.add(label);
            }
        }
        return out;
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** The csv's path is relative to {@code DIR/nus_wide}, or to DIR when it already starts with that folder. */
    static Path resolve(Path dir, Path images, String file) {
        String f = file.replace('\\', '/');
        return f.startsWith(IMAGES + "/") ? dir.resolve(f) : images.resolve(f);
    }

    private static String withoutExtension(String file) {
        String f = file.strip().replace('\\', '/');
        if (f.startsWith(IMAGES + "/")) {
            f = f.substring(IMAGES.length() + 1);
        }
        int slash = f.lastIndexOf('/');
        int dot = f.lastIndexOf('.');
        return dot > slash ? f.substring(0, dot) : f;
    }

    private static String stem(String file) {
        String f = withoutExtension(file);
        return f.substring(f.lastIndexOf('/') + 1);
    }
}
