package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise, for real: {@code atk run} killed with SIGKILL at thirty random moments and rerun with
 * {@code --resume} each time leaves every record in the log exactly once, keeps every whole record of a damaged log,
 * and prints the same table as a run that was never interrupted; a log of another model is refused.
 */
class KillAndResumeTest {
    static final String SCRIPT = """
            model fashion_cnn
            data fashion split test sample 24 seed 5
            set batch = 2
            for eps in [0.02, 0.05, 0.1] run bce(), linear()
            report flips
            """;
    static final int RECORDS = 24 * 3 * 2;

    @TempDir
    Path dir;

    /**
     * Thirty SIGKILLs at random moments (start-up, the profile-free sweep, mid-write of a batch), each followed by a
     * resume that is itself killed, then a resume to the end with a corrupt line planted in the middle of the log:
     * every record exactly once, the damaged lines set aside, and the same table as a run never interrupted.
     */
    @Test
    void thirtyKillsAtRandomMomentsLoseAndRepeatNothing() throws Exception {
        Path script = dir.resolve("sweep.atk");
        Files.writeString(script, SCRIPT);
        long begin = System.nanoTime();
        Run clean = atk(List.of("run", script.toString(), "--out", dir.resolve("clean").toString()));
        long cleanMillis = (System.nanoTime() - begin) / 1_000_000;
        assertEquals(0, clean.exit, clean.err);

        Path out = dir.resolve("killed");
        Path log = out.resolve("sweep.jsonl");
        java.util.Random moments = new java.util.Random(30);
        int kills = 0;
        int finishedBeforeTheKill = 0;
        // until 30 kills have landed: a resumed run with little left may finish before its moment comes (then the
        // study starts over, so that later kills land in work again)
        for (int attempt = 0; kills < 30 && attempt < 100; attempt++) {
            Process victim = start(List.of("run", script.toString(), "--resume", "--out", out.toString()));
            long delay = 200 + (long) (moments.nextDouble() * cleanMillis * 0.45);
            if (victim.waitFor(delay, TimeUnit.MILLISECONDS)) {
                finishedBeforeTheKill++;
                Files.deleteIfExists(log); // finished: start the study again so that every kill lands in work
                continue;
            }
            victim.destroyForcibly().waitFor();
            kills++;
        }
        assertEquals(30, kills, kills + " kills; " + finishedBeforeTheKill + " runs finished first");

        List<String> before = new ArrayList<>(Files.exists(log) ? Files.readAllLines(log) : List.of());
        before.add(before.size() / 2, "{\"key\": \"planted\", \"flips\": oops}");
        Files.write(log, before);
        Run resumed = atk(List.of("run", script.toString(), "--resume", "--out", out.toString()));
        assertEquals(0, resumed.exit, resumed.err);
        List<String> records = Files.readAllLines(log);
        Set<String> keys = new HashSet<>();
        for (String r : records) {
            int at = r.indexOf("\"key\":\"") + 7;
            keys.add(r.substring(at, r.indexOf('"', at)));
        }
        assertEquals(RECORDS, records.size(), "records after " + kills + " kills");
        assertEquals(RECORDS, keys.size(), "a record is duplicated");
        assertTrue(Files.readString(out.resolve("sweep.jsonl.rejected")).contains("planted"),
                "the planted line is set aside, not deleted");
        assertTrue(resumed.err.contains("damaged line"), resumed.err);
        assertEquals(clean.out, resumed.out, "the resumed table differs from the uninterrupted one");
        System.out.printf("kill and resume: %d kills, %d runs finished before their kill, %d records exactly once%n",
                kills, finishedBeforeTheKill, RECORDS);
    }

    @Test
    void resumingTheLogOfAnotherModelIsRefusedInOneLine() throws Exception {
        Path first = dir.resolve("study.atk");
        Files.writeString(first, "model fashion_cnn\ndata fashion split test sample 2 seed 5\nrun bce() at eps = 0.02\n");
        Run made = atk(List.of("run", first.toString(), "--out", dir.resolve("out").toString()));
        assertEquals(0, made.exit, made.err);
        Path other = dir.resolve("elsewhere");
        Files.createDirectories(other);
        Path second = Files.writeString(other.resolve("study.atk"),
                "model q2l_fashion\ndata fashion split test sample 2 seed 5\nrun bce() at eps = 0.02\n");
        Run refused = atk(List.of("run", second.toString(), "--resume", "--out", dir.resolve("out").toString()));
        assertEquals(1, refused.exit, refused.err);
        assertTrue(refused.err.contains("holds results of model fashion_cnn, and this script runs q2l_fashion"),
                refused.err);
        assertEquals(2, Files.readAllLines(dir.resolve("out/study.jsonl")).size(), "the log is left as it was");
    }

    record Run(int exit, String out, String err) {}

    static Process start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-DOPT_OUT_TRACKING=true", "-Datk.home=" + System.getProperty("atk.home"),
                "-cp", System.getProperty("java.class.path"), "dev.atk.cli.Main"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("OPT_OUT_TRACKING", "true");
        pb.environment().put("ATK_PROGRESS", "off");
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE).redirectError(ProcessBuilder.Redirect.PIPE);
        return pb.start();
    }

    static Run atk(List<String> args) throws Exception {
        Process p = start(args);
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        int exit = p.waitFor();
        return new Run(exit, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
