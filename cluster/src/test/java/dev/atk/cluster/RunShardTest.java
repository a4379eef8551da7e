package dev.atk.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AttackContext;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelRef;
import dev.atk.spi.RunSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a task does on its executor, run here without Spark (no task context: the caller's JVM is the executor). */
class RunShardTest {
    @TempDir
    Path dir;

    private AttackShard shard(ModelRef model, String device) {
        return new AttackShard(0, new EngineSpec(device, dir.resolve("cache").toString(), dir.toString()), model,
                new DataRef("fashion", null, "test"), new int[] {0, 1}, ComponentCall.of("bce"),
                new double[] {0.05}, new AttackContext(RunSettings.defaults(), null, 11L), 0);
    }

    @Test
    void aModelTheExecutorCannotReadComesBackAsItsMessageNotAsARetry() {
        ShardOutcome out = new RunShard().apply(scala.jdk.javaapi.CollectionConverters.asScala(
                List.<Shard>of(shard(new ModelRef("missing/model.json", true), "cpu")).iterator()));
        assertTrue(out.error() != null && out.error().contains("missing"), String.valueOf(out.error()));
        assertEquals("driver", out.executor());
        assertNull(out.result());
    }

    @Test
    void aTaskWithoutAGpuKeepsTheScriptsDevice() {
        AttackShard s = shard(new ModelRef("fashion_cnn", false), "auto");
        assertEquals(s.engine(), RunShard.engineFor(s, null));
        assertEquals("gpu:3", s.engine().onGpu(" 3").device());
    }

    @Test
    void aBundledModelRunsAndSendsItsOutcomesBack() {
        ShardOutcome out = new RunShard().apply(scala.jdk.javaapi.CollectionConverters.asScala(
                List.<Shard>of(shard(new ModelRef("fashion_cnn", false), "cpu")).iterator()));
        assertNull(out.error(), out.error());
        @SuppressWarnings("unchecked")
        List<List<dev.atk.spi.AttackOutcome>> batches = (List<List<dev.atk.spi.AttackOutcome>>) out.result();
        assertEquals(2, batches.stream().mapToInt(List::size).sum(), "two images at one budget");
        assertTrue(out.computeSeconds() > 0);
    }
}
