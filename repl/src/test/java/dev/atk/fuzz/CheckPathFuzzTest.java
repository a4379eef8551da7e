package dev.atk.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import dev.atk.spi.ComponentInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the check path (parse, check, plan: everything {@code atk check} does) with 10,000 generated scripts in one
 * JVM, from the examples as the seed corpus ({@link ScriptMutator} says how they are made). For every script: no
 * exception or error escapes {@link Session#check}, no stack overflow, no internal-error diagnostic, none runs past
 * 5 s, and every diagnostic has a position inside the script and renders to a bounded text.
 *
 * <p>Reproducible: case i of master seed S is always the same script. A failing case is written to
 * {@code target/fuzz-failures/SEED.atk}. Run more cases or another seed with
 * {@code -Datk.fuzz.cases=100000 -Datk.fuzz.seed=42}.
 */
class CheckPathFuzzTest {
    private static final long MASTER_SEED = Long.getLong("atk.fuzz.seed", 20261207L);
    private static final int CASES = Integer.getInteger("atk.fuzz.cases", 10_000);
    private static final long LIMIT_MS = 5_000;
    /** A rendered diagnostic stays readable whatever the input: clipped message and hint, a windowed line. */
    private static final int MAX_RENDERED = 2_000;

    @Test
    void theCheckPathSurvivesEveryGeneratedScript() throws Exception {
        Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(examples), Files.list(examples.resolve("paper")))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".atk")).sorted().toList()) {
                corpus.add(Files.readString(p));
            }
        }
        Session session = Session.builder().baseDir(examples).build();
        List<String> names = new ArrayList<>(session.catalog().components().stream().map(ComponentInfo::name).toList());
        names.addAll(session.catalog().modelNames());
        ScriptMutator mutator = new ScriptMutator(corpus, names);

        Map<ScriptMutator.Kind, Integer> counts = new EnumMap<>(ScriptMutator.Kind.class);
        List<String> failures = new ArrayList<>();
        long slowest = 0;
        String slowestCase = "";
        long diagnostics = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-check");
            t.setDaemon(true); // a case stuck past its limit must not keep the test JVM alive
            return t;
        });
        try {
            for (int i = 0; i < CASES && failures.size() < 10; i++) {
                ScriptMutator.Case c = mutator.make(MASTER_SEED, i);
                counts.merge(c.kind(), 1, Integer::sum);
                Source source = new Source("fuzz-" + c.seed() + ".atk", c.text());
                long start = System.nanoTime();
                Future<List<Diagnostic>> checked = worker.submit(() -> session.check(source));
                List<Diagnostic> found;
                try {
                    found = checked.get(LIMIT_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    failures.add(fail(c, "ran past " + LIMIT_MS + " ms"));
                    break; // the worker is stuck in it; nothing after it would be measured fairly
                } catch (ExecutionException e) {
                    failures.add(fail(c, "escaped: " + e.getCause()));
                    continue;
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (ms > slowest) {
                    slowest = ms;
                    slowestCase = c.kind() + " " + c.seed();
                }
                diagnostics += found.size();
                String problem = problemWith(found, source);
                if (problem != null) {
                    failures.add(fail(c, problem));
                }
            }
        } finally {
            worker.shutdownNow();
            session.close();
        }
        System.out.printf("check-path fuzz: seed %d, %s, %d diagnostics, slowest case %d ms (%s)%n", MASTER_SEED,
                counts, diagnostics, slowest, slowestCase);
        assertTrue(failures.isEmpty(), () -> failures.size() + " failing cases:\n" + String.join("\n", failures));
    }

    /** What is wrong with a check's diagnostics, or null: each positioned inside the script, bounded, not internal. */
    private static String problemWith(List<Diagnostic> found, Source source) {
        int lines = Math.max(1, source.lineCount());
        for (Diagnostic d : found) {
            if (d.span() == null) {
                return "a diagnostic without a position: " + d.message();
            }
            if (d.span().line() < 1 || d.span().line() > lines + 1 || d.span().column() < 1) {
                return "a diagnostic outside the script (" + d.span().line() + ":" + d.span().column() + " of "
                        + lines + " lines): " + d.message();
            }
            if (d.message().startsWith("internal error")) {
                return d.message();
            }
            String rendered = d.render();
            if (rendered.length() > MAX_RENDERED) {
                return "a diagnostic rendered to " + rendered.length() + " characters: "
                        + rendered.substring(0, 200);
            }
        }
        return null;
    }

    private static String fail(ScriptMutator.Case c, String why) {
        Path dir = Path.of("target", "fuzz-failures");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(c.seed() + ".atk"), c.text(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            why += " (could not save the case: " + e.getMessage() + ")";
        }
        String head = c.text().length() > 120 ? c.text().substring(0, 120) + "…" : c.text();
        return "case " + c.seed() + " (" + c.kind() + "): " + why + "\n    " + head.replace("\n", "\\n");
    }
}
