package dev.atk.cli;

import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atk check FILE}: report every problem in a script without running anything. */
@Command(name = "check", description = "Check a script and report every problem; runs nothing.",
        mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .atk script.")
    Path file;

    @Override
    public Integer call() {
        Source source = ScriptFiles.read(file);
        Session session = Session.builder().baseDir(ScriptFiles.baseDirOf(file)).out(root.out).build();
        try {
            List<Diagnostic> found = session.check(source);
            Outcomes.printDiagnostics(found, root.err);
            if (Outcomes.hasErrors(found)) {
                long n = found.stream().filter(Diagnostic::isError).count();
                root.err.println(n + (n == 1 ? " error" : " errors"));
                return ExitCodes.SCRIPT_ERROR;
            }
            root.out.println(file + ": ok");
            return ExitCodes.OK;
        } finally {
            session.close();
        }
    }
}
