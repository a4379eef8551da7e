package dev.atk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGINT during {@code atk run}: exit 130, and the results log holds only whole records. */
class RunInterruptTest {

    @TempDir
    Path dir;

    @Test
    void sigintCancelsTheRunAndKeepsTheLogValid() throws Exception {
        assumeTrue(new File("/bin/kill").canExecute() || new File("/usr/bin/kill").canExecute(), "no kill command");
        Path home = BundledModel.home();
        String why = BundledModel.whyNotUsable(dir);
        assumeTrue(why == null, why);
        Path script = Files.writeString(dir.resolve("long.atk"), """
                model fashion_cnn
                data fashion split test sample 64
                run bce(), linear() at eps = 0.5
                """);
        Path results = dir.resolve("results");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-DOPT_OUT_TRACKING=true", "-Datk.home=" + home));
        for (String key : new String[] {"DJL_CACHE_DIR", "jna.tmpdir"}) {
            if (System.getProperty(key) != null) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.atk.cli.Main",
                "run", script.toString(), "--out", results.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile());
        builder.environment().put("ATK_PROGRESS", "plain");
        builder.environment().put("OPT_OUT_TRACKING", "true");
        Process process = builder.start();
        try {
            // Let the run get under way: its first record, or a few seconds of attacking.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (process.isAlive() && System.nanoTime() < deadline && !hasRecords(results)) {
                Thread.sleep(200);
            }
            assumeTrue(process.isAlive(), "the run ended before it could be interrupted");
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run did not stop after SIGINT");
            String err = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
            assertEquals(130, process.exitValue(), err);
            assertTrue(err.contains("cancelled"), err);
            assertFalse(err.contains("\tat "), err);
            try (Stream<Path> logs = Files.exists(results) ? Files.list(results) : Stream.empty()) {
                for (Path log : logs.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                    for (String line : Files.readAllLines(log)) {
                        assertTrue(line.startsWith("{") && line.endsWith("}"), () -> log + ": torn record " + line);
                    }
                }
            }
        } finally {
            process.destroyForcibly();
        }
    }

    private static boolean hasRecords(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return false;
        }
        try (Stream<Path> files = Files.list(results)) {
            return files.anyMatch(p -> {
                try {
                    return p.toString().endsWith(".jsonl") && Files.size(p) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        }
    }
}
