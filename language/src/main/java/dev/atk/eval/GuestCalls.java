package dev.atk.eval;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.GuestException;
import dev.atk.syntax.Expr;
import dev.atk.value.EvalException;
import dev.atk.spi.ScriptFunction;
import dev.atk.value.RangeValue;
import dev.atk.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code f(x, …)} where {@code f} is a script's own function (or a host's, bound by the embedding application): the arguments go in as plain values, the result comes
 * back checked (a finite number, a string, a boolean, or a list of those), and every failure — the guest's exception,
 * a time limit, the sandbox refusing, a wrong result — is a positioned error at the call that names the function.
 */
final class GuestCalls {
    private GuestCalls() {}

    static Object call(Expr.Call c, ScriptFunction guest, List<Object> arguments) {
        List<Object> in = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            in.add(argument(c.args().get(i).value(), arguments.get(i)));
        }
        String name = c.calleeName().name();
        Object out;
        try {
            out = guest.call(in);
        } catch (GuestException e) {
            String where = e.at().filter(p -> p.line() > 0)
                    .map(p -> " (line " + p.line() + ", column " + p.column() + " of its code)").orElse("");
            throw new EvalException(c.span(), name + " " + e.getMessage() + where);
        } catch (AtkRuntimeException e) {
            throw new EvalException(c.span(), name + ": " + e.getMessage());
        }
        return result(c, name, out);
    }

    /** What a guest may receive: numbers, strings, booleans and lists of those (ranges as their values). */
    private static Object argument(Expr at, Object v) {
        if (v instanceof Double || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof RangeValue r) {
            return new ArrayList<Object>(r.values());
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object o : l) {
                out.add(argument(at, o));
            }
            return out;
        }
        throw new EvalException(at.span(), "a js function takes numbers, strings, booleans and lists, not a "
                + Values.typeName(v));
    }

    private static Object result(Expr.Call c, String name, Object out) {
        if (out instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw new EvalException(c.span(), name + " returned " + d + "; a result must be a finite number");
            }
            return d;
        }
        if (out instanceof String || out instanceof Boolean) {
            return out;
        }
        if (out instanceof List<?> l) {
            List<Object> checked = new ArrayList<>();
            for (Object o : l) {
                checked.add(result(c, name, o));
            }
            return checked;
        }
        throw new EvalException(c.span(), name + " returned nothing (null or undefined); return a number, a string, "
                + "true or false, or an array of those");
    }
}
