package dev.atk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.metric.Metric;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Parser;
import dev.atk.source.Source;
import dev.atk.syntax.Stmt;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one classification of {@code report EXPR} that the checker and the planner share. */
class ReportTargetTest {
    private static final Set<String> SETS = Set.of("base", "flips");

    private static ReportTarget of(String what) {
        Stmt.ReportStmt r = (Stmt.ReportStmt) Parser.parse(new Source("t", "report " + what)).statements().get(0);
        return ReportTarget.of(r.what(), SETS::contains);
    }

    @Test
    void metricsAndResultSetsAreRecords() {
        assertEquals(new ReportTarget.Records(Metric.FLIPS, Optional.empty()), of("flips"));
        assertEquals(new ReportTarget.Records(Metric.FLIPS, Optional.empty()), of("results"));
        assertEquals(new ReportTarget.Records(Metric.L2, Optional.empty()), of("l2"));
        assertEquals(new ReportTarget.Records(Metric.FLIPS, Optional.of("base")), of("base"));
        assertEquals(new ReportTarget.Records(Metric.LINF, Optional.of("base")), of("base.linf"));
    }

    @Test
    void aMetricWordWinsOverASetOfTheSameName() {
        assertEquals(new ReportTarget.Records(Metric.FLIPS, Optional.empty()), of("flips"));
    }

    @Test
    void callsAndOtherNamesAreValuesToDraw() {
        assertInstanceOf(Expr.Call.class, assertInstanceOf(ReportTarget.Value.class, of("profile()")).expr());
        assertInstanceOf(Expr.Name.class, assertInstanceOf(ReportTarget.Value.class, of("p")).expr());
    }

    @Test
    void callsOfMetricAreTheScriptsOwnMetric() {
        ReportTarget.OwnMetric all = assertInstanceOf(ReportTarget.OwnMetric.class, of("metric(f)"));
        assertEquals(Optional.empty(), all.set());
        assertEquals("f", ((Expr.Name) all.function().orElseThrow()).id().name());
        assertTrue(all.higherIsBetter());
        ReportTarget.OwnMetric base = assertInstanceOf(ReportTarget.OwnMetric.class,
                of("base.metric(f, better=\"lower\")"));
        assertEquals(Optional.of("base"), base.set());
        assertFalse(base.higherIsBetter());
        assertFalse(assertInstanceOf(ReportTarget.OwnMetric.class, of("metric(better=lower, f)")).higherIsBetter());
        assertEquals(Optional.empty(), assertInstanceOf(ReportTarget.OwnMetric.class, of("metric()")).function());
        // without its function, `metric` is a mistake to explain, not a value to draw
        assertInstanceOf(ReportTarget.Unreportable.class, of("metric"));
    }

    @Test
    void literalsAndOtherMembersAreUnreportable() {
        assertInstanceOf(ReportTarget.Unreportable.class, of("3"));
        assertInstanceOf(ReportTarget.Unreportable.class, of("base.nothing"));
        assertInstanceOf(ReportTarget.Unreportable.class, of("p.eps_max"));
    }
}
