package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule for files a script writes (docs/language.md, "Files a script writes"), one test per escape a trial found:
 * a script writes only inside its results folder, or a folder the user allowed; never through a symbolic link, never
 * over something that is not a regular file; and {@code set out} stays inside the script's folder.
 */
class WritePathsTest {
    static final String RUN = """
            model toy_cnn
            data toy split test sample 2 seed 11
            run bce() at eps = 0.01
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Path scripts() throws Exception {
        return Files.createDirectories(dir.resolve("study"));
    }

    private Path results() {
        return dir.resolve("study/results");
    }

    private Session session(SessionBuilder b) throws Exception {
        return b.baseDir(scripts()).out(new PrintStream(out, true, StandardCharsets.UTF_8)).stdlib(new FakeStdlib())
                .resultsDir(results()).cacheDir(dir.resolve("cache")).runName("paths").build();
    }

    private EvalResult eval(String script) throws Exception {
        try (Session s = session(Session.builder())) {
            return s.eval(new Source("paths.atk", script));
        }
    }

    private static Diagnostic onlyError(EvalResult r) {
        assertEquals(EvalStatus.SCRIPT_ERROR, r.status(), r.describeProblems());
        assertEquals(1, r.diagnostics().size(), r.describeProblems());
        return r.diagnostics().get(0);
    }

    @Test
    void aRelativeTargetLandsInTheResultsFolder() throws Exception {
        EvalResult r = eval(RUN + "report flips as csv to \"tables/flips.csv\"\n");
        assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        assertTrue(Files.isRegularFile(results().resolve("tables/flips.csv")), "--out holds the reports too");
        assertFalse(Files.exists(scripts().resolve("tables")), "nothing is written next to the script");
    }

    @Test
    void climbingOutOfTheResultsFolderIsACheckErrorAndWritesNothing() throws Exception {
        Path victim = Files.createDirectories(dir.resolve("outside")).resolve("victim.txt");
        Files.writeString(victim, "precious");
        Diagnostic d = onlyError(eval(RUN + "report flips to \"../../outside/victim.txt\"\n"));
        assertEquals(4, d.span().line());
        assertEquals(17, d.span().column());
        assertTrue(d.message().contains("outside the results folder"), d.message());
        assertTrue(d.hint().orElseThrow().contains("--allow-write"), d.render());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void anAbsoluteTargetNeedsTheUsersAllowance() throws Exception {
        Path elsewhere = dir.resolve("paper/figures");
        String script = RUN + "report flips as markdown to \"" + elsewhere.resolve("flips.md") + "\"\n";
        onlyError(eval(script));
        assertFalse(Files.exists(elsewhere));
        try (Session s = session(Session.builder().allowWrite(dir.resolve("paper")))) {
            EvalResult r = s.eval(new Source("paths.atk", script));
            assertEquals(EvalStatus.OK, r.status(), r.describeProblems());
        }
        assertTrue(Files.isRegularFile(elsewhere.resolve("flips.md")), "an allowed folder gets its subfolders");
    }

    @Test
    void aSymbolicLinkNamedAsTheTargetIsNotFollowed() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Files.createDirectories(results());
        Files.createSymbolicLink(results().resolve("flips.md"), victim);
        EvalResult r = eval(RUN + "report flips as markdown to \"flips.md\"\n");
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r.describeProblems());
        assertTrue(r.runtimeError().orElseThrow().contains("symbolic link"), r.runtimeError().orElseThrow());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void aSymbolicLinkOnTheWayIsNotFollowed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(results());
        Files.createSymbolicLink(results().resolve("charts"), outside);
        EvalResult r = eval(RUN + "report flips as chart to \"charts/flips.png\"\n");
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r.describeProblems());
        assertTrue(r.runtimeError().orElseThrow().contains("symbolic link"), r.runtimeError().orElseThrow());
        try (var files = Files.list(outside)) {
            assertEquals(0, files.count(), "nothing was written through the link");
        }
    }

    @Test
    void somethingThatIsNotARegularFileIsNotOverwritten() throws Exception {
        Files.createDirectories(results().resolve("flips.md"));
        EvalResult r = eval(RUN + "report flips as markdown to \"flips.md\"\n");
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r.describeProblems());
        assertTrue(r.runtimeError().orElseThrow().contains("not a regular file"), r.runtimeError().orElseThrow());
    }

    @Test
    void chartFoldersAreCreatedOnlyInsideTheResultsFolder() throws Exception {
        EvalResult ok = eval(RUN + "report flips as chart to \"a/b/flips.png\"\n");
        assertEquals(EvalStatus.OK, ok.status(), ok.describeProblems());
        assertTrue(Files.isRegularFile(results().resolve("a/b/flips.png")));
        onlyError(eval(RUN + "report flips as chart to \"../../made/by/script.png\"\n"));
        assertFalse(Files.exists(dir.resolve("made")), "no folder is made outside");
    }

    @Test
    void setOutMayNotLeaveTheScriptsFolder() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path existing = Files.writeString(outside.resolve("paths.jsonl"), "not ours\n");
        Diagnostic d = onlyError(eval("set out = \"../outside\"\n" + RUN));
        assertEquals(1, d.span().line());
        assertTrue(d.message().contains("outside the script's folder"), d.message());
        assertEquals("not ours\n", Files.readString(existing), "the file there is neither moved nor renamed");
        try (var files = Files.list(outside)) {
            assertEquals(1, files.count());
        }
        EvalResult inside = eval("set out = \"mine\"\n" + RUN + "report flips as csv to \"f.csv\"\n");
        assertEquals(EvalStatus.OK, inside.status(), inside.describeProblems());
        assertTrue(Files.isRegularFile(scripts().resolve("mine/f.csv")));
        assertTrue(Files.isRegularFile(scripts().resolve("mine/paths.jsonl")));
    }
}
