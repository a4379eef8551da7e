package dev.atk.spi;

/**
 * The pixels of one attacked image, for {@code report … as images}: the clean input and the final clamped adversarial
 * input, both flattened channel-major (C×H×W) in the model's input range.
 */
public record AdversarialImage(int channels, int height, int width, float[] clean, float[] adversarial) implements java.io.Serializable {

    public AdversarialImage {
        int n = channels * height * width;
        if (clean.length != n || adversarial.length != n) {
            throw new IllegalArgumentException("expected " + n + " pixels (" + channels + "×" + height + "×" + width
                    + "), got " + clean.length + " and " + adversarial.length);
        }
    }

    /** One channel of the clean image as rows. */
    public float[][] cleanPlane(int channel) {
        return plane(clean, channel);
    }

    /** One channel of the adversarial image as rows. */
    public float[][] adversarialPlane(int channel) {
        return plane(adversarial, channel);
    }

    /** x_adv − x of one channel as rows. */
    public float[][] deltaPlane(int channel) {
        float[][] out = new float[height][width];
        int base = channel * height * width;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y][x] = adversarial[base + y * width + x] - clean[base + y * width + x];
            }
        }
        return out;
    }

    /** max |x_adv − x| over every pixel and channel. */
    public double maxAbsDelta() {
        double m = 0;
        for (int i = 0; i < clean.length; i++) {
            m = Math.max(m, Math.abs(adversarial[i] - clean[i]));
        }
        return m;
    }

    private float[][] plane(float[] pixels, int channel) {
        float[][] out = new float[height][width];
        int base = channel * height * width;
        for (int y = 0; y < height; y++) {
            System.arraycopy(pixels, base + y * width, out[y], 0, width);
        }
        return out;
    }
}
