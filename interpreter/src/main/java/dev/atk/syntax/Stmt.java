package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import java.util.List;
import java.util.Optional;

/** Statements of the ATK language (LANGUAGE.md, "Statements"). Immutable; every node knows its span. */
public sealed interface Stmt {

    SourceSpan span();

    /**
     * {@code model NAME [as ID]} or {@code model "config.json" [as ID]}.
     * {@code ref} is the bundled name or the path; {@code isPath} tells which was written.
     */
    record ModelStmt(SourceSpan span, String ref, boolean isPath, SourceSpan refSpan, Optional<Ident> alias) implements Stmt {}

    /** {@code data NAME [at "dir"] [split S] [sample N] [seed K] [where EXPR]}. */
    record DataStmt(SourceSpan span, Ident name, Optional<Expr> at, Optional<Ident> split, Optional<Expr> sample,
                    Optional<Expr> seed, Optional<Expr> where) implements Stmt {}

    /** {@code set KEY = EXPR}. */
    record SetStmt(SourceSpan span, Ident key, Expr value) implements Stmt {}

    /** {@code let ID = EXPR}. */
    record LetStmt(SourceSpan span, Ident name, Expr value) implements Stmt {}

    /** {@code for ID in EXPR [, ID in EXPR]* run ATTACKS [into ID]}: the cross product of the loop values. */
    record ForRunStmt(SourceSpan span, List<LoopVar> loops, List<Expr.Call> attacks, Optional<Ident> into) implements Stmt {}

    /** {@code for ID in EXPR [, ID in EXPR]* { STATEMENTS }}. */
    record ForBlockStmt(SourceSpan span, List<LoopVar> loops, List<Stmt> body) implements Stmt {}

    /** {@code run ATTACKS [at eps = EXPR] [into ID]}; {@code atVar} is the name written after {@code at}. */
    record RunStmt(SourceSpan span, List<Expr.Call> attacks, Optional<Ident> atVar, Optional<Expr> atValue,
                   Optional<Ident> into) implements Stmt {}

    /** {@code report EXPR [as FORMAT] [to "path"]}. */
    record ReportStmt(SourceSpan span, Expr what, Optional<Format> format, Optional<Expr> to) implements Stmt {}

    /** {@code as FORMAT} of a report, parsed, with where the word stands (charts without a file are refused there). */
    record Format(OutputFormat value, SourceSpan span) {}

    /** {@code print EXPR}. */
    record PrintStmt(SourceSpan span, Expr value) implements Stmt {}

    /** One {@code ID in EXPR} of a {@code for}. */
    record LoopVar(Ident name, Expr domain) {}
}
