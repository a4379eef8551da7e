package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atk.spi.ProfilePart;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attack.CountingControl;
import dev.atk.stdlib.attacks.BundledCnn;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A distributed profile's part asked for round after round ({@link ProbeCache}) on the real fashion_cnn: going on
 * from a kept probe, starting again when the ask is behind it, and starting from nothing, all measure the same flips,
 * and only the measurements asked for count as progress (the driver counted the replayed ones when they first ran).
 */
class ProfilePartRoundsTest {
    @RegisterExtension
    static final BundledCnn cnn = new BundledCnn();
    private static final int[] ITEMS = IntStream.range(0, 32).toArray(); // two probe batches: one per part
    private static final ProfileRequest REQUEST = new ProfileRequest(2, 0.01, 4, "bce", 200);
    private static final RunSettings SETTINGS = RunSettings.defaults();

    private static ProfilePart round(int from, int to, AtomicLong steps) {
        return cnn.backend().profilePart(cnn.model(), cnn.data(), ITEMS, REQUEST, SETTINGS, 1, 2, from, to,
                CountingControl.counting(steps));
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void roundsFromAKeptProbeARestartedOneAndAFreshOneAgree() {
        AtomicLong first = new AtomicLong();
        ProfilePart r1 = round(0, 2, first);
        AtomicLong second = new AtomicLong();
        ProfilePart r2 = round(2, 4, second); // goes on from the kept probe
        assertEquals(16, r1.images(), "part 1 of 2 holds the second batch of 16");
        assertEquals(first.get(), second.get(), "each round counts its own 2 measurements only");
        assertEquals(16L * 2 * 2 * REQUEST.interval(), first.get(),
                "16 images, two probes (BCE and linear), 2 measurements of 2 iterations");

        AtomicLong whole = new AtomicLong();
        ProfilePart all = round(0, 4, whole); // behind the kept probe: starts again
        assertArrayEquals(concat(r1.bceFlipSums(), r2.bceFlipSums()), all.bceFlipSums());
        assertArrayEquals(concat(r1.linearFlipSums(), r2.linearFlipSums()), all.linearFlipSums());
        assertEquals(2 * first.get(), whole.get());

        AtomicLong replayed = new AtomicLong();
        ProfilePart again = round(2, 4, replayed); // behind again: starts, replays 2 measurements uncounted
        assertArrayEquals(r2.bceFlipSums(), again.bceFlipSums());
        assertArrayEquals(r2.linearFlipSums(), again.linearFlipSums());
        assertEquals(second.get(), replayed.get(), "the replayed measurements are not counted twice");
        assertEquals(2, r2.from());
    }
}
