package dev.atk.spi;

import java.util.List;

/**
 * Part {@code part} of {@code parts} of attackability's work, so that its one-label attacks can run in several
 * processes (a cluster's executors). Which (label, image) rows are attacked depends on the clean predictions, so every
 * part selects them all as one process would and attacks only its share: whole batches of the rows, the k-th of n
 * equal runs of batches.
 *
 * @param result the attempts and mean clean confidence of every label (the same in every part), and the flips and
 *     passes of this part's rows only
 * @param cleanForwardPasses the clean pass every part repeats
 */
public record AttackabilityPart(int part, int parts, AttackabilityResult result, long cleanForwardPasses)
        implements java.io.Serializable {

    /** The result of all parts, given in order: flips summed, the clean pass counted once. */
    public static AttackabilityResult assemble(List<AttackabilityPart> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no attackability parts");
        }
        AttackabilityResult first = all.get(0).result();
        int[] flipped = new int[first.labels()];
        long forward = 0;
        long backward = 0;
        double seconds = 0;
        for (int k = 0; k < all.size(); k++) {
            AttackabilityPart p = all.get(k);
            if (p.part() != k || p.parts() != all.size()) {
                throw new IllegalArgumentException("attackability part " + p.part() + " of " + p.parts()
                        + " where part " + k + " of " + all.size() + " was expected");
            }
            for (int l = 0; l < flipped.length; l++) {
                flipped[l] += p.result().flipped()[l];
            }
            forward += p.result().forwardPasses() - (k == 0 ? 0 : p.cleanForwardPasses());
            backward += p.result().backwardPasses();
            seconds += p.result().seconds();
        }
        return new AttackabilityResult(first.eps(), first.direction(), first.labels(), first.attempts(), flipped,
                first.meanConfidence(), first.frequency(), first.frequencySource(), forward, backward, seconds);
    }
}
