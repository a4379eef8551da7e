package dev.atk.exec;

import dev.atk.result.ResultRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records a session has: all of them in order, and the sets named with {@code into}. */
public final class ResultStore {
    private final List<ResultRecord> all = new ArrayList<>();
    private final Map<String, List<ResultRecord>> named = new LinkedHashMap<>();

    public synchronized void add(ResultRecord r, String set) {
        all.add(r);
        if (set != null) {
            named.computeIfAbsent(set, k -> new ArrayList<>()).add(r);
        }
    }

    public synchronized List<ResultRecord> all() {
        return Collections.unmodifiableList(new ArrayList<>(all));
    }

    public synchronized List<ResultRecord> named(String set) {
        return List.copyOf(named.getOrDefault(set, List.of()));
    }

    public synchronized void clear() {
        all.clear();
        named.clear();
    }
}
