package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import java.util.List;
import java.util.Optional;

/**
 * Expressions of the ATK language. Immutable; every node knows its source span. The checker and the evaluator handle
 * expressions through a {@link Visitor}, so a new kind of expression does not compile until both say what it means.
 */
public sealed interface Expr {

    SourceSpan span();

    /** Hands this expression to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of expression. */
    interface Visitor<R> {
        R number(NumberLit e);

        R string(StringLit e);

        R bool(BoolLit e);

        R list(ListLit e);

        R range(Range e);

        R name(Name e);

        R member(Member e);

        R call(Call e);

        R unary(Unary e);

        R binary(Binary e);
    }

    /** {@code 0.5}, {@code 4e-3}, {@code 12}; {@code text} keeps the spelling for messages. */
    record NumberLit(SourceSpan span, double value, String text) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.number(this);
        }
    }

    /** {@code "..."} with escapes already resolved. */
    record StringLit(SourceSpan span, String value) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.string(this);
        }
    }

    record BoolLit(SourceSpan span, boolean value) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.bool(this);
        }
    }

    /** {@code [a, b, c]}. */
    record ListLit(SourceSpan span, List<Expr> elements) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.list(this);
        }
    }

    /** {@code a..b} or {@code a..b step s}; both ends inclusive. */
    record Range(SourceSpan span, Expr from, Expr to, Optional<Expr> step) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.range(this);
        }
    }

    /** A bare identifier: a variable, a built-in value ({@code flips}), or a component ({@code bce}). */
    record Name(SourceSpan span, Ident id) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.name(this);
        }
    }

    /** {@code target.member}. */
    record Member(SourceSpan span, Expr target, Ident member) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.member(this);
        }
    }

    /** {@code callee(args)}; callee is a {@link Name} or a {@link Member}. */
    record Call(SourceSpan span, Expr callee, List<Arg> args) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.call(this);
        }

        /** The called name: {@code slam} for {@code slam(q=0.5)}, {@code estimate} for {@code p.estimate(x)}. */
        public Ident calleeName() {
            if (callee instanceof Name n) {
                return n.id();
            } else if (callee instanceof Member m) {
                return m.member();
            } else {
                throw new IllegalStateException("callee is neither a name nor a member");
            }
        }
    }

    /** One argument: positional ({@code name} empty) or named ({@code q=0.5}). */
    record Arg(SourceSpan span, Optional<Ident> name, Expr value) {}

    record Binary(SourceSpan span, BinaryOp op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.binary(this);
        }
    }

    record Unary(SourceSpan span, UnaryOp op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.unary(this);
        }
    }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="), AND("and"), OR("or");

        public final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }
    }

    enum UnaryOp {
        NEG("-"), NOT("not");

        public final String symbol;

        UnaryOp(String symbol) {
            this.symbol = symbol;
        }
    }
}
