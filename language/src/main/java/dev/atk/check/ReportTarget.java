package dev.atk.check;

import dev.atk.metric.CustomMetric;
import dev.atk.metric.Metric;
import dev.atk.syntax.Expr;
import java.util.List;
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
     * A metric of the script's own: {@code report metric(f)} over every record so far, {@code report NAME.metric(f)}
     * over one set; {@code better="lower"} turns the best-cell mark around. The checker validates the call's
     * arguments, the planner evaluates the function (no guest code runs before the report does).
     */
    record OwnMetric(Expr.Call call, Optional<String> set) implements ReportTarget {
        /** The direction words {@code better=} takes; the first is the default. */
        public static final List<String> DIRECTIONS = List.of("higher", "lower");

        /** The function: the first positional argument, if there is one. */
        public Optional<Expr> function() {
            return call.args().stream().filter(a -> a.name().isEmpty()).map(Expr.Arg::value).findFirst();
        }

        /** The {@code better=} argument, if given. */
        public Optional<Expr> better() {
            return call.args().stream().filter(a -> a.name().filter(n -> n.name().equals("better")).isPresent())
                    .map(Expr.Arg::value).findFirst();
        }

        /**
         * The direction {@code better=} names, as a string or a bare word ({@code better="lower"}, {@code better=lower},
         * as a setting's choices are written); null when it is neither.
         */
        public static String direction(Expr better) {
            return better instanceof Expr.Name n ? n.id().name() : better instanceof Expr.StringLit l ? l.value() : null;
        }

        /** Whether higher is better: the default unless {@code better="lower"}. */
        public boolean higherIsBetter() {
            return better().map(OwnMetric::direction).filter("lower"::equals).isEmpty();
        }
    }

    /**
     * A value drawn as a chart: a call or a bound name, such as {@code profile()}, {@code correlations()} or a
     * {@code let} name; the checker decides from its type whether it can be drawn.
     */
    record Value(Expr expr) implements ReportTarget {}

    /** Nothing a report can show: a literal, arithmetic, or a member that is not a metric of a result set. */
    record Unreportable(Expr expr) implements ReportTarget {}

    /**
     * Classifies {@code what}. A metric's word wins over a result set of the same name (the checker refuses such
     * {@code into} names anyway); a call of {@code metric} is always a metric of the script's own.
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
            if (isResultSet.test(name)) {
                return new Records(Metric.FLIPS, Optional.of(name));
            }
            // `report metric` without its function: a mistake in a metric, not a value to draw
            return name.equals(CustomMetric.WORD) ? new Unreportable(what) : new Value(what);
        }
        if (what instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.id().name().equals(CustomMetric.WORD)) {
            return new OwnMetric(c, Optional.empty());
        }
        if (what instanceof Expr.Call c && c.callee() instanceof Expr.Member m && m.member().name().equals(CustomMetric.WORD)
                && m.target() instanceof Expr.Name n && isResultSet.test(n.id().name())) {
            return new OwnMetric(c, Optional.of(n.id().name()));
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
