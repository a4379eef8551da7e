package dev.atk.builtin;

import dev.atk.value.Type;
import dev.atk.syntax.Expr;
import dev.atk.source.SourceSpan;
import java.util.Optional;

/** What a built-in's type rule may ask of the checker at the call: types, constants, the selections, errors. */
public interface CheckContext {

    /** The type of {@code e}, reporting what is wrong inside it. */
    Type typeOf(Expr e);

    /** Types {@code e} and reports it unless it has type {@code expected} (or is not known). */
    void expect(Expr e, Type expected);

    /** The value of {@code e} when it is a number known before running. */
    Optional<Double> constantNumber(Expr e);

    /** Whether a model and data are selected here (a model may bring its own data). */
    boolean modelAndDataSelected();

    /** The folder files the script names are read from (null: the working folder). */
    java.nio.file.Path scriptFolder();

    void error(SourceSpan at, String message);

    void error(SourceSpan at, String message, String hint);
}
