package dev.atk.api;

import dev.atk.diag.Diagnostic;
import dev.atk.result.ResultRecord;
import dev.atk.result.ResultTable;
import java.util.List;
import java.util.Optional;

/**
 * What one {@link Session#eval} did.
 *
 * @param diagnostics every problem found while checking (errors stop the evaluation before anything runs)
 * @param runtimeError the one-line message of a runtime failure, when status is RUNTIME_ERROR
 * @param recordsWritten result records appended to the log by this evaluation
 * @param recordsResumed records found in the log and skipped (with {@code --resume})
 * @param records the records this evaluation produced or resumed, in order
 * @param tables the tables its {@code report} statements computed, in order, as Java objects
 */
public record EvalResult(EvalStatus status, List<Diagnostic> diagnostics, Optional<String> runtimeError,
                         int recordsWritten, int recordsResumed, List<ResultRecord> records,
                         List<ResultTable> tables) {

    public EvalResult {
        diagnostics = List.copyOf(diagnostics);
        records = List.copyOf(records);
        tables = List.copyOf(tables);
    }

    /** An evaluation that produced no records and no tables (it stopped before running, or ran none). */
    public EvalResult(EvalStatus status, List<Diagnostic> diagnostics, Optional<String> runtimeError,
                      int recordsWritten, int recordsResumed) {
        this(status, diagnostics, runtimeError, recordsWritten, recordsResumed, List.of(), List.of());
    }

    /** The table of the {@code index}-th report statement of this evaluation that computed one. */
    public ResultTable table(int index) {
        return tables.get(index);
    }

    /** A runtime error that is also among the diagnostics (with its statement's line and caret). */
    public boolean positionedRuntimeError() {
        return status == EvalStatus.RUNTIME_ERROR && diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean ok() {
        return status == EvalStatus.OK;
    }

    /** Every diagnostic rendered with line and caret, then the runtime error if any: what a user should read. */
    public String describeProblems() {
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            b.append(d.render()).append('\n');
        }
        if (!positionedRuntimeError()) {
            runtimeError.ifPresent(e -> b.append("error: ").append(e).append('\n'));
        }
        return b.toString();
    }
}
