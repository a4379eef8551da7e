package dev.atk.value;

import dev.atk.select.LabelCorrelations;
import dev.atk.spi.CorrelationResult;
import dev.atk.syntax.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code correlations(eps=…, samples=…, direction=up|down)} and the members of its value: the arguments (the
 * rest come from {@code set correlation_eps / correlation_samples}), the matrices as lists of rows, and the summary
 * {@code print} shows.
 */
public final class CorrelationValues {
    public static final List<String> MEMBERS = List.of("raw", "normalized", "diagonal_mean", "off_diagonal_mean",
            "labels", "eps", "samples");

    private CorrelationValues() {}

    /** A direction given as a bare word ({@code direction=down}) or a string. */
    public static String direction(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id().name();
        }
        if (e instanceof Expr.StringLit s) {
            return s.value();
        }
        return null;
    }

    public static Object member(CorrelationResult c, String name) {
        return switch (name) {
            case "raw" -> rows(c.raw());
            case "normalized" -> rows(LabelCorrelations.normalized(c.raw()));
            case "diagonal_mean" -> c.diagonalMean();
            case "off_diagonal_mean" -> c.offDiagonalMeanAbs();
            case "labels" -> (double) c.labels();
            case "eps" -> c.eps();
            case "samples" -> (double) java.util.Arrays.stream(c.samplesPerLabel()).min().orElse(0);
            default -> null;
        };
    }

    private static List<Object> rows(double[][] m) {
        List<Object> out = new ArrayList<>();
        for (double[] row : m) {
            List<Object> r = new ArrayList<>();
            for (double v : row) {
                r.add(v);
            }
            out.add(r);
        }
        return out;
    }

    /** {@code correlations flip-up 40×40, eps 0.005, 100 images per label: diagonal mean 0.61, off-diagonal ...}. */
    public static String describe(CorrelationResult c) {
        double[] range = c.offDiagonalRange();
        int min = java.util.Arrays.stream(c.samplesPerLabel()).min().orElse(0);
        int max = java.util.Arrays.stream(c.samplesPerLabel()).max().orElse(0);
        return String.format(Locale.ROOT, "correlations flip-%s %d×%d, eps %s, %s images per label: diagonal mean %.4f, "
                        + "off-diagonal mean |z| %.4f in [%.4f, %.4f]", c.direction(), c.labels(), c.labels(),
                Values.format(c.eps()), min == max ? Integer.toString(min) : min + "–" + max, c.diagonalMean(),
                c.offDiagonalMeanAbs(), range[0], range[1]);
    }
}
