package dev.atk.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.loss.BceLoss;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.Classifier;
import java.util.Arrays;

/**
 * ATK's side of the per-pass comparison with PyTorch eager ({@code bench/eager/run.sh}): one process times one
 * (model, batch) cell of the kernel every gradient attack runs, {@link MiFgsmState#step} with BCE, each iteration in
 * its own NDManager as in an attack. Inputs are seeded uniform noise of the model's input shape, like the peer's
 * ({@code bench/eager/mifgsm_eager.py}): a step's cost does not depend on the pixels. Threads are libtorch's
 * ({@code -Dai.djl.pytorch.num_threads}).
 *
 * <p>After a warm-up, {@value #BLOCKS} blocks of N / {@value #BLOCKS} iterations; prints the median block:
 * {@code atk MODEL batch B: X ms per image-iteration (median of 5 blocks of K)}.
 */
final class EagerPeerBench {
    /** Timed blocks per cell; the median is reported, as the peer does. */
    static final int BLOCKS = 5;

    private EagerPeerBench() {}

    /** args: model, batch, iterations (N). */
    static void run(String[] args) {
        String modelName = args[0];
        int batch = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        try (Classifier model = BundledModels.open(modelName); NDManager root = NDManager.newBaseManager()) {
            var in = model.config().input();
            root.getEngine().setRandomSeed(11);
            NDArray clean = root.randomUniform(0, 1, new Shape(batch, in.channels(), in.height(), in.width()),
                    DataType.FLOAT32);
            try (MiFgsmState state = new MiFgsmState(model, MiFgsmConfig.reference(), root, clean, null)) {
                int block = Math.max(1, iterations / BLOCKS);
                for (int k = 0; k < Math.max(20, block); k++) { // warm-up: the JIT, the allocator, the kernels
                    state.step(BceLoss.INSTANCE);
                }
                double[] ms = new double[BLOCKS];
                for (int r = 0; r < BLOCKS; r++) {
                    long t0 = System.nanoTime();
                    for (int k = 0; k < block; k++) {
                        state.step(BceLoss.INSTANCE);
                    }
                    ms[r] = (System.nanoTime() - t0) / 1e6 / ((double) block * batch);
                }
                Arrays.sort(ms);
                System.out.printf("atk %s batch %d: %.4f ms per image-iteration (median of %d blocks of %d)%n",
                        modelName, batch, ms[BLOCKS / 2], BLOCKS, block);
            }
        }
    }
}
