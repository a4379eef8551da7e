package dev.atk.builtin;

import dev.atk.value.AnalysisArgs;
import dev.atk.value.PendingProfile;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.Expr;

/**
 * What a built-in's evaluation may ask of the evaluator at the call: values of argument expressions in the caller's
 * bindings, and the profile and analyses of the current model (pending plan nodes at plan time).
 */
public interface EvalContext {

    /** The value of {@code e} as evaluated: it may still be a budget, deferred or pending value. */
    Object eval(Expr e);

    /** A budget, deferred or pending value replaced by what it stands for; NotYetKnown at plan time. */
    Object resolved(Object value);

    double number(Expr e);

    /** The value of {@code profile()} here: a computed profile, or the pending plan node. */
    Object profile();

    /** The computed profile of a pending node, or null before it is computed. */
    ProfileResult resolve(PendingProfile pending);

    /** The value of an analysis call here: its pending plan node, or its result once computed. */
    Object analysis(AnalysisArgs args);

    /**
     * The user's request to stop: a built-in whose work grows with its input (a list walked, a tree searched) calls
     * its {@code checkpoint()} every few thousand steps, so Ctrl-C lands within a second.
     */
    dev.atk.spi.Cancellation cancellation();

    /** The folder files the script names are read from (null: the working folder). */
    java.nio.file.Path scriptFolder();
}
