package dev.atk.exec;

import dev.atk.plan.Hashing;
import dev.atk.plan.PlanNode;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ProfileResult;
import java.util.HashMap;
import java.util.Map;

/**
 * What each executed plan node produced, by node id, one typed table per kind of value: the executor's state between
 * nodes. A read of the wrong kind (a plan bug, never a user's) fails with the node id instead of a ClassCastException
 * somewhere downstream.
 */
final class NodeValues {

    /** A drawn sample: item indices into {@code data}, in sampling order, and their ids. */
    record Sample(int[] items, String[] ids, DataHandle data) {}

    /** The model and data an analysis node ran on: a chart names the labels and draws the data's co-occurrence. */
    record AnalysisInputs(ModelHandle model, DataHandle data) {}

    private final Map<Integer, ModelHandle> models = new HashMap<>();
    private final Map<Integer, DataHandle> data = new HashMap<>();
    private final Map<Integer, Sample> samples = new HashMap<>();
    private final Map<Integer, float[][]> predictions = new HashMap<>();
    private final Map<Integer, ProfileResult> profiles = new HashMap<>();
    private final Map<Integer, CorrelationResult> correlations = new HashMap<>();
    private final Map<Integer, AttackabilityResult> attackability = new HashMap<>();
    private final Map<Integer, AnalysisInputs> analysisInputs = new HashMap<>();
    private final Map<Integer, ImageReports.AttackSource> attacks = new HashMap<>();
    private final Map<Integer, String> contentKeys = new HashMap<>();

    void model(int id, ModelHandle v) {
        models.put(id, v);
    }

    ModelHandle model(int id) {
        return get(models, id, "model");
    }

    void data(int id, DataHandle v) {
        data.put(id, v);
    }

    DataHandle data(int id) {
        return get(data, id, "data set");
    }

    void sample(int id, Sample v) {
        samples.put(id, v);
    }

    Sample sample(int id) {
        return get(samples, id, "sample");
    }

    void prediction(int id, float[][] v) {
        predictions.put(id, v);
    }

    float[][] prediction(int id) {
        return get(predictions, id, "clean pass");
    }

    void profile(int id, ProfileResult v) {
        profiles.put(id, v);
    }

    /** The profile node {@code id} computed; null for -1 (an attack that needs none). */
    ProfileResult profile(int id) {
        return id < 0 ? null : get(profiles, id, "profile");
    }

    void correlations(int id, CorrelationResult v, AnalysisInputs inputs) {
        correlations.put(id, v);
        analysisInputs.put(id, inputs);
    }

    /** The correlation matrix node {@code id} computed; null for -1. */
    CorrelationResult correlations(int id) {
        return id < 0 ? null : get(correlations, id, "correlation matrix");
    }

    void attackability(int id, AttackabilityResult v, AnalysisInputs inputs) {
        attackability.put(id, v);
        analysisInputs.put(id, inputs);
    }

    /** A correlation matrix or an attackability result, for a pending analysis in an expression. */
    Object analysis(int id) {
        Object v = correlations.containsKey(id) ? correlations.get(id) : attackability.get(id);
        if (v == null) {
            throw new IllegalStateException("plan node #" + id + " has no analysis value");
        }
        return v;
    }

    /** What the analysis node {@code id} ran on, if it is one. */
    AnalysisInputs analysisInputs(int id) {
        return analysisInputs.get(id);
    }

    void attack(int id, ImageReports.AttackSource v) {
        attacks.put(id, v);
    }

    /** The executed attack node {@code id}, or null if it is none (a report may read attacks of earlier entries). */
    ImageReports.AttackSource attack(int id) {
        return attacks.get(id);
    }

    /**
     * The node's content key: its own parameters plus its inputs' content, where a model counts by its weight hash and
     * a sample by its item ids. Two spellings of the same model (a bundled name, a config path) therefore share a
     * cached profile, and a retrained model never reuses a stale one. Remembered for the nodes that read this one.
     */
    String contentKey(PlanNode n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName()).append(':').append(n.digestText());
        for (int input : n.inputs()) {
            if (models.containsKey(input)) {
                b.append("|weights:").append(models.get(input).weightsHash());
            } else if (samples.containsKey(input)) {
                b.append("|items:").append(Hashing.sha256(String.join(",", samples.get(input).ids())));
            } else {
                b.append('|').append(contentKeys.get(input));
            }
        }
        String key = Hashing.sha256(b.toString());
        contentKeys.put(n.id(), key);
        return key;
    }

    /** The content key computed for node {@code id}. */
    String contentKey(int id) {
        return get(contentKeys, id, "content key");
    }

    private static <T> T get(Map<Integer, T> table, int id, String what) {
        T v = table.get(id);
        if (v == null) {
            throw new IllegalStateException("plan node #" + id + " has no " + what + " value");
        }
        return v;
    }
}
