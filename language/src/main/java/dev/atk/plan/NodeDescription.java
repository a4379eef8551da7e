package dev.atk.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What a plan node says about itself, written once and read twice (as Calcite's {@code RelWriter} feeds both explain
 * and the digest): {@link #explain()} is the line {@code atk run --explain} prints and the plan goldens pin,
 * {@link #digest()} the canonical text the node's digest, cache key and resume key hash. A term added to a node lands
 * in both unless it says otherwise, so a parameter cannot change what a node computes without changing its digest.
 *
 * <p>Inputs are explained by id ({@code model=#0}) but never digested: the plan digests a node's inputs by their own
 * digests, so equal work on equal inputs shares one digest wherever it sits in the plan.
 */
public final class NodeDescription {
    /** A term's digest part when it has none (explain only). */
    private static final Object NONE = new Object();

    private final String kind;
    private final String digestKind;
    private final List<String> explained = new ArrayList<>();
    private final List<String> digested = new ArrayList<>();

    /** @param kind how explain names the node ({@code Attack}); @param digestKind how the digest does ({@code attack}) */
    public NodeDescription(String kind, String digestKind) {
        this.kind = kind;
        this.digestKind = digestKind;
    }

    /** A parameter shown as {@code name=value} and digested as its value. */
    public NodeDescription param(String name, Object value) {
        return term(name + "=" + value, value);
    }

    /**
     * A parameter explained as {@code text} (empty: not shown) and digested as {@code value}: for values whose readable
     * form differs from their canonical one (a path in quotes, {@code all} for a sample size of 0).
     */
    public NodeDescription term(String text, Object value) {
        if (text != null && !text.isEmpty()) {
            explained.add(text);
        }
        if (value != NONE) {
            digested.add(String.valueOf(value));
        }
        return this;
    }

    /** An input node, shown by id ({@code model=#0}, or {@code #0} without a name); never digested. */
    public NodeDescription input(String name, int id) {
        return explainOnly(name == null ? "#" + id : name + "=#" + id);
    }

    /** Shown, not digested: how the node will run (fusion, checkpoints) or what it reads by reference. */
    public NodeDescription explainOnly(String text) {
        return term(text, NONE);
    }

    /** Digested, not shown: a canonical form too long for explain (a request's every field, the settings' digest). */
    public NodeDescription digestOnly(Object value) {
        digested.add(String.valueOf(value));
        return this;
    }

    /** {@code Kind term term …}: one line of explain, without the node id. */
    public String explain() {
        StringBuilder b = new StringBuilder(kind);
        for (String t : explained) {
            b.append(' ').append(t);
        }
        return b.toString();
    }

    /** {@code kind:value:value…}: the node's own parameters in canonical form. */
    public String digest() {
        return digestKind + (digested.isEmpty() ? "" : ":" + String.join(":", digested));
    }
}
