package dev.atk.check;

import dev.atk.value.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the checker knows at a point of the script: variable types, constant values where known, the current
 * settings, and whether a model and data have been selected. Loops and blocks check in a child scope.
 */
public final class Scope {
    private final Scope parent;
    private final Map<String, Type> types = new HashMap<>();
    private final Map<String, Object> constants = new HashMap<>();
    private final Map<String, Object> settings = new HashMap<>();
    boolean modelSelected;
    boolean dataSelected;
    /** Loop variable that carries the budget in this scope (a {@code for eps in ...} around a block). */
    boolean budgetBound;
    /** The current model's name and label names, when its config could be read before running; else null. */
    String modelName;
    java.util.List<String> modelLabels;
    /** The current data set and its label count, when known; else null. */
    String dataset;
    Integer datasetLabels;

    public Scope() {
        this(null);
    }

    private Scope(Scope parent) {
        this.parent = parent;
        if (parent != null) {
            this.modelSelected = parent.modelSelected;
            this.dataSelected = parent.dataSelected;
            this.budgetBound = parent.budgetBound;
            this.modelName = parent.modelName;
            this.modelLabels = parent.modelLabels;
            this.dataset = parent.dataset;
            this.datasetLabels = parent.datasetLabels;
        }
    }

    public Scope child() {
        return new Scope(this);
    }

    /**
     * Makes this child's bindings, settings and selections its parent's: a REPL entry checks in a child scope and
     * commits only when it has no errors, so a failed entry leaves the session's scope untouched.
     */
    public void commit() {
        types.forEach((name, type) -> parent.define(name, type, constants.get(name)));
        parent.settings.putAll(settings);
        parent.modelSelected = modelSelected;
        parent.dataSelected = dataSelected;
        parent.modelName = modelName;
        parent.modelLabels = modelLabels;
        parent.dataset = dataset;
        parent.datasetLabels = datasetLabels;
    }

    public void define(String name, Type type, Object constantOrNull) {
        types.put(name, type);
        if (constantOrNull != null) {
            constants.put(name, constantOrNull);
        } else {
            constants.remove(name);
        }
    }

    public Optional<Type> type(String name) {
        Type t = types.get(name);
        if (t != null) {
            return Optional.of(t);
        }
        return parent == null ? Optional.empty() : parent.type(name);
    }

    /** Bindings whose values are known before running: the checker folds them for range checks. */
    public Map<String, Object> constants() {
        Map<String, Object> all = parent == null ? new HashMap<>() : parent.constants();
        all.putAll(constants);
        return all;
    }

    public java.util.Set<String> names() {
        java.util.Set<String> all = parent == null ? new java.util.TreeSet<>() : parent.names();
        all.addAll(types.keySet());
        return all;
    }

    public void setting(String key, Object value) {
        settings.put(key, value);
    }

    public Optional<Object> setting(String key) {
        Object v = settings.get(key);
        if (v != null) {
            return Optional.of(v);
        }
        return parent == null ? Optional.empty() : parent.setting(key);
    }

    public void selectModel() {
        modelSelected = true;
    }

    /** A model whose config names its evaluation data selects that data too, until a data statement says otherwise. */
    public void selectModelWithData() {
        modelSelected = true;
        dataSelected = true;
    }

    public void selectData() {
        dataSelected = true;
    }

    public boolean modelSelected() {
        return modelSelected;
    }

    public boolean dataSelected() {
        return dataSelected;
    }
}
