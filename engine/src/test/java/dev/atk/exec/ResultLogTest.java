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
            assertEquals(List.of("line 2: an unfinished last line, as a killed run leaves"), log.rejected());
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

    /** A log of 48 records with lines spoiled in the middle, as a disk error or a careless editor leaves them. */
    private Path damagedLog(String... spoilers) throws Exception {
        Path file = dir.resolve("r.jsonl");
        try (ResultLog log = ResultLog.open(file, false)) {
            for (int i = 0; i < 48; i++) {
                log.append(List.of(record("k" + i, i % 5)));
            }
        }
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < spoilers.length; i++) {
            lines.add(10 + 7 * i, spoilers[i]);
        }
        Files.write(file, lines);
        return file;
    }

    @Test
    void aCorruptLineInTheMiddleLosesNoRecordAndIsQuarantined() throws Exception {
        Path file = damagedLog("{\"key\":\"broken\",\"flips\":3,,,", "garbage \u0000 bytes", "[1, 2]");
        try (ResultLog log = ResultLog.open(file, true)) {
            assertEquals(48, log.existingCount(), "every whole record is kept");
            assertEquals(3, log.rejected().size(), log.rejected()::toString);
            assertTrue(log.rejected().get(0).startsWith("line 11: not a record"), log.rejected()::toString);
            log.append(List.of(record("k48", 1)));
        }
        List<String> kept = Files.readAllLines(file);
        assertEquals(49, kept.size(), "the log is rewritten with its whole records, then appended to");
        assertEquals(List.of("{\"key\":\"broken\",\"flips\":3,,,", "garbage \u0000 bytes", "[1, 2]"),
                Files.readAllLines(dir.resolve("r.jsonl.rejected")), "the damaged lines are kept, not deleted");
        try (ResultLog again = ResultLog.open(file, true)) {
            assertEquals(49, again.existingCount());
            assertTrue(again.rejected().isEmpty(), "a repaired log resumes cleanly");
        }
    }

    @Test
    void emptyObjectsKeylessLinesAndRepeatedKeysAreNotRecords() throws Exception {
        Path file = damagedLog("{}", "{\"flips\": 2, \"model\": \"m\"}", "{\"key\": \"\", \"model\": \"m\"}",
                ResultLog.JSON.writeValueAsString(record("k3", 4)));
        try (ResultLog log = ResultLog.open(file, true)) {
            assertEquals(48, log.existingCount());
            assertEquals(4, log.rejected().size(), log.rejected()::toString);
            assertTrue(log.rejected().get(3).contains("a second record with key k3"), log.rejected()::toString);
            assertEquals(3, log.existing("k3").flips(), "the first record of a key is the one kept");
        }
    }

    @Test
    void aLogOfAnotherModelIsRefusedWithOneClearLine() throws Exception {
        Path file = dir.resolve("r.jsonl");
        try (ResultLog log = ResultLog.open(file, false)) {
            log.append(List.of(record("a", 1)));
        }
        dev.atk.spi.AtkRuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.atk.spi.AtkRuntimeException.class, () -> ResultLog.open(file, true, java.util.Set.of("other")));
        assertTrue(e.getMessage().contains("holds results of model m, and this script runs other"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        assertEquals(1, Files.readAllLines(file).size(), "a refused log is left as it was");
        try (ResultLog same = ResultLog.open(file, true, java.util.Set.of("m", "other"))) {
            assertEquals(1, same.existingCount());
        }
    }

    @Test
    void aLogThatNeverReceivedARecordIsNotLeftBehind() {
        Path file = dir.resolve("r.jsonl");
        ResultLog.open(file, false).close();
        assertTrue(Files.notExists(file), "an empty log tells nothing and piles up");
    }
}
