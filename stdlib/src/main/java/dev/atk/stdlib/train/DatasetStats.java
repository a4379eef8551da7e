package dev.atk.stdlib.train;

import dev.atk.stdlib.data.FashionLabels;
import dev.atk.stdlib.data.SceneSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Label statistics of a scene set, printed as Markdown for docs/dataset.md. */
public final class DatasetStats {
    private DatasetStats() {}

    public static String markdown(SceneSet s, int topPairs) {
        int n = s.count();
        int l = s.numLabels();
        long[] freq = new long[l];
        long[] perImage = new long[l + 1];
        long[][] pair = new long[l][l];
        long[] classFreq = new long[FashionLabels.NUM_CLASSES];
        long[][] classPair = new long[FashionLabels.NUM_CLASSES][FashionLabels.NUM_CLASSES];
        long total = 0;
        for (int i = 0; i < n; i++) {
            int[] pos = s.labels(i);
            perImage[pos.length]++;
            total += pos.length;
            boolean[] cls = new boolean[FashionLabels.NUM_CLASSES];
            for (int a : pos) {
                freq[a]++;
                cls[FashionLabels.classOf(a)] = true;
                for (int b : pos) {
                    if (a < b) {
                        pair[a][b]++;
                    }
                }
            }
            for (int a = 0; a < cls.length; a++) {
                if (cls[a]) {
                    classFreq[a]++;
                    for (int b = a + 1; b < cls.length; b++) {
                        if (cls[b]) {
                            classPair[a][b]++;
                        }
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "- scenes: %d, positives per image: mean %.2f; ", n, (double) total / n));
        for (int k = 1; k <= 4; k++) {
            sb.append(String.format(Locale.ROOT, "%d: %.1f%%%s", k, 100.0 * perImage[k] / n, k < 4 ? ", " : "\n"));
        }
        Integer[] order = new Integer[l];
        for (int j = 0; j < l; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, Comparator.comparingLong((Integer j) -> freq[j]).reversed());
        sb.append(String.format(Locale.ROOT, "- label frequency (fraction of scenes): max %s %.3f, min %s %.4f;"
                + " labels with no positive: %d%n", s.labelNames().get(order[0]), (double) freq[order[0]] / n,
                s.labelNames().get(order[l - 1]), (double) freq[order[l - 1]] / n,
                java.util.Arrays.stream(freq).filter(f -> f == 0).count()));
        sb.append("- most frequent labels: ");
        for (int k = 0; k < 6; k++) {
            sb.append(String.format(Locale.ROOT, "%s %.3f%s", s.labelNames().get(order[k]),
                    (double) freq[order[k]] / n, k < 5 ? ", " : "\n"));
        }
        sb.append("- least frequent labels: ");
        for (int k = l - 6; k < l; k++) {
            sb.append(String.format(Locale.ROOT, "%s %.4f%s", s.labelNames().get(order[k]),
                    (double) freq[order[k]] / n, k < l - 1 ? ", " : "\n"));
        }
        sb.append("- class frequency (scenes containing the class anywhere): ");
        for (int c = 0; c < classFreq.length; c++) {
            sb.append(String.format(Locale.ROOT, "%s %.3f%s", FashionLabels.CLASSES.get(c),
                    (double) classFreq[c] / n, c < classFreq.length - 1 ? ", " : "\n"));
        }
        sb.append("- top label co-occurrences (fraction of scenes with both): ");
        appendTop(sb, pair, s.labelNames(), n, topPairs);
        sb.append("- top class co-occurrences (any quadrant): ");
        appendTop(sb, classPair, FashionLabels.CLASSES, n, topPairs);
        return sb.toString();
    }

    private static void appendTop(StringBuilder sb, long[][] m, List<String> names, int n, int top) {
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < m.length; a++) {
            for (int b = a + 1; b < m.length; b++) {
                if (m[a][b] > 0) {
                    pairs.add(new int[] {a, b});
                }
            }
        }
        pairs.sort(Comparator.comparingLong((int[] p) -> m[p[0]][p[1]]).reversed());
        for (int k = 0; k < Math.min(top, pairs.size()); k++) {
            int[] p = pairs.get(k);
            sb.append(String.format(Locale.ROOT, "%s + %s %.3f%s", names.get(p[0]), names.get(p[1]),
                    (double) m[p[0]][p[1]] / n, k < Math.min(top, pairs.size()) - 1 ? ", " : "\n"));
        }
    }
}
