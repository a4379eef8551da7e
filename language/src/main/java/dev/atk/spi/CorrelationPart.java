package dev.atk.spi;

import java.util.List;

/**
 * Some of a correlation matrix's work: the confidence changes of a run of its (label, image) rows, so that the rows
 * of one matrix can be computed in several processes (a cluster's executors) and summed on the driver in the order
 * one process sums them, which gives the same matrix to the last bit.
 *
 * <p>Rows are ordered label by label, and within a label in the order of its images:
 * {@code for ℓ: for item in itemsPerLabel[ℓ]}. A part holds rows {@code [firstRow, firstRow + deltas.length)}.
 *
 * @param deltas per row, sigmoid(model(x'))_j − sigmoid(model(x))_j for every label j (as floats, as they are summed)
 * @param forwardPasses forward passes this part spent, its clean pass included
 */
public record CorrelationPart(int firstRow, float[][] deltas, long forwardPasses, long backwardPasses, double seconds)
        implements java.io.Serializable {

    /**
     * The matrix of all rows' parts, given in row order: row ℓ is the mean of its rows' changes, summed in row
     * order in double precision (the single-process extractor's arithmetic). Passes and seconds are the parts' sums,
     * the clean pass counted once ({@code cleanForwardPasses}, which each part spent again).
     */
    public static CorrelationResult assemble(double eps, String direction, int labels, int[][] itemsPerLabel,
                                             List<CorrelationPart> parts, long cleanForwardPasses) {
        double[][] sum = new double[labels][labels];
        int[] counts = new int[labels];
        int[] labelOfRow = new int[rows(itemsPerLabel)];
        int r = 0;
        for (int l = 0; l < labels; l++) {
            counts[l] = itemsPerLabel[l].length;
            for (int k = 0; k < itemsPerLabel[l].length; k++) {
                labelOfRow[r++] = l;
            }
        }
        int next = 0;
        long forward = 0;
        long backward = 0;
        double seconds = 0;
        for (CorrelationPart p : parts) {
            if (p.firstRow() != next) {
                throw new IllegalArgumentException("correlation parts out of order: row " + p.firstRow()
                        + " where row " + next + " was expected");
            }
            for (float[] delta : p.deltas()) {
                double[] row = sum[labelOfRow[next++]];
                for (int j = 0; j < labels; j++) {
                    row[j] += delta[j];
                }
            }
            forward += p.forwardPasses() - cleanForwardPasses;
            backward += p.backwardPasses();
            seconds += p.seconds();
        }
        if (next != labelOfRow.length) {
            throw new IllegalArgumentException("correlation parts cover " + next + " of " + labelOfRow.length + " rows");
        }
        for (int l = 0; l < labels; l++) {
            for (int j = 0; j < labels; j++) {
                sum[l][j] = counts[l] == 0 ? 0 : sum[l][j] / counts[l];
            }
        }
        return new CorrelationResult(eps, direction, labels, sum, counts, forward + cleanForwardPasses, backward,
                seconds);
    }

    /** The clean pass's forward passes: one per distinct image of the matrix (every part repeats it). */
    public static long distinctImages(int[][] itemsPerLabel) {
        return java.util.Arrays.stream(itemsPerLabel).flatMapToInt(java.util.Arrays::stream).distinct().count();
    }

    /** How many (label, image) rows a matrix of these images has. */
    public static int rows(int[][] itemsPerLabel) {
        int n = 0;
        for (int[] items : itemsPerLabel) {
            n += items.length;
        }
        return n;
    }
}
