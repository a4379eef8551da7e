package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * Statements of the ATK language (LANGUAGE.md, "Statements"). Immutable; every node knows its span. Stages handle
 * statements through a {@link Visitor}, so a new kind of statement does not compile until each stage says what it
 * does with it.
 */
public sealed interface Stmt {

    SourceSpan span();

    /** Hands this statement to the visitor's method for its kind, with the stage's context (a scope, bindings). */
    <C> void accept(Visitor<C> visitor, C context);

    /** One method per kind of statement: a stage that handles statements implements all of them. */
    interface Visitor<C> {
        void model(ModelStmt s, C context);

        void data(DataStmt s, C context);

        void set(SetStmt s, C context);

        void let(LetStmt s, C context);

        void forRun(ForRunStmt s, C context);

        void forBlock(ForBlockStmt s, C context);

        void run(RunStmt s, C context);

        void report(ReportStmt s, C context);

        void print(PrintStmt s, C context);
    }

    /**
     * {@code model NAME [as ID]} or {@code model "config.json" [as ID]}.
     * {@code ref} is the bundled name or the path; {@code isPath} tells which was written.
     */
    record ModelStmt(SourceSpan span, String ref, boolean isPath, SourceSpan refSpan, Optional<Ident> alias) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.model(this, context);
        }
    }

    /** {@code data NAME [at "dir"] [split S] [sample N] [seed K] [where EXPR] [excluding sample N seed K]}. */
    record DataStmt(SourceSpan span, Ident name, Optional<Expr> at, Optional<Ident> split, Optional<Expr> sample,
                    Optional<Expr> seed, Optional<Expr> where, Optional<Excluding> excluding) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.data(this, context);
        }
    }

    /**
     * {@code excluding sample N seed K}: the items that {@code sample N seed K} of the same data, split and filter
     * would draw are taken out before this statement's own sample (held-out images that cannot overlap tuning ones).
     */
    record Excluding(SourceSpan span, Expr sample, Expr seed) {}

    /** {@code set KEY = EXPR}. */
    record SetStmt(SourceSpan span, Ident key, Expr value) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.set(this, context);
        }
    }

    /** {@code let ID = EXPR}. */
    record LetStmt(SourceSpan span, Ident name, Expr value) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.let(this, context);
        }
    }

    /** {@code for ID in EXPR [, ID in EXPR]* run ATTACKS [into ID]}: the cross product of the loop values. */
    record ForRunStmt(SourceSpan span, List<LoopVar> loops, List<Expr.Call> attacks, Optional<Ident> into) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.forRun(this, context);
        }
    }

    /** {@code for ID in EXPR [, ID in EXPR]* { STATEMENTS }}. */
    record ForBlockStmt(SourceSpan span, List<LoopVar> loops, List<Stmt> body) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.forBlock(this, context);
        }
    }

    /** {@code run ATTACKS [at eps = EXPR] [into ID]}; {@code atVar} is the name written after {@code at}. */
    record RunStmt(SourceSpan span, List<Expr.Call> attacks, Optional<Ident> atVar, Optional<Expr> atValue,
                   Optional<Ident> into) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.run(this, context);
        }
    }

    /** {@code report EXPR [as FORMAT] [to "path"]}. */
    record ReportStmt(SourceSpan span, Expr what, Optional<Format> format, Optional<Expr> to) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.report(this, context);
        }
    }

    /** {@code as FORMAT} of a report, parsed, with where the word stands (charts without a file are refused there). */
    record Format(OutputFormat value, SourceSpan span) {}

    /** {@code print EXPR}. */
    record PrintStmt(SourceSpan span, Expr value) implements Stmt {
        public <C> void accept(Visitor<C> v, C context) {
            v.print(this, context);
        }
    }

    /** One {@code ID in EXPR} of a {@code for}. */
    record LoopVar(Ident name, Expr domain) {}
}
