package dev.atk.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable logical plan: nodes in a valid execution order (every input before its reader, effects in script
 * order). Digests are computed once, bottom-up.
 */
public final class Plan {
    private final List<PlanNode> nodes;
    private final Map<Integer, PlanNode> byId = new LinkedHashMap<>();
    private final Map<Integer, String> digests = new HashMap<>();

    public Plan(List<PlanNode> nodes) {
        this.nodes = Collections.unmodifiableList(new ArrayList<>(nodes));
        for (PlanNode n : nodes) {
            byId.put(n.id(), n);
        }
        for (PlanNode n : nodes) {
            digest(n.id());
        }
    }

    public List<PlanNode> nodes() {
        return nodes;
    }

    public PlanNode node(int id) {
        PlanNode n = byId.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no plan node #" + id);
        }
        return n;
    }

    /** SHA-256 over the node's kind and parameters and its inputs' digests: equal digests compute equal things. */
    public String digest(int id) {
        String d = digests.get(id);
        if (d != null) {
            return d;
        }
        PlanNode n = node(id);
        StringBuilder text = new StringBuilder(n.digestText());
        for (int input : n.inputs()) {
            text.append('|').append(digest(input));
        }
        d = Hashing.sha256(text.toString());
        digests.put(id, d);
        return d;
    }

    /** Canonical text: one node per line with its id, description and short digest. Golden files pin it. */
    public String explain() {
        StringBuilder b = new StringBuilder();
        for (PlanNode n : nodes) {
            b.append(String.format("#%-3d %s  [%s]%n", n.id(), n.describe(), digest(n.id()).substring(0, 10)));
        }
        return b.toString();
    }

    public <T extends PlanNode> List<T> nodesOf(Class<T> kind) {
        return nodes.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
