package dev.atk.stdlib.attack;

/**
 * What a checkpoint measures on the clamped iterate of each image of a batch (host arrays, batch order).
 *
 * @param flips Σ XOR(pred_clean, pred_adv) per image
 * @param linf ‖x_adv − x‖∞, @param l2 ‖x_adv − x‖₂, @param rmsd RMS of x_adv − x (all in float64)
 * @param adversarial sigmoid confidences of the clamped image, B×C
 */
public record Measurement(int[] flips, double[] linf, double[] l2, double[] rmsd, float[][] adversarial) {

    public int batch() {
        return flips.length;
    }

    /** Mean flips over the batch. */
    public double meanFlips() {
        double s = 0;
        for (int f : flips) {
            s += f;
        }
        return flips.length == 0 ? 0 : s / flips.length;
    }
}
