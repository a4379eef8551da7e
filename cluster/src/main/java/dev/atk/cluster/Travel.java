package dev.atk.cluster;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ScriptFunction;
import java.io.Serializable;
import java.util.List;

/**
 * What may go to an executor. Numbers, strings, components and guest functions travel (a guest function is its code,
 * made again by the executor's own guest runtime); a function the host application bound with {@code Session.bind}
 * is a Java object of the driver's JVM and cannot, which is the user's to know before the job starts.
 */
final class Travel {
    private Travel() {}

    static void check(ComponentCall call) {
        for (Object value : call.args().values()) {
            value(call, value);
        }
    }

    private static void value(ComponentCall call, Object value) {
        if (value instanceof ComponentCall nested) {
            check(nested);
        } else if (value instanceof List<?> list) {
            list.forEach(v -> value(call, v));
        } else if (value instanceof ScriptFunction f && !(f instanceof Serializable)) {
            throw new AtkRuntimeException(call.name() + ": " + f.displayName() + " is a function the host application "
                    + "bound in this JVM, and a cluster's executors cannot call it; write it as js(...) to run it on the "
                    + "cluster, or run without --cluster");
        }
    }
}
