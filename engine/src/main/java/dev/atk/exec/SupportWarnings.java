package dev.atk.exec;

import dev.atk.diag.Diagnostic;
import dev.atk.diag.NumberText;
import dev.atk.metric.Metric;
import dev.atk.plan.PlanNode;
import dev.atk.result.ResultRecord;
import dev.atk.spi.ProfileResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Results that are computed correctly but lie outside what their inputs support, found once the inputs are known:
 * a profile measured at too few points for its curve, or cut by its cap; a profile-driven attack run above the
 * profile's eps_max, where the profile says nothing; a minimal-perturbation attack that stopped before its goal; and
 * per-image budgets matched to such records, which span the whole pixel range. Each is a positioned warning shown
 * when it is found, before the work it concerns, so nobody waits eleven minutes for a number that means little.
 */
final class SupportWarnings {
    private SupportWarnings() {}

    /** The profile's own limits: fewer measurements than its curve has coefficients, or a probe cut by its cap. */
    static Optional<Diagnostic> profile(PlanNode.Profile p, ProfileResult r, String model) {
        if (r.epsilons() == null) {
            return Optional.empty(); // declared from stored numbers: the user vouches for it
        }
        int points = r.epsilons().length;
        int degree = p.request().degree();
        String where = "the profile of " + model + " (" + r.samples() + " probe image" + (r.samples() == 1 ? "" : "s")
                + ", eps_max " + number(r.epsMax()) + ")";
        if (points < degree + 1) {
            return Optional.of(Diagnostic.warning(p.span(), where + " stopped after " + (points - 1) + " measurement"
                    + (points == 2 ? "" : "s") + ": " + points + " points cannot determine its degree-" + degree
                    + " curve, so E(ε) and every budget relative to eps_max rest on a line through too few points",
                    "probe more images (set profile_samples = 100, the paper's) or measure more often "
                    + "(a smaller profile_interval)"));
        }
        if (!r.converged()) {
            return Optional.of(Diagnostic.warning(p.span(), where + " reached its cap of " + (points - 1)
                    + " measurements before flips levelled off: eps_max is where the probe was cut, not where flips "
                    + "saturate", "measure less often (a larger profile_interval) so the probe reaches saturation"));
        }
        return Optional.empty();
    }

    /**
     * A profile-driven attack (SLAM's p, CLASS's subset length) at budgets above the profile's eps_max: the profile
     * was never measured there, and the attack treats every label as reachable.
     */
    static Optional<Diagnostic> beyondProfile(PlanNode.Attack a, ProfileResult profile, double largestBudget) {
        if (profile == null || !(largestBudget > profile.epsMax() * (1 + 1e-9))) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.warning(a.span(), a.label() + " runs at ε up to " + number(largestBudget)
                + ", above the profile's eps_max " + number(profile.epsMax())
                + (profile.samples() > 0 ? " (measured on " + profile.samples() + " images)" : "")
                + ": the profile says nothing there, and the attack treats every label as a target",
                "give budgets as fractions of the profile, e.g. profile(0.05..1.0), or measure a profile on more images "
                + "so it reaches these budgets"));
    }

    /** A minimal-perturbation attack's records whose goal was not reached: their L∞ is where it stopped. */
    static Optional<Diagnostic> goalNotReached(PlanNode.Attack a, List<ResultRecord> records) {
        List<ResultRecord> present = records.stream().filter(Objects::nonNull).toList();
        List<ResultRecord> missed = present.stream().filter(r -> !reached(r)).toList();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        double worst = missed.stream().mapToDouble(ResultRecord::linf).max().orElse(Double.NaN);
        return Optional.of(Diagnostic.warning(a.span(), a.label() + " reached its goal on " + (present.size()
                - missed.size()) + " of " + present.size() + " images; on the other " + missed.size()
                + " it stopped at its iteration limit (L∞ up to " + number(worst) + "), so their perturbation is not "
                + "minimal, and budgets matched to them are as large",
                "allow more iterations (max_iter), or leave these images out of comparisons at matched budgets"));
    }

    /**
     * Per-image matched L∞ budgets of 1 or more: the whole [0, 1] pixel range, so the attack there is unconstrained,
     * runs its full iteration count and compares with nothing budgeted.
     */
    static Optional<Diagnostic> unboundedMatched(PlanNode.Attack a, double[][] perImage) {
        if (perImage == null || "l2".equals(a.settings().norm())) {
            return Optional.empty();
        }
        int images = 0;
        int unbounded = 0;
        for (double[] row : perImage) {
            boolean any = false;
            boolean whole = false;
            for (double eps : row) {
                any |= !Double.isNaN(eps);
                whole |= eps >= 1;
            }
            images += any ? 1 : 0;
            unbounded += whole ? 1 : 0;
        }
        if (unbounded == 0) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.warning(a.span(), a.label() + ": " + unbounded + " of " + images
                + " images have a matched ε of 1 or more, the whole pixel range, because the attack they are matched to "
                + "did not reach its goal on them: there this attack is unconstrained and runs every iteration",
                "allow the minimal attack more iterations (max_iter) so its budgets are meaningful"));
    }

    /**
     * Whether the attack succeeded on the record's image, by the success rate's own rule ({@link Metric#ASR}: the
     * attack's verdict when it records one, else every label its objective cares about on the wanted side).
     */
    private static boolean reached(ResultRecord r) {
        return Metric.ASR.of(r) == 1;
    }

    private static String number(double v) {
        return NumberText.forPeople(v);
    }
}
