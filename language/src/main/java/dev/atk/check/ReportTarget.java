package dev.atk.check;

import dev.atk.metric.Metric;
import dev.atk.syntax.Expr;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What {@code report EXPR} reports, classified in one place for the checker (which then validates it) and the planner
 * (which then builds a Report or Chart node from it).
 */
public sealed interface ReportTarget {

    /**
     * A metric over result records: {@code report flips} and {@code report results} (every record so far),
     * {@code report NAME} (flips of one {@code into} set), {@code report NAME.l2} (a metric of one set).
     */
    record Records(Metric metric, Optional<String> set) implements ReportTarget {}

    /**
     * A value drawn as a chart: a call or a bound name, such as {@code profile()}, {@code correlations()} or a
     * {@code let} name; the checker decides from its type whether it can be drawn.
     */
    record Value(Expr expr) implements ReportTarget {}

    /** Nothing a report can show: a literal, arithmetic, or a member that is not a metric of a result set. */
    record Unreportable(Expr expr) implements ReportTarget {}

    /**
     * Classifies {@code what}. A metric's word wins over a result set of the same name (the checker refuses such
     * {@code into} names anyway).
     *
     * @param isResultSet whether a name was defined by {@code run … into NAME}
     */
    static ReportTarget of(Expr what, Predicate<String> isResultSet) {
        if (what instanceof Expr.Name n) {
            String name = n.id().name();
            Optional<Metric> metric = Metric.fromKeyword(name);
            if (metric.isPresent()) {
                return new Records(metric.get(), Optional.empty());
            }
            return isResultSet.test(name) ? new Records(Metric.FLIPS, Optional.of(name)) : new Value(what);
        }
        if (what instanceof Expr.Member m) {
            if (m.target() instanceof Expr.Name n && isResultSet.test(n.id().name())) {
                Optional<Metric> metric = Metric.fromKeyword(m.member().name());
                if (metric.isPresent()) {
                    return new Records(metric.get(), Optional.of(n.id().name()));
                }
            }
            return new Unreportable(what);
        }
        return what instanceof Expr.Call ? new Value(what) : new Unreportable(what);
    }
}
