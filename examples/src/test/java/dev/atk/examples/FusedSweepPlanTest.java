package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.Session;
import dev.atk.source.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@code --explain} says a fused sweep costs, on the real registries: a single attack is one trajectory per
 * image, {@code best_of} one per distinct member, and an attack whose trajectory depends on ε one run per budget. The
 * held-out confirmation script is the case people read the plan for (docs/beyond.md compares its passes with SLAM's).
 */
class FusedSweepPlanTest {
    @Test
    void explainCountsEveryTrajectoryOfAFusedSweep() throws IOException {
        Path script = ExampleScriptsTest.EXAMPLES.resolve("beyond/heldout_fashion_cnn.atk");
        String plan;
        try (Session session = Session.builder().baseDir(script.getParent()).cacheDir(ExampleScriptsTest.CACHE)
                .resultsDir(ExampleScriptsTest.RESULTS).build()) {
            plan = session.explain(new Source(script.getFileName().toString(), Files.readString(script)));
        }
        String optimised = plan.substring(plan.indexOf("== optimised plan"));
        assertTrue(lineOf(optimised, "Attack best_of(").contains(" as 3 trajectories with 7 checkpoints"), plan);
        assertTrue(lineOf(optimised, "Attack linear()").contains(" as 1 trajectory with 7 checkpoints"), plan);
        assertTrue(lineOf(optimised, "Attack slam(q=0.5)").contains(" as 7 runs"), plan);
    }

    private static String lineOf(String plan, String start) {
        return plan.lines().filter(l -> l.contains(start)).findFirst().orElse("no line with " + start);
    }
}
