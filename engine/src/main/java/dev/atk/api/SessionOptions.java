package dev.atk.api;

import dev.atk.exec.ReportWriter;
import dev.atk.spi.ProgressListener;
import dev.atk.spi.Stdlib;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How a session runs: where paths resolve, where output, results and caches go, and the run-wide choices.
 *
 * @param runName the results log is {@code resultsDir/runName.jsonl} (the script's name, or {@code repl})
 * @param seed overrides the script's default seed when not null
 * @param stdlib a specific backend (tests), or null to find one with ServiceLoader
 * @param reports where {@code report} statements go: ATK's tables, charts and image panels by default
 * @param allowedWrites folders outside the results folder that scripts may write into (the user's choice)
 * @param cluster the Spark master the attack tasks run on ({@code --cluster}), or null to run them in this process
 * @param sharedLog the results log holds many studies (the REPL's, continued from session to session), so resuming
 *                  it never refuses another model's records
 */
public record SessionOptions(Path baseDir, PrintStream out, ProgressListener progress, Path resultsDir, Path cacheDir,
                             String runName, Long seed, String device, boolean resume, Stdlib stdlib,
                             ReportWriter reports, java.util.List<Path> allowedWrites, boolean sharedLog,
                             String cluster) {}
