package dev.atk.metric;

import dev.atk.result.ResultRecord;
import dev.atk.spi.FunctionCalls;
import dev.atk.spi.ScriptFunction;
import java.util.List;
import java.util.Objects;

/**
 * {@code report metric(f)}: a script's own function of one record ({@link RecordObject}) that returns one finite
 * number, tabulated like a built-in metric. It runs when the report does, once per record; a failure (the function
 * throws, returns NaN, a string, nothing) is an {@link dev.atk.spi.AtkRuntimeException} that names the function and
 * the image, which the executor positions at the report statement.
 *
 * @param higherIsBetter from {@code better="higher"} (the default) or {@code better="lower"}
 */
public record CustomMetric(ScriptFunction function, boolean higherIsBetter) implements Measure {

    /** The word of a report statement that makes one: {@code report metric(f)}. */
    public static final String WORD = "metric";

    /** How failures name the function's role ("metric function m gave a wrong result for image 17: …"). */
    static final String ROLE = "metric function";

    public CustomMetric {
        Objects.requireNonNull(function, "function");
    }

    /** The function's name, so a table reads {@code == m of main ==}. */
    @Override
    public String keyword() {
        return function.displayName();
    }

    @Override
    public double of(ResultRecord r) {
        String subject = "image " + r.itemId();
        Object out = FunctionCalls.call(function, List.of(RecordObject.of(r)), ROLE, subject);
        return FunctionCalls.number(out, function, ROLE, subject);
    }

    @Override
    public String written() {
        return WORD + "(" + function.displayName() + (higherIsBetter ? "" : ", better=\"lower\"") + ")";
    }

    /** The function's identity (its code's hash, or a host function's name and version) and its direction. */
    @Override
    public String canonical() {
        return WORD + "(" + function.identity() + "," + (higherIsBetter ? "higher" : "lower") + ")";
    }
}
