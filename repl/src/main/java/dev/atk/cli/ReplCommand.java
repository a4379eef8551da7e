package dev.atk.cli;

import dev.atk.repl.Repl;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code atk repl}: the interactive prompt. */
@Command(name = "repl", description = "Start the interactive prompt (also what 'atk' alone does).",
        mixinStandardHelpOptions = true)
final class ReplCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Mixin
    SessionOptions options;

    @Override
    public Integer call() throws Exception {
        // one log for every REPL session, continued rather than moved aside at each start: records already in it
        // are reused by key, and nothing piles up
        return Repl.start(options.builder(Path.of("").toAbsolutePath()).runName("repl").resume(true).sharedLog(true));
    }
}
