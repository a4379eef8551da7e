package dev.atk.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.result.Provenance;
import dev.atk.result.ResultRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultLogTest {
    @TempDir
    Path dir;

    static ResultRecord record(String key, int flips) {
        return new ResultRecord(key, "m", "d", "d/1", "bce()", "bce()", 0.01, "0.01", flips, 25, 0.0098, 0.3, 0.002,
                new float[] {0.1f, 0.7f}, new float[] {0.6f, 0.2f}, 0.05, new Provenance("s", "p", "w", 7, "v", "cpu", "faithful"));
    }

    @Test
    void recordsRoundTripAndResumeReadsThemBack() {
        Path file = dir.resolve("r.jsonl");
        try (ResultLog log = ResultLog.open(file, false)) {
            log.append(List.of(record("a", 1), record("b", 2)));
        }
        try (ResultLog log = ResultLog.open(file, true)) {
            assertEquals(2, log.existingCount());
            ResultRecord b = log.existing("b");
            assertEquals(2, b.flips());
            assertEquals(0.7f, b.clean()[1]);
            assertEquals("faithful", b.provenance().fidelity());
        }
    }

    @Test
    void anObjectivesTargetAndTheAttacksMeasuresRoundTrip() {
        Path file = dir.resolve("r.jsonl");
        ResultRecord r = record("a", 1);
        ResultRecord withGoal = new ResultRecord(r.key(), r.model(), r.data(), r.itemId(), r.attack(), r.canonical(),
                r.budget(), r.budgetLabel(), r.flips(), r.iterations(), r.linf(), r.l2(), r.rmsd(), r.clean(),
                r.adversarial(), r.seconds(), r.provenance(), new float[] {Float.NaN, 1f}, 0.4,
                java.util.Map.of("success", 1.0, "queries", 27.0), null);
        try (ResultLog log = ResultLog.open(file, false)) {
            log.append(List.of(withGoal, record("old", 0)));
        }
        try (ResultLog log = ResultLog.open(file, true)) {
            ResultRecord back = log.existing("a");
            assertTrue(Float.isNaN(back.target()[0]), "a free label stays free");
            assertEquals(1f, back.target()[1]);
            assertEquals(0.4, back.decisionThreshold());
            assertEquals(27.0, back.measure("queries"));
            ResultRecord old = log.existing("old");
            assertNull(old.target());
            assertEquals(0.5, old.decisionThreshold(), "a record without a threshold is judged at 0.5");
            assertTrue(Double.isNaN(old.measure("success")));
        }
    }

    @Test
    void aPartialLastLineFromAKillIsDroppedOnResume() throws Exception {
        Path file = dir.resolve("r.jsonl");
        try (ResultLog log = ResultLog.open(file, false)) {
            log.append(List.of(record("a", 1)));
        }
        Files.writeString(file, "{\"key\":\"b\",\"flips\":", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ResultLog log = ResultLog.open(file, true)) {
            assertEquals(1, log.existingCount());
            assertNull(log.existing("b"));
            log.append(List.of(record("b", 3)));
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith("{\"key\":\"b\""), lines.get(1));
    }

    @Test
    void withoutResumeAnOldLogIsMovedAsideNotOverwritten() {
        Path file = dir.resolve("r.jsonl");
        try (ResultLog log = ResultLog.open(file, false)) {
            log.append(List.of(record("a", 1)));
        }
        try (ResultLog log = ResultLog.open(file, false)) {
            assertNotNull(log.movedAside());
            assertTrue(Files.exists(log.movedAside()));
            assertEquals(0, log.existingCount());
        }
    }
}
