package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import dev.atk.spi.BatchChoice;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batch a model gets without {@code set batch}: measured once per model, by a gauge that sees real memory. */
class BatchSizerTest {
    private static Classifier model;
    private static NDManager root;

    @BeforeAll
    static void open() {
        model = BundledModels.open("fashion_cnn");
        root = NDManager.newBaseManager(Device.cpu());
    }

    @AfterAll
    static void close() {
        root.close();
        model.close();
    }

    /** A gauge that reports what it is told and counts its measurements. */
    private static class FixedGauge implements MemoryGauge {
        final long growth;
        final long free;
        int marks;

        FixedGauge(long growth, long free) {
            this.growth = growth;
            this.free = free;
        }

        @Override
        public OptionalLong available() {
            return OptionalLong.of(free);
        }

        @Override
        public boolean mark() {
            marks++;
            return true;
        }

        @Override
        public long peakGrowth() {
            return growth;
        }

        @Override
        public String describe() {
            return "fixed";
        }
    }

    @Test
    void theBundledModelKeepsSixteenOnThisMachine() {
        BatchChoice c = new BatchSizer(Device.cpu(), "cpu", MemoryGauge.of(Device.cpu()), root).choose(model);
        assertEquals(16, c.images(), c.reason());
        assertTrue(c.chosen());
    }

    @Test
    void aModelIsMeasuredOnceAndKeepsItsBatch() {
        FixedGauge gauge = new FixedGauge(200_000_000L, 1_000_000_000L); // 125 MB per image; 500 MB usable
        BatchSizer sizer = new BatchSizer(Device.cpu(), "cpu", gauge, root);
        BatchChoice first = sizer.choose(model);
        assertEquals(4, first.images(), first.reason());
        assertSame(first, sizer.choose(model));
        assertEquals(1, gauge.marks);
    }

    @Test
    void theProfileAndTheOneLabelAnalysesKeepTheirBatchesUnlessMemoryIsShort() {
        dev.atk.spi.RunSettings auto = dev.atk.spi.RunSettings.defaults().withBatch(dev.atk.spi.RunSettings.AUTO_BATCH);
        BatchSizer here = new BatchSizer(Device.cpu(), "cpu", MemoryGauge.of(Device.cpu()), root);
        assertEquals(16, here.profileBatch(model));
        assertEquals(40, here.oneLabelRows(model, auto), "a row per label of fashion_cnn");
        assertEquals(64, here.oneLabelRows(model, auto.withBatch(64)), "a larger set batch");
        BatchSizer tight = new BatchSizer(Device.cpu(), "cpu", new FixedGauge(200_000_000L, 1_000_000_000L), root);
        assertEquals(4, tight.profileBatch(model), "125 MB per image, 500 MB usable");
        assertEquals(4, tight.oneLabelRows(model, auto), "not 40 rows");
        assertEquals(5, tight.forAttack(model, auto.withBatch(5)).images(), "a set batch is the user's");
    }

    @Test
    void aGaugeThatCannotMeasureLeavesTheDefault() {
        MemoryGauge blind = new FixedGauge(0, 0) {
            @Override
            public boolean mark() {
                return false;
            }
        };
        BatchChoice c = new BatchSizer(Device.cpu(), "cpu", blind, root).choose(model);
        assertEquals(16, c.images());
        assertTrue(c.reason().contains("the default"), c.reason());
    }

    @Test
    void theHostGaugeSeesMemoryTouchedAfterItsMark() {
        HostMemoryGauge gauge = new HostMemoryGauge();
        assumeTrue(gauge.mark(), "Linux's /proc/self/clear_refs is not writable here");
        ByteBuffer touched = ByteBuffer.allocateDirect(64 << 20); // zeroed, so every page is resident
        long growth = gauge.peakGrowth();
        assertTrue(growth >= 60L << 20, "saw " + growth + " bytes of a 64 MiB buffer");
        assertTrue(gauge.available().orElseThrow() > 0);
        assertEquals(64 << 20, touched.capacity());
        assertTrue(gauge.mark());
        assertTrue(gauge.peakGrowth() < 32L << 20, "a fresh mark starts from what is resident now");
    }

    @Test
    void glibcIsAskedToHandBackWhatItHoldsWhereItIsTheCLibrary() {
        boolean glibc = System.getProperty("os.name").equals("Linux")
                && java.nio.file.Files.exists(java.nio.file.Path.of("/lib/x86_64-linux-gnu/libc.so.6"));
        assumeTrue(glibc, "not a Debian-layout glibc machine");
        assertTrue(GlibcTrim.freeHeldMemory());
    }

    @Test
    void procLinesAreReadInBytes() {
        assertFalse(HostMemoryGauge.kilobytes(java.nio.file.Path.of("/nonexistent"), "VmRSS").isPresent());
    }
}
