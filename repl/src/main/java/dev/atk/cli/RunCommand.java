package dev.atk.cli;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.api.Session;
import dev.atk.cli.progress.Progress;
import dev.atk.cli.progress.ProgressRenderer;
import dev.atk.diag.Diagnostic;
import dev.atk.source.Source;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code atk run FILE}: check, plan, optimise and run a script; Ctrl-C cancels and keeps finished records. */
@Command(name = "run", description = "Check, plan and run a script.", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    AtkCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .atk script.")
    Path file;

    @Option(names = "--explain", description = "Print the plan before and after optimisation, then run.")
    boolean explain;

    @Option(names = "--resume", description = "Skip records already in the results log.")
    boolean resume;

    @Mixin
    SessionOptions options;

    @Override
    public Integer call() {
        Source source = ScriptFiles.read(file);
        PrintStream err = root.err;
        ProgressRenderer progress = Progress.forStream(err);
        PrintStream out = progress.guard(root.out);
        Session session = options.builder(ScriptFiles.baseDirOf(file)).runName(ScriptFiles.runName(file))
                .out(out).progress(progress).resume(resume).build();
        try {
            if (explain) {
                List<Diagnostic> found = session.check(source);
                if (Outcomes.hasErrors(found)) {
                    Outcomes.printDiagnostics(found, err);
                    return ExitCodes.SCRIPT_ERROR;
                }
                out.println(session.explain(source).stripTrailing());
                out.println();
            }
            Interrupts interrupts = Interrupts.onSigint(session::cancel, () -> {
                progress.clear();
                err.println("cancelling... (Ctrl-C again to stop at once)");
            });
            EvalResult result;
            try {
                result = session.eval(source);
            } finally {
                interrupts.close();
            }
            progress.reset();
            int code = Outcomes.report(result, err);
            if (result != null && result.status() == EvalStatus.OK
                    && (result.recordsWritten() > 0 || result.recordsResumed() > 0)) {
                err.println(result.recordsWritten() + " records written"
                        + (result.recordsResumed() > 0 ? ", " + result.recordsResumed() + " resumed" : ""));
            }
            return code;
        } finally {
            progress.reset();
            out.flush();
            session.close();
        }
    }
}
