package dev.atk.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetAxisTest {
    @Test
    void profileBudgetsArePercentOfEpsMax() {
        BudgetAxis axis = BudgetAxis.of(new double[] {0.002734, 0.005469},
                List.of("0.002734 (0.05·eps_max)", "0.005469 (0.1·eps_max)"));
        assertTrue(axis.percentOfEpsMax());
        assertEquals("budget (% of eps_max)", axis.title());
        assertArrayEquals(new double[] {5, 10}, axis.values(), 1e-9);
    }

    @Test
    void otherBudgetsStayEpsilonWithThreeSignificantDigits() {
        BudgetAxis axis = BudgetAxis.of(new double[] {0.01, 0.005469}, List.of("0.01", "0.005469 (0.1·eps_max)"));
        assertFalse(axis.percentOfEpsMax(), "one fixed budget: the axis cannot be a share of eps_max");
        assertEquals("budget ε", axis.title());
        assertEquals("ε = 0.00547", BudgetAxis.legend(0.005469, "0.005469"));
        assertEquals("ε = 10% of eps_max", BudgetAxis.legend(0.005469, "0.005469 (0.1·eps_max)"));
    }

    @Test
    void significantDigitsDropTrailingZeros() {
        SignificantFormat f = new SignificantFormat(3);
        assertEquals("0.00547", f.format(0.005469));
        assertEquals("0.1", f.format(0.1));
        assertEquals("12300", f.format(12345.0));
        assertEquals("0", f.format(0.0));
    }
}
