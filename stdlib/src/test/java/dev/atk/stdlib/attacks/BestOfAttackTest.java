package dev.atk.stdlib.attacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ProfileResult;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code best_of} on the bundled fashion_cnn: each record is exactly one member's record (the one with the most
 * flips, ties to the earlier member), its cost is the members' sum, a loss named twice runs once, and a member
 * that depends on ε (SLAM) makes the whole call run per budget with the same records.
 */
class BestOfAttackTest {
    @RegisterExtension
    static final BundledCnn cnn = new BundledCnn();
    private static final int[] ITEMS = {0, 1, 2, 3, 4, 5};
    private static final double[] BUDGETS = {0.02, 0.06};
    private static final RunSettings SETTINGS = new RunSettings(0.5, RunSettings.DEFAULT_ALPHA, "linf", 3, 11,
            "faithful");
    // a declared profile (E(0.25) = 20 of 40 labels) so SLAM and slam_ramp need no probe run
    private static final ProfileResult PROFILE = ProfileResult.declared(new double[] {0, 80}, 0.25, 40);

    private static List<AttackOutcome> run(ComponentCall call, AtomicLong steps) {
        List<AttackOutcome> out = new ArrayList<>();
        RunControl control = dev.atk.stdlib.attack.CountingControl.counting(steps);
        cnn.backend().attack(cnn.model(), cnn.data(), ITEMS, call, BUDGETS, new AttackContext(SETTINGS, PROFILE, 7), out::addAll,
                control);
        out.sort(Comparator.comparingDouble(AttackOutcome::budget).thenComparingInt(AttackOutcome::item));
        return out;
    }

    private static ComponentCall mifgsm(ComponentCall loss) {
        return new ComponentCall("mifgsm", Map.of("loss", loss));
    }

    private static ComponentCall bestOf(ComponentCall... losses) {
        Map<String, Object> args = new LinkedHashMap<>();
        String[] names = {"first", "second", "third"};
        for (int i = 0; i < losses.length; i++) {
            args.put(names[i], losses[i]);
        }
        return new ComponentCall("best_of", args);
    }

    @Test
    void eachRecordIsTheBestMembersRecordAndCostsTheirSum() {
        ComponentCall linear = ComponentCall.of("linear");
        ComponentCall hinge = new ComponentCall("hinge", Map.of("margin", 0.0));
        ComponentCall ramp = new ComponentCall("slam_ramp", Map.of("q", 1.0));
        List<List<AttackOutcome>> members = new ArrayList<>();
        long memberSteps = 0;
        for (ComponentCall loss : List.of(linear, hinge, ramp)) {
            AtomicLong steps = new AtomicLong();
            members.add(run(mifgsm(loss), steps));
            memberSteps += steps.get();
        }
        AtomicLong steps = new AtomicLong();
        List<AttackOutcome> best = run(bestOf(linear, hinge, ramp), steps);
        assertEquals(memberSteps, steps.get(), "three trajectories: the members' passes, summed");
        assertEquals(ITEMS.length * BUDGETS.length, best.size());
        boolean anyNotFirst = false;
        for (int r = 0; r < best.size(); r++) {
            AttackOutcome b = best.get(r);
            int max = 0;
            double queries = 0;
            for (List<AttackOutcome> m : members) {
                max = Math.max(max, m.get(r).flips());
                queries += m.get(r).measures().get("queries");
            }
            int member = b.measures().get(BestOfAttack.MEMBER).intValue();
            AttackOutcome chosen = members.get(member - 1).get(r);
            assertEquals(max, b.flips(), "the most flips of any member");
            for (int earlier = 0; earlier < member - 1; earlier++) {
                assertTrue(members.get(earlier).get(r).flips() < max, "ties go to the earlier member");
            }
            assertArrayEquals(chosen.adversarial(), b.adversarial());
            assertEquals(chosen.linf(), b.linf());
            assertTrue(b.linf() <= b.budget() + 1e-6, "every member stays within the budget");
            assertEquals(queries, b.measures().get("queries"));
            anyNotFirst |= member > 1;
        }
        assertTrue(anyNotFirst, "on six images and two budgets some image is flipped most by another loss than linear");
    }

    @Test
    void aRepeatedLossRunsOnceAndABudgetDependentMemberRunsPerBudget() {
        ComponentCall linear = ComponentCall.of("linear");
        ComponentCall slam = new ComponentCall("slam", Map.of("q", 0.5));
        AtomicLong once = new AtomicLong();
        AtomicLong alone = new AtomicLong();
        List<AttackOutcome> twice = run(bestOf(linear, linear, linear), once);
        List<AttackOutcome> plain = run(mifgsm(linear), alone);
        assertEquals(alone.get(), once.get(), "linear three times is one member");
        for (int r = 0; r < plain.size(); r++) {
            assertArrayEquals(plain.get(r).adversarial(), twice.get(r).adversarial());
            assertEquals(1.0, twice.get(r).measures().get(BestOfAttack.MEMBER));
        }
        assertEquals(2, BestOfAttack.members(bestOf(linear, slam)).size(), "third defaults to first's loss");
        ComponentCall slower = new ComponentCall("best_of", Map.of("first", linear, "second", linear, "second_mu", 0.5));
        assertEquals(List.of(1.0, 0.5), BestOfAttack.members(slower).stream().map(AttackSpec::mu).toList(),
                "the same loss with another momentum is another member");
        ComponentCall closest = new ComponentCall("closest", Map.of("n", 5L, "ratio", 1.66));
        ComponentCall aimed = new ComponentCall("best_of", Map.of("first", linear, "second", ComponentCall.of("bce"),
                "second_targets", closest));
        assertEquals(List.of(ComponentCall.of("all"), closest), BestOfAttack.members(aimed).stream()
                .map(AttackSpec::targets).toList(), "each member has its own label selection");
        AtomicLong aimedSteps = new AtomicLong();
        List<AttackOutcome> aimedBest = run(aimed, aimedSteps);
        List<AttackOutcome> closestAlone = run(new ComponentCall("closest", Map.of("n", 5L)), new AtomicLong());
        for (int r = 0; r < plain.size(); r++) {
            assertEquals(Math.max(plain.get(r).flips(), closestAlone.get(r).flips()), aimedBest.get(r).flips());
        }
        BestOfAttack provider = new BestOfAttack();
        assertTrue(provider.trajectoryIndependentOfBudget(bestOf(linear), SETTINGS));
        assertTrue(!provider.trajectoryIndependentOfBudget(bestOf(linear, slam), SETTINGS));
        AtomicLong perBudget = new AtomicLong();
        run(bestOf(linear, slam), perBudget);
        int n1 = dev.atk.stdlib.attack.Norm.iterations(BUDGETS[0], RunSettings.DEFAULT_ALPHA);
        int n2 = dev.atk.stdlib.attack.Norm.iterations(BUDGETS[1], RunSettings.DEFAULT_ALPHA);
        assertEquals((long) ITEMS.length * (n2 + n1 + n2), perBudget.get(), "linear once to the largest budget, "
                + "SLAM once per budget");
    }
}
