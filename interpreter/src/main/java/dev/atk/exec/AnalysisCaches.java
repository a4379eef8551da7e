package dev.atk.exec;

import dev.atk.spi.CorrelationResult;
import dev.atk.spi.ProfileResult;
import java.nio.file.Path;

/** The on-disk caches of the analyses a plan reuses across runs: model profiles and label-correlation matrices. */
public record AnalysisCaches(DiskCache<ProfileResult> profiles, DiskCache<CorrelationResult> correlations) {

    /** {@code ROOT/profiles/profile-*.json} and {@code ROOT/correlations/correlations-*.json}. */
    public static AnalysisCaches under(Path root) {
        return new AnalysisCaches(new DiskCache<>(root.resolve("profiles"), "profile", ProfileResult.class),
                new DiskCache<>(root.resolve("correlations"), "correlations", CorrelationResult.class));
    }
}
