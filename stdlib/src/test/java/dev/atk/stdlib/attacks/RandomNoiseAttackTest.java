package dev.atk.stdlib.attacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The random-noise baseline on the bundled fashion_cnn: its perturbation is exactly the budget (before the pixel
 * clamp), more trials never flip fewer labels, records do not depend on batching, and ε = 0 changes nothing.
 */
class RandomNoiseAttackTest {
    @RegisterExtension
    static final BundledCnn cnn = new BundledCnn();
    private static final int[] ITEMS = {0, 1, 2, 3, 4, 5};

    private static List<AttackOutcome> run(String norm, int batch, long trials, double... budgets) {
        RunSettings settings = new RunSettings(0.5, RunSettings.defaultAlpha(norm), norm, batch, 11, "faithful");
        List<AttackOutcome> out = new ArrayList<>();
        cnn.backend().attack(cnn.model(), cnn.data(), ITEMS, new ComponentCall("noise", Map.of("trials", trials)), budgets,
                new AttackContext(settings, null, 7), out::addAll, RunControl.none());
        out.sort(Comparator.comparingDouble(AttackOutcome::budget).thenComparingInt(AttackOutcome::item));
        return out;
    }

    @Test
    void theNoiseIsTheBudgetAndMoreTrialsNeverFlipLess() {
        List<AttackOutcome> one = run("linf", 6, 1, 0.3);
        List<AttackOutcome> many = run("linf", 6, 8, 0.3);
        int flipsOne = 0;
        int flipsMany = 0;
        for (int i = 0; i < ITEMS.length; i++) {
            assertEquals(0.3, one.get(i).linf(), 1e-6, "every pixel moves ±ε, and some stay inside [0, 1]");
            assertTrue(many.get(i).flips() >= one.get(i).flips(), "the first trial is the single draw: best-of-8 "
                    + "cannot flip fewer");
            assertEquals(8, many.get(i).iterations());
            assertEquals(9.0, many.get(i).measures().get("queries"), "8 noisy passes and the clean one");
            flipsOne += one.get(i).flips();
            flipsMany += many.get(i).flips();
        }
        assertTrue(flipsOne > 0, "ε = 0.3 of noise flips some label of a trained CNN");
        assertTrue(flipsMany > flipsOne, "eight draws find more flips than one on six images: " + flipsMany + " vs "
                + flipsOne);
    }

    @Test
    void recordsDoNotDependOnBatchingAndZeroBudgetChangesNothing() {
        List<AttackOutcome> whole = run("linf", 6, 3, 0.0, 0.2);
        List<AttackOutcome> pairs = run("linf", 2, 3, 0.0, 0.2);
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i).flips(), pairs.get(i).flips());
            assertArrayEquals(whole.get(i).adversarial(), pairs.get(i).adversarial(), 1e-6f);
        }
        for (AttackOutcome o : whole.subList(0, ITEMS.length)) {
            assertEquals(0.0, o.budget());
            assertEquals(0, o.flips());
            assertEquals(0.0, o.linf());
        }
    }

    @Test
    void underL2TheImageMovesAlongADirectionOfLengthEps() {
        for (AttackOutcome o : run("l2", 6, 1, 3.0)) {
            assertTrue(o.l2() <= 3.0 + 1e-5, "the clamp can only shorten the step: " + o.l2());
            assertTrue(o.l2() > 1.0, "most of the step survives the clamp: " + o.l2());
            assertTrue(o.linf() < 0.5, "spread over every pixel, not a few: " + o.linf());
        }
    }
}
