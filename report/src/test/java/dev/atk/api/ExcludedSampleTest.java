package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atk.source.Source;
import dev.atk.testing.FakeStdlib;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code data … excluding sample N seed K}: held-out images drawn without the tuning sample's items (docs/beyond.md's
 * protocol), so a confirmation cannot overlap its tuning images whatever the seeds.
 */
class ExcludedSampleTest {
    @TempDir
    Path dir;

    private EvalResult eval(String run, String script) {
        try (Session s = Session.builder().baseDir(dir).out(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).stdlib(new FakeStdlib()).resultsDir(dir.resolve(run))
                .cacheDir(dir.resolve("c")).runName(run).build()) {
            return s.eval(new Source(run + ".atk", script));
        }
    }

    private Set<String> items(String run) throws IOException {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(dir.resolve(run).resolve(run + ".jsonl"))) {
            JsonNode record = json.readTree(line);
            ids.add(record.get("itemId").asText());
        }
        return ids;
    }

    @Test
    void theHeldOutSampleNeverContainsAnExcludedItem() throws IOException {
        String attack = "\nrun bce() at eps = 0.01\n";
        assertEquals(EvalStatus.OK, eval("tuning", "model toy_cnn\ndata toy split test sample 10 seed 11" + attack)
                .status());
        // seed 11 again: without the exclusion it would be the very same 10 items
        EvalResult held = eval("held", "model toy_cnn\ndata toy split test sample 10 seed 11 excluding sample 10 seed 11"
                + attack);
        assertEquals(EvalStatus.OK, held.status(), held.describeProblems());
        Set<String> tuning = items("tuning");
        Set<String> heldOut = items("held");
        assertEquals(10, tuning.size());
        assertEquals(10, heldOut.size()); // 20 toy items: exactly the other ten
        Set<String> both = new HashSet<>(tuning);
        both.retainAll(heldOut);
        assertTrue(both.isEmpty(), "overlap " + both);
    }

    @Test
    void excludingEveryItemIsAPositionedError() {
        EvalResult r = eval("all", "model toy_cnn\ndata toy split test sample 5 excluding sample 20 seed 3\n"
                + "run bce() at eps = 0.01\n");
        assertEquals(EvalStatus.RUNTIME_ERROR, r.status(), r.describeProblems());
        assertTrue(r.describeProblems().contains("all.atk:2:1: no item of toy/test excluding sample 20 seed 3 to "
                + "attack: none of its 20 items is left"), r.describeProblems());
    }

    @Test
    void theExcludedSampleSizeIsChecked() {
        EvalResult r = eval("bad", "model toy_cnn\ndata toy split test sample 5 excluding sample 0 seed 3\n"
                + "run bce() at eps = 0.01\n");
        assertEquals(EvalStatus.SCRIPT_ERROR, r.status(), r.describeProblems());
        assertTrue(r.describeProblems().contains("bad.atk:2:47: excluded sample size must be a positive integer"), r.describeProblems());
        assertFalse(r.describeProblems().contains("Exception"), r.describeProblems());
    }
}
