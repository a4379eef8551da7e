package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.syntax.Expr;
import java.util.Map;

/**
 * One built-in function: its signature, its type rule (what the checker validates and infers), its evaluation and its
 * doc. Registered once in {@link Builtins}.
 */
public interface Builtin {

    Signature signature();

    default String name() {
        return signature().name();
    }

    /** One line saying what the function gives. */
    String doc();

    /** A call that checks clean after {@code model fashion_cnn}, shown by {@code :help} and used by the tests. */
    String example();

    /**
     * The type rule. The checker has already bound the arguments against the signature and reported unknown,
     * duplicate, surplus and missing ones; {@code args} holds those that bound. Returns the call's type.
     */
    Type check(Expr.Call call, Map<String, Expr> args, CheckContext ctx);

    /** The call's value. The checker has passed the script, but constant folding may evaluate unchecked calls. */
    Object eval(Expr.Call call, Arguments args, EvalContext ctx);
}
