package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart a script can ask for, end to end through a session on the fake backend, as PNG and as SVG. With
 * {@code -Datk.chart.gallery=DIR} the files stay in DIR to be looked at.
 */
class ChartGalleryTest {
    @TempDir
    Path temp;

    private Path dir() {
        String gallery = System.getProperty("atk.chart.gallery");
        return gallery == null || gallery.isEmpty() ? temp : Path.of(gallery);
    }

    private String run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Session s = Session.builder().baseDir(dir()).out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .stdlib(new FakeStdlib()).resultsDir(dir()).cacheDir(temp.resolve("cache"))
                .runName("gallery").build()) {
            EvalResult r = s.eval(new Source("g.atk", script));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems() + out.toString(StandardCharsets.UTF_8));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertPng(String name) throws Exception {
        BufferedImage image = ImageIO.read(dir().resolve(name).toFile());
        assertTrue(image != null && image.getWidth() > 200 && image.getHeight() > 200, name);
    }

    private void assertSvg(String name) throws Exception {
        String svg = Files.readString(dir().resolve(name));
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), name);
        assertTrue(svg.contains("<svg") && svg.trim().endsWith("</svg>"), name);
    }

    @Test
    void everyChartKindWritesPngAndSvg() throws Exception {
        run("""
                model toy_cnn
                data toy split test sample 6 seed 11
                for eps in profile(0.05..1.0) run bce(), slam(q=0.5) into main
                report main as chart to "flips.png"
                report main as chart to "flips.svg"
                report main.confidences as chart to "confidences.png"
                for eps in [0.001, 0.004, 0.02] run bce(), linear() into fixed
                report fixed as chart to "flips-fixed.png"
                for eps in [0.02] run mifgsm(mu=1), mifgsm(mu=2), mifgsm(mu=3), mifgsm(mu=5) into n
                set chart_x = "mu"
                report n as chart to "sweep.png"
                set chart_x = "budget"
                report profile() as chart to "profile.png"
                report correlations() as chart to "correlations.png"
                report attackability(eps=0.01) as chart to "attackability.png"
                report attackability(eps=0.01) as chart to "attackability.svg"
                set report_images = 3
                report main as images to "examples.png"
                report main as images to "examples.svg"
                """);
        for (String png : new String[] {"flips.png", "confidences.png", "flips-fixed.png", "sweep.png", "profile.png",
                "correlations.png", "attackability.png", "examples.png"}) {
            assertPng(png);
        }
        for (String svg : new String[] {"flips.svg", "attackability.svg", "examples.svg"}) {
            assertSvg(svg);
        }
    }

    /** Fashion-MNIST's labels, longer than the fake's: slanted bar names and captions that must wrap. */
    @Test
    void realisticLabelsWrapAndSlant() throws Exception {
        ImageGridTest.grid().render(dir().resolve("grid-fashion.png"));
        String[] labels = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
            "Ankle boot"};
        BarPlot.Builder b = BarPlot.builder().title("Attackability, flip-up at ε = 0.01")
                .subtitle("flip rate vs mean confidence: r = 0.81, ρ = 0.77;  vs label frequency: r = -0.12, ρ = -0.05")
                .yLabel("flip rate (share of attacked images)").descending(true);
        for (int i = 0; i < labels.length; i++) {
            b.bar(labels[i], (i * 7 % 10) / 10.0);
        }
        b.build().render(dir().resolve("attackability-fashion.png"));
        assertPng("grid-fashion.png");
        assertPng("attackability-fashion.png");
    }
}
