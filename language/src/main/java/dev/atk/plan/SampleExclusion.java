package dev.atk.plan;

/**
 * Items kept out of a sample: the ones {@code sample n seed seed} of the same data, split and filter draws
 * ({@code data … excluding sample 100 seed 11}). Held-out images for a confirmation are the next script's sample
 * with the tuning images excluded, so the two cannot overlap whatever the seeds.
 *
 * @param n size of the excluded sample (its items are the first n of that seed's order)
 * @param seed the excluded sample's seed
 */
public record SampleExclusion(int n, long seed) {

    /** How plans show it: {@code excluding sample 100 seed 11}. */
    public String text() {
        return "excluding sample " + n + " seed " + seed;
    }
}
