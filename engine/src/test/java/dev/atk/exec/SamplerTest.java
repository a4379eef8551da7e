package dev.atk.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SamplerTest {
    static final int[] ALL = IntStream.range(0, 1000).toArray();

    @Test
    void sameSeedSameSample() {
        assertArrayEquals(Sampler.sample(ALL, 32, 11), Sampler.sample(ALL, 32, 11));
        assertNotEquals(Arrays.toString(Sampler.sample(ALL, 32, 11)), Arrays.toString(Sampler.sample(ALL, 32, 12)));
    }

    @Test
    void smallerSamplesArePrefixesOfLargerOnes() {
        int[] probe = Sampler.sample(ALL, 100, 11);
        assertArrayEquals(Arrays.copyOf(probe, 32), Sampler.sample(ALL, 32, 11));
    }

    @Test
    void aSampleHasNoRepeatsAndZeroMeansEverything() {
        assertEquals(100, Arrays.stream(Sampler.sample(ALL, 100, 3)).distinct().count());
        int[] all = Sampler.sample(ALL, 0, 3);
        assertEquals(1000, all.length);
        assertArrayEquals(ALL, Arrays.stream(all).sorted().toArray());
        assertEquals(1000, Sampler.sample(ALL, 5000, 3).length);
    }
}
