package dev.atk.cli;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import dev.atk.diag.Diagnostic;
import java.io.PrintStream;
import java.util.List;

/** Shows what an evaluation or a check found, the same way in the command line and the REPL. */
public final class Outcomes {
    private Outcomes() {}

    /** Prints diagnostics, a runtime error or "cancelled" on {@code err}; returns the exit code. */
    public static int report(EvalResult r, PrintStream err) {
        if (r == null) {
            err.println("internal error: the engine returned no result");
            return ExitCodes.RUNTIME_FAILURE;
        }
        printDiagnostics(r.diagnostics(), err);
        if (r.status() == EvalStatus.RUNTIME_ERROR && !r.positionedRuntimeError()) {
            err.println("error: " + r.runtimeError().orElse("the evaluation failed"));
        } else if (r.status() == EvalStatus.CANCELLED) {
            err.println(r.recordsWritten() > 0
                    ? "cancelled (" + r.recordsWritten() + " finished records kept in the results log)"
                    : "cancelled");
        }
        err.flush();
        return r.status().exitCode();
    }

    /** The most diagnostics printed for one script: past this, a count says how many more there are. */
    static final int MAX_SHOWN = 50;

    public static void printDiagnostics(List<Diagnostic> diagnostics, PrintStream err) {
        if (diagnostics == null) {
            return;
        }
        for (Diagnostic d : diagnostics.subList(0, Math.min(MAX_SHOWN, diagnostics.size()))) {
            err.println(d.render());
        }
        if (diagnostics.size() > MAX_SHOWN) {
            long errors = diagnostics.subList(MAX_SHOWN, diagnostics.size()).stream().filter(Diagnostic::isError).count();
            err.println("… " + (diagnostics.size() - MAX_SHOWN) + " more not shown (" + errors + " of them errors); "
                    + "fix these first");
        }
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics != null && diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
