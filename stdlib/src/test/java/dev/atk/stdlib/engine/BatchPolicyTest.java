package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.BatchChoice;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BatchPolicyTest {
    private static final long MB = 1_000_000L;
    private static final long GB = 1_000_000_000L;

    private static BatchChoice choose(String model, String device, boolean gpu, OptionalLong step, int images,
                                      OptionalLong free) {
        return BatchPolicy.choose(model, device, gpu, step, images, free).batch();
    }

    @Test
    void theOneLabelAnalysesMayGoBeyondTheCapButNotBeyondMemory() {
        // fashion_cnn's 11 MB per image: 128 rows (the step rule's 136, as a power of two); 40 labels fit
        assertEquals(128, BatchPolicy.choose("fashion_cnn", "cpu", false, OptionalLong.of(18 * MB), 2,
                OptionalLong.of(24 * GB)).rows());
        // the ResNet-50 at 448 px: 2 rows, not 80
        assertEquals(2, BatchPolicy.choose("resnet50_448", "cpu", false, OptionalLong.of(987 * MB), 2,
                OptionalLong.of(23 * GB)).rows());
        // on a GPU memory alone decides, beyond the cap of 64: 80% of 80 GB at 250 MB per image
        assertEquals(256, BatchPolicy.choose("m", "gpu(0)", true, OptionalLong.of(400 * MB), 2,
                OptionalLong.of(80 * GB)).rows());
        assertEquals(BatchPolicy.UNMEASURED_ROWS, BatchPolicy.choose("m", "cpu", false, OptionalLong.empty(), 2,
                OptionalLong.of(GB)).rows());
    }

    @Test
    void withoutMeasurementsTheCapIsKeptAndSaidToBeTheDefault() {
        BatchChoice cpu = choose("m", "cpu", false, OptionalLong.empty(), 2, OptionalLong.of(8 * GB));
        BatchChoice gpu = choose("m", "gpu(0)", true, OptionalLong.of(MB), 2, OptionalLong.empty());
        assertEquals(16, cpu.images());
        assertEquals(64, gpu.images());
        assertTrue(cpu.chosen());
        assertTrue(cpu.reason().contains("the default"), cpu.reason());
    }

    @Test
    void aSmallModelOnACpuKeepsSixteen() {
        BatchChoice c = choose("fashion_cnn", "cpu", false, OptionalLong.of(3 * MB), 2,
                OptionalLong.of(20 * GB));
        assertEquals(16, c.images());
        assertEquals("batch 16 for fashion_cnn on cpu (about 1.9 MB per image, 20 GB free; at most 16 on a CPU)",
                c.reason());
    }

    @Test
    void aModelGetsWhatHalfTheFreeHostMemoryHolds() {
        // 320 MB for 2 images -> 1.25 x 160 MB = 200 MB per image; half of 1 GB holds 2
        BatchChoice c = choose("big", "cpu", false, OptionalLong.of(320 * MB), 2, OptionalLong.of(GB));
        assertEquals(2, c.images());
        assertEquals("batch 2 for big on cpu (about 200 MB per image, 1.0 GB free)", c.reason());
    }

    @Test
    void aPaperSizedModelOnACpuKeepsItsStepWithinOnePointFiveGigabytes() {
        // the measured 448x448 ResNet-50: 617 MB per image; 23 GB free would hold 18, the step rule allows 2
        BatchChoice c = choose("resnet50_448", "cpu", false, OptionalLong.of(987 * MB), 2,
                OptionalLong.of(23 * GB));
        assertEquals(2, c.images());
        assertEquals("batch 2 for resnet50_448 on cpu (about 617 MB per image, 23 GB free; on a CPU a step stays "
                + "within 1.5 GB, where larger ones run slower)", c.reason());
        // a GPU has no such rule: the same model there is held back only by memory (29 fit) and the cap
        assertEquals(16, choose("resnet50_448", "gpu(0)", true, OptionalLong.of(987 * MB), 2,
                OptionalLong.of(23 * GB)).images());
    }

    @Test
    void whenNotOneImageFitsItRunsOneAtATimeAndSaysSo() {
        BatchChoice c = choose("huge", "cpu", false, OptionalLong.of(10 * GB), 2, OptionalLong.of(4 * GB));
        assertEquals(1, c.images());
        assertTrue(c.reason().contains("one at a time"), c.reason());
    }

    @Test
    void theBatchIsAPowerOfTwoSoThatAMeasurementsNoiseDoesNotMoveIt() {
        // 540 to 620 MB per image, as five probes of the same model measured: 5 GB free holds 4 each time
        for (long step : new long[] {864 * MB, 992 * MB}) {
            assertEquals(4, choose("m", "gpu(0)", true, OptionalLong.of(step), 2,
                    OptionalLong.of(3_500 * MB)).images());
        }
        // 7 would fit: 4 it is
        assertEquals(4, choose("m", "cpu", false, OptionalLong.of(320 * MB), 2,
                OptionalLong.of(2_900 * MB)).images());
    }

    @Test
    void aGpuUsesMostOfItsFreeMemoryUpToSixtyFour() {
        // 0.4 GB for 2 images -> 0.25 GB per image; 80% of 10 GB holds 32
        assertEquals(32, choose("m", "gpu(0)", true, OptionalLong.of(400 * MB), 2,
                OptionalLong.of(10 * GB)).images());
        assertEquals(64, choose("m", "gpu(0)", true, OptionalLong.of(400 * MB), 2,
                OptionalLong.of(80 * GB)).images());
    }

    @Test
    void aStepThatTookNothingVisibleStillCountsAByte() {
        assertEquals(16, choose("m", "cpu", false, OptionalLong.of(0), 2, OptionalLong.of(GB)).images());
    }

    @Test
    void sizesReadAtAGlance() {
        assertEquals("512 B", BatchPolicy.bytes(512));
        assertEquals("1.5 kB", BatchPolicy.bytes(1500));
        assertEquals("340 MB", BatchPolicy.bytes(340 * MB));
        assertEquals("12 GB", BatchPolicy.bytes(12 * GB));
    }

    @Test
    void aGivenBatchIsNotAChoice() {
        assertFalse(BatchChoice.given(5).chosen());
        assertEquals(5, BatchChoice.given(5).images());
    }
}
