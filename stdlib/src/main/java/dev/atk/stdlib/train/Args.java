package dev.atk.stdlib.train;

import java.util.HashMap;
import java.util.Map;

/** Minimal {@code --key value} parsing for the training mains (no dependency on a CLI library). */
final class Args {
    private final Map<String, String> values = new HashMap<>();

    Args(String[] args) {
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "' (options are --key value)");
            }
            String key = a.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                values.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (k + 1 < args.length && !args[k + 1].startsWith("--")) {
                values.put(key, args[++k]);
            } else {
                values.put(key, "true");
            }
        }
    }

    String get(String key, String def) {
        return values.getOrDefault(key, def);
    }

    int getInt(String key, int def) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : def;
    }

    long getLong(String key, long def) {
        return values.containsKey(key) ? Long.parseLong(values.get(key)) : def;
    }

    float getFloat(String key, float def) {
        return values.containsKey(key) ? Float.parseFloat(values.get(key)) : def;
    }

    /** DJL must never touch the network: set before any DJL class is used, in every main. */
    static void offline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }
}
