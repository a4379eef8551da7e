package dev.atk.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.atk.api.Session;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins {@code explain} output: for every {@code plans/NAME.atk} the plan before and after optimisation must equal
 * {@code plans/NAME.plan}. Run with {@code -Datk.golden.update=true} to rewrite the golden files after an intended
 * change (and review the diff).
 */
class PlanGoldenTest {
    static final Path DIR = Path.of("src/test/resources/plans");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> plansMatchGoldenFiles() throws IOException {
        return Files.list(DIR).filter(p -> p.toString().endsWith(".atk")).sorted().map(script -> DynamicTest.dynamicTest(
                script.getFileName().toString(), () -> {
                    String text = Files.readString(script);
                    String actual;
                    try (Session s = Session.builder().baseDir(tmp).stdlib(new FakeStdlib()).cacheDir(tmp).build()) {
                        actual = s.explain(new Source(script.getFileName().toString(), text));
                    }
                    Path golden = Path.of(script.toString().replace(".atk", ".plan"));
                    if (Boolean.getBoolean("atk.golden.update")) {
                        Files.writeString(golden, actual, StandardCharsets.UTF_8);
                    }
                    // a missing golden is a failure, never a silent pass: write it on purpose, look at it, commit it
                    if (!Files.exists(golden)) {
                        fail("no golden file " + golden + " (run with -Datk.golden.update=true, then review it)");
                    }
                    assertEquals(Files.readString(golden), actual);
                }));
    }
}
