package dev.atk.exec;

import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.ProfileResult;
import java.nio.file.Path;

/** The on-disk caches of the analyses a plan reuses across runs: model profiles, label-correlation matrices, label attackability. */
public record AnalysisCaches(DiskCache<ProfileResult> profiles, DiskCache<CorrelationResult> correlations,
                             DiskCache<AttackabilityResult> attackability) {

    /** {@code ROOT/profiles/profile-*.json} and {@code ROOT/correlations/correlations-*.json}. */
    public static AnalysisCaches under(Path root) {
        return new AnalysisCaches(new DiskCache<>(root.resolve("profiles"), "profile", ProfileResult.class),
                new DiskCache<>(root.resolve("correlations"), "correlations", CorrelationResult.class),
                new DiskCache<>(root.resolve("attackability"), "attackability", AttackabilityResult.class));
    }
}
