package dev.atk.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** ALGORITHMS.md §6.3's test vectors, computed with the reference generate_subset and objective_function. */
class ClassSubsetTest {
    static final double[] C = {0.10, 0.45, 0.30, 0.05, 0.40, 0.20};
    static final double[][] ICM = {
        {1.0, 0.2, 0.7, 0.1, 0.3, 0.0},
        {0.2, 0.9, 0.1, 0.6, 0.2, 0.4},
        {0.8, 0.1, 1.0, 0.2, 0.1, 0.3},
        {0.1, 0.5, 0.3, 0.8, 0.0, 0.9},
        {0.3, 0.2, 0.1, 0.0, 0.95, 0.2},
        {0.0, 0.4, 0.2, 0.9, 0.1, 0.7}};

    @ParameterizedTest(name = "gamma={0} n={1} b={2} d={3} -> {4}")
    @CsvSource(delimiter = ';', value = {
        "0.0; 3; 4; 4; 1 4 2; 2.5556",
        "0.0; 4; 2; 2; 1 4 2 5; 3.0",
        "0.0; 5; 1; 1; 1 4 2 5 0; 3.2222",
        "1.0; 3; 4; 4; 1 3 5; 6.1",
        "1.0; 4; 2; 2; 1 3 5 2; 8.3",
        "1.0; 5; 1; 1; 1 3 5 2 0; 11.4"})
    void referenceVectors(double gamma, int n, int b, int d, String subset, double objective) {
        List<Integer> expected = java.util.Arrays.stream(subset.split(" ")).map(Integer::valueOf).toList();
        List<Integer> got = ClassSubset.select(C, ICM, n, new ClassSubset.Options(gamma, b, d, false));
        assertEquals(expected, got);
        assertEquals(objective, ClassSubset.objective(got, C, ICM, gamma), 1e-4);
    }

    @Test
    void gammaZeroIsTheNLabelsClosestToTheThreshold() {
        List<Integer> got = ClassSubset.select(C, ICM, 4, ClassSubset.Options.paper(0));
        assertEquals(List.of(1, 4, 2, 5), got);
    }

    @Test
    void smallSubsetsAndDegenerateInputs() {
        assertEquals(List.of(1), ClassSubset.select(C, ICM, 1, ClassSubset.Options.paper(0.5)));
        assertEquals(List.of(1), ClassSubset.select(C, ICM, 0, ClassSubset.Options.paper(0.5)));
        // all-zero closeness with gamma 0: every objective is 0; the reference crashes, we take the first leaf
        assertEquals(3, ClassSubset.select(new double[6], ICM, 3, ClassSubset.Options.paper(0)).size());
        // ties go to the higher label index
        assertEquals(List.of(2, 1), ClassSubset.select(new double[] {0.3, 0.3, 0.3}, new double[3][3], 2,
                ClassSubset.Options.paper(0)));
        assertThrows(IllegalArgumentException.class, () -> ClassSubset.select(C, new double[2][2], 2,
                ClassSubset.Options.paper(0)));
    }
}
