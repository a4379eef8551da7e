package dev.atk.stdlib.engine;

import dev.atk.spi.BatchChoice;
import dev.atk.spi.RunSettings;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Images per tensor when a script does not {@code set batch}: as many as the device's free memory holds at a share of
 * it, up to a cap per kind of device, and on a CPU no more than keeps one step within {@value #CPU_STEP_BYTES} bytes.
 * Pure arithmetic on two measurements ({@link BatchSizer} takes them), so every rule is tested without a GPU.
 *
 * <p>Why these numbers (docs/gpu.md, "Batch size", has the measurements):
 * <ul>
 *   <li>CPU, at most {@value #CPU_CAP}: the batch ATK has always used, so a small model's records are what they were
 *       (a batch changes the last bits of libtorch's sums, docs/gpu.md).</li>
 *   <li>CPU, one step within {@value #CPU_STEP_BYTES} bytes: glibc serves an allocation above 32 MiB (its largest
 *       mmap threshold) with fresh pages, which the kernel faults in and zeroes on every step. A 448×448 ResNet-50's
 *       largest activations pass that size from 3 images on; at batch 8 a third of the CPU time went to the kernel and
 *       a step took 1.5× as long per image as at batch 2, in PyTorch eager as in ATK. Its step takes about 0.6 GB
 *       per image, so it gets 2; a 56×56 model's few MB keep 16.</li>
 *   <li>GPU, at most {@value #GPU_CAP}: a 448×448 model keeps a GPU busy well before 64 images, and records are
 *       written per batch, so a larger batch would only lose more work to a kill.</li>
 *   <li>Shares {@value #CPU_SHARE} of free host memory and {@value #GPU_SHARE} of free GPU memory: the host also
 *       holds the JVM, the decoded images ahead and anything else the user runs; a GPU holds only this work.</li>
 *   <li>A power of two, the largest these rules allow: the measurement moves by about 8% between runs (528 to 629 MB
 *       per image for that ResNet-50 in six), and a batch that moved with it would move the last bits of the records
 *       (docs/gpu.md). Between powers of two a measurement must move by a factor of two to change the batch.</li>
 *   <li>A measured step counts {@value #MARGIN}× what the gauge saw: it may reuse memory it does not see again
 *       ({@link HostMemoryGauge}), and an attack holds a few tensors per image beyond one step (momentum, the best
 *       perturbation per budget).</li>
 * </ul>
 */
final class BatchPolicy {
    static final int CPU_CAP = RunSettings.DEFAULT_BATCH;
    static final int GPU_CAP = 64;
    static final double CPU_SHARE = 0.5;
    static final double GPU_SHARE = 0.8;
    static final double MARGIN = 1.25;
    static final long CPU_STEP_BYTES = 1_500_000_000L;

    /** Rows a tensor may hold when nothing could be measured: no limit beyond the caller's own. */
    static final int UNMEASURED_ROWS = Integer.MAX_VALUE;
    /** The most rows any tensor gets, however much memory there is. */
    static final int MAX_ROWS = 4096;

    private BatchPolicy() {}

    /**
     * What the policy decided for a model on a device.
     *
     * @param batch the images per tensor of an attack
     * @param rows the most images one tensor may hold by memory (and, on a CPU, the step rule) without the cap: the
     *     one-label analyses, which put a row per label in a tensor, keep below it
     */
    record Sizing(BatchChoice batch, int rows) {}

    /**
     * The batch for {@code model} on {@code device}.
     *
     * @param stepBytes bytes one step of the probe batch took at its peak beyond what was held before, if measured
     * @param probeImages images in that probe batch
     * @param availableBytes free bytes of the device, if known
     */
    static Sizing choose(String model, String device, boolean gpu, OptionalLong stepBytes, int probeImages,
                         OptionalLong availableBytes) {
        int cap = gpu ? GPU_CAP : CPU_CAP;
        String where = " for " + model + " on " + device;
        if (stepBytes.isEmpty() || availableBytes.isEmpty()) {
            return new Sizing(new BatchChoice(cap, true, "batch " + cap + where + " (the default: this machine does not "
                    + "say how much memory a step takes)"), UNMEASURED_ROWS);
        }
        long perImage = Math.max(1, (long) Math.ceil(MARGIN * stepBytes.getAsLong() / Math.max(1, probeImages)));
        double usable = (gpu ? GPU_SHARE : CPU_SHARE) * availableBytes.getAsLong();
        long fits = (long) Math.floor(usable / perImage);
        long fast = gpu ? cap : Math.max(1, CPU_STEP_BYTES / perImage);
        int rows = Integer.highestOneBit((int) Math.max(1, Math.min(MAX_ROWS, Math.min(fits, gpu ? fits : fast))));
        int images = Math.min(cap, rows);
        String limit;
        if (fits < 1) {
            limit = "; not even one image fits in " + Math.round((gpu ? GPU_SHARE : CPU_SHARE) * 100) + "% of it, so "
                    + "one at a time";
        } else if (fits <= Math.min(cap, fast)) { // memory is what limits
            limit = "";
        } else if (fast < cap) {
            limit = "; on a CPU a step stays within " + bytes(CPU_STEP_BYTES) + ", where larger ones run slower";
        } else {
            limit = "; at most " + cap + " on " + (gpu ? "a GPU" : "a CPU");
        }
        String why = " (about " + bytes(perImage) + " per image, " + bytes(availableBytes.getAsLong()) + " free"
                + limit + ")";
        return new Sizing(new BatchChoice(images, true, "batch " + images + where + why), rows);
    }

    /** 1.2 GB, 340 MB, 12 kB: what a person reads at a glance. */
    static String bytes(long n) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double v = n;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 && u > 0 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
