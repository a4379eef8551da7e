package dev.atk.plan;

import dev.atk.setting.ScriptSettings;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelRef;
import dev.atk.syntax.Expr;
import dev.atk.source.SourceSpan;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What statements leave behind for later ones: the current model and data, the settings, and the bindings.
 * A session keeps one between evaluations; the planner works on a copy and hands back the new one.
 */
public final class PlanState {

    /**
     * The data in force: which split, how many items, which seed, which filter. {@code implicit}: chosen by the model's
     * config rather than by a data statement, so the next model statement may replace it.
     */
    public record DataChoice(DataRef ref, int n, Long seed, Optional<Expr> where, String whereText,
                             Optional<SampleExclusion> excluding, SourceSpan span, boolean implicit) {}

    public ModelRef model;
    public SourceSpan modelSpan;
    public DataChoice data;
    public ScriptSettings settings = ScriptSettings.defaults();
    public final Map<String, Object> env = new HashMap<>();
    /** Names given with {@code run … into NAME} so far: a later entry's {@code report NAME} reports that set. */
    public final Set<String> resultSets = new HashSet<>();

    public PlanState copy() {
        PlanState c = new PlanState();
        c.model = model;
        c.modelSpan = modelSpan;
        c.data = data;
        c.settings = settings;
        c.env.putAll(env);
        c.resultSets.addAll(resultSets);
        return c;
    }
}
