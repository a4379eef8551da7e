package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import java.util.List;
import java.util.Optional;

/** Expressions of the ATK language. Immutable; every node knows its source span. */
public sealed interface Expr {

    SourceSpan span();

    /** {@code 0.5}, {@code 4e-3}, {@code 12}; {@code text} keeps the spelling for messages. */
    record NumberLit(SourceSpan span, double value, String text) implements Expr {}

    /** {@code "..."} with escapes already resolved. */
    record StringLit(SourceSpan span, String value) implements Expr {}

    record BoolLit(SourceSpan span, boolean value) implements Expr {}

    /** {@code [a, b, c]}. */
    record ListLit(SourceSpan span, List<Expr> elements) implements Expr {}

    /** {@code a..b} or {@code a..b step s}; both ends inclusive. */
    record Range(SourceSpan span, Expr from, Expr to, Optional<Expr> step) implements Expr {}

    /** A bare identifier: a variable, a built-in value ({@code flips}), or a component ({@code bce}). */
    record Name(SourceSpan span, Ident id) implements Expr {}

    /** {@code target.member}. */
    record Member(SourceSpan span, Expr target, Ident member) implements Expr {}

    /** {@code callee(args)}; callee is a {@link Name} or a {@link Member}. */
    record Call(SourceSpan span, Expr callee, List<Arg> args) implements Expr {
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

    record Binary(SourceSpan span, BinaryOp op, Expr left, Expr right) implements Expr {}

    record Unary(SourceSpan span, UnaryOp op, Expr operand) implements Expr {}

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
