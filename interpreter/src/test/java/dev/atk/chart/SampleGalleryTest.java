package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders one realistic example of every chart type, as the experiments will use them. The files go to a temp
 * folder, or to the folder named by the environment variable {@code ATK_CHART_SAMPLES} so a person can look at
 * them (e.g. {@code ATK_CHART_SAMPLES=/tmp/chart-samples}).
 */
class SampleGalleryTest {
    @TempDir
    Path temp;

    private static final String[] LABELS = {
        "5_o_Clock_Shadow", "Arched_Eyebrows", "Attractive", "Bags_Under_Eyes", "Bald", "Bangs", "Big_Lips",
        "Big_Nose", "Black_Hair", "Blond_Hair", "Blurry", "Brown_Hair", "Bushy_Eyebrows", "Chubby", "Double_Chin",
        "Eyeglasses", "Goatee", "Gray_Hair", "Heavy_Makeup", "High_Cheekbones", "Male", "Mouth_Slightly_Open",
        "Mustache", "Narrow_Eyes", "No_Beard", "Oval_Face", "Pale_Skin", "Pointy_Nose", "Receding_Hairline",
        "Rosy_Cheeks", "Sideburns", "Smiling", "Straight_Hair", "Wavy_Hair", "Wearing_Earrings", "Wearing_Hat",
        "Wearing_Lipstick", "Wearing_Necklace", "Wearing_Necktie", "Young"};

    private Path folder() {
        String chosen = System.getenv("ATK_CHART_SAMPLES");
        return chosen == null || chosen.isBlank() ? temp : Path.of(chosen);
    }

    @Test
    void everyChartTypeRenders() throws IOException {
        Path out = folder();
        List<Path> files = new ArrayList<>();
        files.add(flipsVsBudget().render(out.resolve("flips-vs-budget.png")));
        files.add(profile().render(out.resolve("profile.png")));
        files.add(correlation().render(out.resolve("correlation-heatmap.png")));
        files.add(attackability().render(out.resolve("attackability-bars.png")));
        files.add(confidence().render(out.resolve("confidence-histogram.png")));
        files.add(examplePanel().render(out.resolve("example-panel.png")));
        files.add(Figure.builder().title("Label correlation: model vs dataset").columns(2).panelLetters(true)
                .add(correlation(), coOccurrence()).build().render(out.resolve("figure-two-heatmaps.png")));
        for (Path file : files) {
            Pixels.assertNotBlank(Pixels.read(file));
        }
        assertTrue(files.size() == 7);
    }

    static LineChart flipsVsBudget() {
        double[] budgets = LineChartTest.BUDGETS;
        LineChart.Builder chart = LineChart.builder().title("Flips vs budget (CelebA, 40 labels)")
                .xLabel("budget \u03b5 (L\u221e)").yLabel("mean flips per image").logX(true)
                .xTicks(budgets, LineChartTest.BUDGET_LABELS).referenceLine(0.1, "eps_max");
        String[] attacks = {"bce()", "linear()", "slam(q=0.5)", "mlah()", "cw()"};
        for (int a = 0; a < attacks.length; a++) {
            double[] means = new double[budgets.length];
            double[] stds = new double[budgets.length];
            for (int i = 0; i < budgets.length; i++) {
                means[i] = (a + 1) * 1.3 * Math.log(1 + 40 * budgets[i]);
                stds[i] = 0.3 + 0.1 * i;
            }
            chart.series(Series.of(attacks[a], SeriesStyle.LINE_AND_MARKERS, budgets, means, stds));
        }
        return chart.build();
    }

    static LineChart profile() {
        double[] eps = {0.005, 0.01, 0.02, 0.04, 0.08, 0.16};
        double[] flips = {0.4, 1.1, 2.9, 6.0, 9.5, 11.8};
        double[] fx = new double[120];
        double[] fy = new double[120];
        for (int i = 0; i < fx.length; i++) {
            fx[i] = 0.005 + i * (0.16 - 0.005) / (fx.length - 1);
            fy[i] = -0.3 + 130 * fx[i] - 260 * fx[i] * fx[i];
        }
        Rgb colour = Palette.colour(0);
        return LineChart.builder().title("Profile: resnet50 on CelebA").xLabel("\u03b5").yLabel("mean flips")
                .series(Series.of("measured (mean \u00b1 std)", SeriesStyle.MARKERS, eps, flips,
                        new double[] {0.2, 0.3, 0.5, 0.7, 0.9, 1.0}).withColour(colour))
                .series(Series.of("fitted quadratic", SeriesStyle.LINE, fx, fy).withColour(Palette.colour(1)))
                .referenceLine(0.1, "eps_max").build();
    }

    static Heatmap correlation() {
        int n = LABELS.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j ? 1 : 0.8 * Math.sin(0.37 * (i + j)) * Math.cos(0.11 * i * j);
            }
        }
        return Heatmap.builder().title("Model: label correlation").values(m).labels(List.of(LABELS))
                .diverging(0).range(-1, 1).colorBarLabel("Pearson r").build();
    }

    static Heatmap coOccurrence() {
        int n = LABELS.length;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = i == j ? 1 : Math.abs(Math.sin(0.21 * i * j + 0.3)) * 0.6;
            }
        }
        return Heatmap.builder().title("Dataset: co-occurrence").values(m).labels(List.of(LABELS))
                .range(0, 1).colorBarLabel("P(both | either)").build();
    }

    static BarChart attackability() {
        BarChart.Builder chart = BarChart.builder().title("Per-label attackability (slam, \u03b5 = 0.05)")
                .xLabel("label").yLabel("flip rate").sort(SortOrder.DESCENDING);
        for (int i = 0; i < LABELS.length; i++) {
            chart.bar(LABELS[i], 0.05 + 0.9 * Math.abs(Math.sin(i * 1.7)), 0.02 + 0.03 * Math.abs(Math.cos(i)));
        }
        return chart.build();
    }

    static Histogram confidence() {
        return Histogram.builder().title("Confidence of the true labels").xLabel("sigmoid output")
                .binEdges(0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
                .series("clean", 3, 2, 2, 3, 4, 5, 7, 12, 25, 60)
                .series("adversarial", 30, 22, 15, 9, 8, 7, 6, 5, 4, 3)
                .scale(HistogramScale.FRACTION).build();
    }

    static ImageGrid examplePanel() {
        int n = 32;
        float[][][] clean = new float[3][n][n];
        float[][][] delta = new float[3][n][n];
        float[][][] adversarial = new float[3][n][n];
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    clean[c][y][x] = (float) (0.5 + 0.4 * Math.sin(y * 0.3 + c) * Math.cos(x * 0.2));
                    delta[c][y][x] = (float) (0.03 * Math.sin(y * 1.1 + x * 0.7 + c));
                    adversarial[c][y][x] = Math.max(0, Math.min(1, clean[c][y][x] + delta[c][y][x]));
                }
            }
        }
        return ImageGrid.builder().title("Example 17: slam(q=0.5), \u03b5 = 0.03").cellSize(150)
                .columnTitles("clean", "adversarial", "perturbation \u00d733")
                .row("image 17", ImageCell.of(PixelImage.rgb(clean), "bag@top_left, shirt@top_right"),
                        ImageCell.of(PixelImage.rgb(adversarial), "+ hat@top_left", "\u2212 shirt@top_right"),
                        ImageCell.of(Perturbation.diverging(delta, 0.03), "max |\u03b4| = 0.030"))
                .build();
    }
}
