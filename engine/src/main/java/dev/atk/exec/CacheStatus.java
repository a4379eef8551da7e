package dev.atk.exec;

import dev.atk.plan.PlanNode;
import java.util.Optional;

/**
 * A node's cache status for explain: the analyses (profiles, correlation matrices, attackability) say hit or miss;
 * the inputs their keys need (models, data, samples) are loaded; nothing else runs.
 */
final class CacheStatus implements PlanNode.Visitor<Optional<String>> {
    private final PlanNode.Visitor<Void> load;
    private final AnalysisCaches caches;
    private final String key;

    /** @param load runs the input nodes; @param key the node's content key */
    CacheStatus(PlanNode.Visitor<Void> load, AnalysisCaches caches, String key) {
        this.load = load;
        this.caches = caches;
        this.key = key;
    }

    private static String status(DiskCache<?> cache, String key) {
        return cache.get(key).isPresent() ? "cache hit " + cache.file(key).getFileName()
                : "cache miss (computed by this run, then cached as " + cache.file(key).getFileName() + ")";
    }

    @Override
    public Optional<String> loadModel(PlanNode.LoadModel n) {
        load.loadModel(n);
        return Optional.empty();
    }

    @Override
    public Optional<String> loadData(PlanNode.LoadData n) {
        load.loadData(n);
        return Optional.empty();
    }

    @Override
    public Optional<String> sample(PlanNode.Sample n) {
        load.sample(n);
        return Optional.empty();
    }

    @Override
    public Optional<String> profile(PlanNode.Profile n) {
        return Optional.of(status(caches.profiles(), key));
    }

    @Override
    public Optional<String> correlations(PlanNode.Correlations n) {
        return Optional.of(status(caches.correlations(), key));
    }

    @Override
    public Optional<String> attackability(PlanNode.Attackability n) {
        return Optional.of(status(caches.attackability(), key));
    }

    @Override
    public Optional<String> predict(PlanNode.Predict n) {
        return Optional.empty();
    }

    @Override
    public Optional<String> attack(PlanNode.Attack n) {
        return Optional.empty();
    }

    @Override
    public Optional<String> report(PlanNode.Report n) {
        return Optional.empty();
    }

    @Override
    public Optional<String> chart(PlanNode.Chart n) {
        return Optional.empty();
    }

    @Override
    public Optional<String> print(PlanNode.Print n) {
        return Optional.empty();
    }
}
