package dev.atk.cluster;

import dev.atk.spi.AttackabilityPart;
import dev.atk.spi.AttackabilityResult;
import dev.atk.spi.Backend;
import dev.atk.spi.CorrelationPart;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfilePart;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.ProfileRounds;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyses of a cluster run (profile, correlation matrix, attackability) split into parts on the executors and
 * put together on the driver exactly as one process computes them. Each falls back to the driver's own backend where
 * there is nothing to split.
 */
final class ClusterAnalyses {
    private final Backend local;
    private final ShardJobs jobs;
    private final EngineSpec engine;

    ClusterAnalyses(Backend local, ShardJobs jobs, EngineSpec engine) {
        this.local = local;
        this.jobs = jobs;
        this.engine = engine;
    }

    /**
     * The probe in parts of whole probe batches, one per executor, measured in rounds of {@link #PROFILE_ROUND}
     * measurements: each executor keeps its part's probe between rounds (the next round asks for the same executor),
     * the driver adds the parts' flip counts per measurement and applies the stop rule, and the rounds end where one
     * process would have stopped. Flip counts are integers, so their sums are exact and the profile is the one
     * process's profile. A part that lands on another executor replays its probe there to the round's start.
     */
    ProfileResult profile(ModelHandle model, ModelRef modelRef, DataHandle d, DataRef dataRef, int[] items,
                          ProfileRequest request, RunSettings settings, RunControl control) {
        int parts = local.profileParts(model, items.length, jobs.slots());
        if (parts < 2) {
            return local.profile(model, d, items, request, settings, control);
        }
        ProfileRounds rounds = local.profileRounds(model, items.length, request, settings);
        String[] where = new String[parts];
        int from = 0;
        while (!rounds.stopped()) {
            int to = Math.min(from + PROFILE_ROUND, rounds.maxMeasurements());
            List<ProfileShard> shards = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                shards.add(new ProfileShard(k, engine, modelRef, dataRef, items, request, settings, parts,
                        from, to));
            }
            ProfilePart[] got = new ProfilePart[parts];
            jobs.run(shards, java.util.Arrays.asList(where.clone()), "profile measurements " + (from + 1) + " to " + to,
                    control, outcome -> {
                        ProfilePart part = (ProfilePart) outcome.result();
                        got[outcome.index()] = part;
                        where[outcome.index()] = outcome.location();
                        control.advance(2L * part.images() * rounds.interval() * (long) part.bceFlipSums().length);
                    });
            for (int j = 0; j < to - from && !rounds.stopped(); j++) {
                double bce = 0;
                double linear = 0;
                for (ProfilePart part : got) {
                    bce += part.bceFlipSums()[j];
                    linear += part.linearFlipSums()[j];
                }
                rounds.add(bce, linear);
            }
            from = to;
        }
        ProfileResult result = rounds.result();
        return result.computedOn(result.computedOn() + "; probe in " + parts + " parts on Spark executors");
    }

    /**
     * Measurements per round of a distributed profile: a round is one Spark job (about half a second of scheduling),
     * and the measurements past the stop in the last round are wasted work.
     */
    static final int PROFILE_ROUND = 5;

    /**
     * The matrix's (label, image) rows in parts of whole batches, two per executor so that a slow part does not hold
     * the others up, each part on an executor; the driver sums them in row order, which gives the single-process
     * matrix to the last bit.
     */
    CorrelationResult correlations(ModelHandle model, ModelRef modelRef, DataHandle d, DataRef dataRef,
                                   int[][] itemsPerLabel, LabelAttackRequest request, RunSettings settings,
                                   RunControl control) {
        int[] starts = local.correlationPartStarts(model, itemsPerLabel, settings, 2 * jobs.slots());
        if (starts.length < 2) {
            return local.correlations(model, d, itemsPerLabel, request, settings, control);
        }
        int rows = CorrelationPart.rows(itemsPerLabel);
        List<CorrelationShard> shards = new ArrayList<>();
        for (int k = 0; k < starts.length; k++) {
            shards.add(new CorrelationShard(k, engine, modelRef, dataRef, itemsPerLabel, request, settings,
                    starts[k], k + 1 < starts.length ? starts[k + 1] : rows));
        }
        CorrelationPart[] parts = new CorrelationPart[shards.size()];
        jobs.run(shards, "correlations on " + rows + " rows", control, outcome -> {
            CorrelationPart part = (CorrelationPart) outcome.result();
            parts[outcome.index()] = part;
            control.advance(part.backwardPasses()); // a row's iterations: the local extractor's progress unit
        });
        return CorrelationPart.assemble(request.eps(), request.direction(), itemsPerLabel.length, itemsPerLabel,
                List.of(parts), CorrelationPart.distinctImages(itemsPerLabel));
    }

    /**
     * Attackability in parts, two per executor: each part selects the attacked rows as one process would and attacks
     * its share of whole batches; the driver adds up the flips.
     */
    AttackabilityResult attackability(ModelHandle model, ModelRef modelRef, DataHandle d, DataRef dataRef,
                                      int[][] candidates, LabelAttackRequest request, RunSettings settings,
                                      RunControl control) {
        int parts = 2 * jobs.slots();
        List<AttackabilityShard> shards = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            shards.add(new AttackabilityShard(k, engine, modelRef, dataRef, candidates, request, settings,
                    parts));
        }
        AttackabilityPart[] done = new AttackabilityPart[parts];
        jobs.run(shards, "attackability in " + parts + " parts", control, outcome -> {
            AttackabilityPart part = (AttackabilityPart) outcome.result();
            done[outcome.index()] = part;
            control.advance(part.result().backwardPasses());
        });
        return AttackabilityPart.assemble(List.of(done));
    }
}
