package dev.atk.stdlib.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.CancelledException;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.stdlib.attack.MiFgsm;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.TinyCnn;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.loss.LinearLoss;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The profile probe kernel (ALGORITHMS.md §4.1) on a small random CNN. */
class ProfilerTest {

    @org.junit.jupiter.api.BeforeAll
    static void threads() {
        dev.atk.stdlib.attack.TestThreads.single();
    }

    @Test
    void probeListsGridFitAndCheckpointsMatchIndependentAttacks() {
        try (NDManager m = NDManager.newBaseManager(); TinyCnn net = new TinyCnn(m, 1, DataType.FLOAT32, 16, 6)) {
            NDArray all = TinyCnn.noise(m, 77, 5, 16, DataType.FLOAT32);
            List<NDArray> batches = List.of(all.get("0:3"), all.get("3:5"));
            MiFgsmConfig c = MiFgsmConfig.reference();
            AtomicLong steps = new AtomicLong();
            RunControl control = dev.atk.stdlib.attack.CountingControl.counting(steps);
            ProfileRequest req = new ProfileRequest(4, 0.01, 4, "max", 5);
            ProfileResult p = new Profiler(net, c).run(m, batches, req, control);
            int k = p.epsilons().length;
            assertTrue(k >= 2 && k <= 6);
            assertEquals(k, p.flipsBce().length);
            assertEquals(k, p.flipsLinear().length);
            assertEquals(0.0, p.flipsBce()[0]);
            assertEquals(0.0, p.flipsLinear()[0]);
            assertEquals(0.0, p.epsilons()[0]);
            for (int j = 0; j < k; j++) {
                assertEquals(j * 4 * c.alpha(), p.epsilons()[j]);
            }
            assertEquals(p.epsilons()[k - 1], p.epsMax());
            assertEquals(5, p.coefficients().length);
            assertEquals(5, p.samples());
            assertEquals(6, p.labels());
            assertEquals("max", p.combine());
            assertEquals((long) (k - 1) * 4 * 5 * 2, steps.get(), "two probe steps per image and iteration");
            // the stop rule on the BCE list decides convergence
            StopRule r = new StopRule(0.01, 5);
            for (int j = 1; j < k; j++) {
                r.add(p.flipsBce()[j]);
            }
            assertEquals(r.converged(), p.converged());
            // combine = max fits max(bce, linear)
            double[] max = new double[k];
            for (int j = 0; j < k; j++) {
                max[j] = Math.max(p.flipsBce()[j], p.flipsLinear()[j]);
            }
            assertArrayEquals(PolyFit.fit(p.epsilons(), max, 4), p.coefficients(), 1e-9);
            // every measurement equals an independent MI-FGSM attack at ε = j·interval·α
            MiFgsm attack = new MiFgsm(net, c);
            double[] eps = new double[k];
            for (int j = 0; j < k; j++) {
                eps[j] = p.epsilons()[j] + c.alpha() / 2; // int((j·4·α + α/2)/α) = 4j exactly
            }
            List<List<AttackOutcome>> bce = attack.sweep(m, all, new int[] {0, 1, 2, 3, 4}, BceLoss.INSTANCE, null,
                    eps, RunControl.none());
            List<List<AttackOutcome>> lin = attack.sweep(m, all, new int[] {0, 1, 2, 3, 4}, LinearLoss.INSTANCE,
                    null, eps, RunControl.none());
            for (int j = 0; j < k; j++) {
                assertEquals(p.flipsBce()[j], mean(bce.get(j)), 1e-12, "bce at " + j);
                assertEquals(p.flipsLinear()[j], mean(lin.get(j)), 1e-12, "linear at " + j);
            }
        }
    }

    private static double mean(List<AttackOutcome> outs) {
        return outs.stream().mapToInt(AttackOutcome::flips).average().orElse(0);
    }

    @Test
    void bceCombineFitsTheBceListAndCancels() {
        try (NDManager m = NDManager.newBaseManager(); TinyCnn net = new TinyCnn(m, 2, DataType.FLOAT32, 16, 6)) {
            NDArray all = TinyCnn.noise(m, 78, 2, 16, DataType.FLOAT32);
            ProfileResult p = new Profiler(net, MiFgsmConfig.reference()).run(m, List.of(all),
                    new ProfileRequest(3, 0.01, 2, "bce", 3), RunControl.none());
            assertArrayEquals(PolyFit.fit(p.epsilons(), p.flipsBce(), 2), p.coefficients(), 1e-9);
            RunControl cancel = new RunControl() {
                @Override
                public void advance(long n) {}

                @Override
                public boolean cancelled() {
                    return true;
                }
            };
            assertThrows(CancelledException.class, () -> new Profiler(net, MiFgsmConfig.reference()).run(m,
                    List.of(all), ProfileRequest.defaults(), cancel));
        }
    }
}
