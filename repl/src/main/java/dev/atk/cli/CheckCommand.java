package dev.atk.cli;

import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atk check FILE...}: reports every problem in each script without running anything, as a linter does: the
 * diagnostics of each file in turn, then one summary line. A file that cannot be read is reported and counted, and
 * the others are still checked. Exit code: 0 all ok, 65 a script has errors, 2 a file could not be read.
 */
@Command(name = "check", description = "Check scripts and report every problem; runs nothing.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The .atk scripts.")
    List<Path> files;

    /** The same --out and --allow-write as run: a report target is checked against the folders the run would use. */
    @Mixin
    SessionOptions options;

    @Override
    public Integer call() {
        int failed = 0;
        int unreadable = 0;
        long errors = 0;
        for (Path file : files) {
            long found = check(file);
            if (found != 0) {
                failed++;
                errors += Math.max(found, 0);
                unreadable += found < 0 ? 1 : 0;
            }
        }
        if (files.size() > 1) {
            String summary = files.size() + " files checked: " + (files.size() - failed) + " ok, " + failed
                    + " with problems" + (errors > 0 ? " (" + errors
                    + (errors == 1 ? " error)" : " errors)") : "");
            (failed == 0 ? root.out : root.err).println(summary);
        }
        return unreadable > 0 ? ExitCodes.USAGE : failed == 0 ? ExitCodes.OK : ExitCodes.SCRIPT_ERROR;
    }

    /** Checks one file: 0 when it is fine, its error count otherwise, -1 when it cannot be read. */
    private long check(Path file) {
        Source source;
        try {
            source = ScriptFiles.read(file);
        } catch (UsageError e) {
            if (files.size() == 1) {
                throw e; // an unreadable single file is a usage error (exit 2), as for `run`
            }
            root.err.println("atk check: " + e.getMessage());
            return -1;
        }
        Session session = options.builder(ScriptFiles.baseDirOf(file)).out(root.out).build();
        try {
            List<Diagnostic> found = session.check(source);
            Outcomes.printDiagnostics(found, root.err);
            if (Outcomes.hasErrors(found)) {
                long n = found.stream().filter(Diagnostic::isError).count();
                root.err.println(file + ": " + n + (n == 1 ? " error" : " errors"));
                return n;
            }
            root.out.println(file + ": ok");
            return 0;
        } finally {
            session.close();
        }
    }
}
