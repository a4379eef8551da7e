package dev.atk.chart;

/** Validation and defensive copies of caller arrays, so charts stay immutable after they are built. */
final class Matrices {
    private Matrices() {}

    static double[][] checkRectangular(double[][] matrix, String what) {
        if (matrix == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r] == null) {
                throw new IllegalArgumentException(what + ": row " + r + " is null");
            }
            if (matrix[r].length != matrix[0].length) {
                throw new IllegalArgumentException(what + " must be rectangular: row 0 has " + matrix[0].length
                        + " entries but row " + r + " has " + matrix[r].length);
            }
        }
        return copy(matrix);
    }

    static double[][] copy(double[][] matrix) {
        double[][] copy = new double[matrix.length][];
        for (int r = 0; r < matrix.length; r++) {
            copy[r] = matrix[r].clone();
        }
        return copy;
    }

    static float[][] checkRectangular(float[][] plane, String what) {
        if (plane == null || plane.length == 0 || plane[0] == null || plane[0].length == 0) {
            throw new IllegalArgumentException(what + " must have at least one row and one column");
        }
        float[][] copy = new float[plane.length][];
        for (int r = 0; r < plane.length; r++) {
            if (plane[r] == null || plane[r].length != plane[0].length) {
                throw new IllegalArgumentException(what + " must be rectangular: row 0 has " + plane[0].length
                        + " entries but row " + r + " has " + (plane[r] == null ? "none" : plane[r].length));
            }
            copy[r] = plane[r].clone();
        }
        return copy;
    }
}
