package dev.atk.stdlib.attacks;

import dev.atk.spi.AttackOutcome;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamType;
import dev.atk.spi.RunSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code best_of(first, first_mu, first_targets, second, …, third_targets)}: MI-FGSM once per distinct member (a loss,
 * a momentum and a label selection) on the same images, and for each image and budget the perturbation that flipped the most labels (ties: the earlier member).
 * Every member's perturbation is within the budget, so the chosen one is too; the record counts every member's
 * passes ({@code queries}) and time, and names the winning member ({@code best_of_member}, 1-based).
 *
 * <p>Why it exists (docs/beyond.md): SLAM runs once per budget, 2016 iterations per image for the paper's 7 budgets on
 * fashion_cnn, while a loss that does not depend on ε serves all 7 budgets in one 640-iteration trajectory. Within
 * SLAM's passes, three such trajectories fit, and which loss flips the most differs from image to image: taking the
 * best per image is the white-box attacker's own choice (the attack sees the model's output), as attack ensembles
 * such as AutoAttack report the worst case over their members.
 *
 * <p>Members run batch by batch, so each batch's records are logged before the next batch starts, as for any attack.
 */
public final class BestOfAttack implements AttackProvider {
    private static final ParamInfo FIRST = ParamInfo.component("first", ParamType.LOSS, ComponentCall.of("linear"),
            "the first member's loss");
    private static final ParamInfo SECOND = ParamInfo.component("second", ParamType.LOSS, ComponentCall.of("bce"),
            "the second member's loss");
    private static final ParamInfo THIRD = ParamInfo.component("third", ParamType.LOSS, ComponentCall.of("linear"),
            "the third member's loss; a member equal to an earlier one (loss, momentum, targets) is not run again (the "
                    + "default repeats first, so best_of(first=a, second=b) has two members)");
    private static final ParamInfo FIRST_MU = mu("first");
    private static final ParamInfo SECOND_MU = mu("second");
    private static final ParamInfo THIRD_MU = mu("third");
    private static final ParamInfo FIRST_TARGETS = targets("first");
    private static final ParamInfo SECOND_TARGETS = targets("second");
    private static final ParamInfo THIRD_TARGETS = targets("third");
    private static final ParamInfo[][] MEMBERS = {
            {FIRST, FIRST_MU, FIRST_TARGETS}, {SECOND, SECOND_MU, SECOND_TARGETS}, {THIRD, THIRD_MU, THIRD_TARGETS}};
    private static final List<ParamInfo> PARAMS = java.util.Arrays.stream(MEMBERS).flatMap(java.util.Arrays::stream)
            .toList();

    private static ParamInfo mu(String member) {
        return ParamInfo.number(member + "_mu", 1.0, 0.0, null, "momentum decay of the " + member + " member's MI-FGSM");
    }

    private static ParamInfo targets(String member) {
        return ParamInfo.component(member + "_targets", ParamType.TARGETS, ComponentCall.of("all"),
                "which labels the " + member + " member's loss weighs: all, class(gamma), random(n), closest(n), "
                        + "subset(priority, n)");
    }

    /** The measure naming the member whose perturbation a record keeps, 1-based in the order written. */
    public static final String MEMBER = "best_of_member";

    @Override
    public List<ComponentInfo> attacks() {
        return List.of(new ComponentInfo("best_of", ComponentKind.ATTACK, "MI-FGSM with each distinct member (loss, "
                + "momentum, targets) of first, second and third; per image and budget, the perturbation "
                + "that flips the most labels (passes: the members' sum)", PARAMS, false, true));
    }

    /** The members' kernel parts, distinct (loss, momentum, targets) triples in the order written. */
    static List<AttackSpec> members(ComponentCall call) {
        Map<AttackSpec, AttackSpec> members = new LinkedHashMap<>();
        for (ParamInfo[] p : MEMBERS) {
            AttackSpec member = new AttackSpec(p[0].componentIn(call), p[1].numberIn(call), p[2].componentIn(call));
            members.putIfAbsent(member, member);
        }
        return List.copyOf(members.values());
    }

    @Override
    public boolean needsProfile(ComponentCall call) {
        return members(call).stream().anyMatch(AttackSpec::needsProfile);
    }

    @Override
    public boolean needsCorrelations(ComponentCall call) {
        return members(call).stream().anyMatch(AttackSpec::needsCorrelations);
    }

    @Override
    public boolean trajectoryIndependentOfBudget(ComponentCall call, RunSettings settings) {
        return members(call).stream().noneMatch(AttackSpec::dependsOnBudget);
    }

    @Override
    public int trajectoriesPerImage(ComponentCall call, RunSettings settings) {
        return members(call).size();
    }

    @Override
    public long stepsPerImage(ComponentCall call, double[] budgets, RunSettings settings) {
        long steps = 0;
        for (AttackSpec member : members(call)) {
            steps += GradientAttackProvider.steps(member, budgets, settings);
        }
        return steps;
    }

    @Override
    public void run(AttackRun run, ComponentCall call, double[] budgets, Consumer<List<AttackOutcome>> sink) {
        List<AttackSpec> members = members(call);
        int done = 0;
        for (int[] chunk : run.batches()) {
            run.control().checkCancelled();
            AttackRun batch = new AttackRun(run.attacked(), run.clean(), run.root(), run.data(), chunk, run.pixels(),
                    run.context().withClean(run.context().cleanSlice(done, chunk.length)), run.control());
            done += chunk.length;
            List<List<AttackOutcome>> byMember = new ArrayList<>();
            for (AttackSpec member : members) {
                List<AttackOutcome> outcomes = new ArrayList<>();
                GradientAttackLoop.run(batch, call, member, budgets, outcomes::addAll);
                byMember.add(outcomes);
            }
            sink.accept(best(byMember));
        }
    }

    /** Per (image, budget), the outcome with the most flips, in the first member's order, with the summed cost. */
    static List<AttackOutcome> best(List<List<AttackOutcome>> byMember) {
        record Key(int item, double budget) {}
        Map<Key, Integer> winner = new HashMap<>();
        Map<Key, AttackOutcome> chosen = new HashMap<>();
        Map<Key, double[]> cost = new HashMap<>(); // queries, seconds
        for (int m = 0; m < byMember.size(); m++) {
            for (AttackOutcome o : byMember.get(m)) {
                Key k = new Key(o.item(), o.budget());
                double[] c = cost.computeIfAbsent(k, x -> new double[2]);
                c[0] += o.measures().getOrDefault("queries", 0.0);
                c[1] += o.seconds();
                AttackOutcome best = chosen.get(k);
                if (best == null || o.flips() > best.flips()) {
                    chosen.put(k, o);
                    winner.put(k, m + 1);
                }
            }
        }
        List<AttackOutcome> out = new ArrayList<>();
        for (AttackOutcome first : byMember.get(0)) {
            Key k = new Key(first.item(), first.budget());
            AttackOutcome o = chosen.get(k);
            Map<String, Double> measures = new LinkedHashMap<>(o.measures());
            measures.put("queries", cost.get(k)[0]);
            measures.put(MEMBER, (double) winner.get(k));
            out.add(new AttackOutcome(o.item(), o.budget(), o.flips(), o.iterations(), o.linf(), o.l2(), o.rmsd(),
                    o.clean(), o.adversarial(), cost.get(k)[1], o.image(), o.target(), o.threshold(), measures));
        }
        return out;
    }
}
