package dev.atk.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.atk.stdlib.attack.MiFgsmConfig;
import dev.atk.stdlib.attack.MiFgsmState;
import dev.atk.stdlib.engine.LibtorchChoice;
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
 * <p>The libtorch is the one the launcher would choose ({@code ATK_LIBTORCH}, a CUDA torch), and the model and
 * tensors go to the engine's default device: a GPU where that libtorch sees one ({@code bench/gpu/check.sh}).
 *
 * <p>After a warm-up, {@value #BLOCKS} blocks of N / {@value #BLOCKS} iterations; prints the median block:
 * {@code atk MODEL batch B: X ms per image-iteration (median of 5 blocks of K)}.
 */
final class EagerPeerBench {
    /** Timed blocks per cell; the median is reported, as the peer does. */
    static final int BLOCKS = 5;

    private EagerPeerBench() {}

    /** Untimed iterations before the blocks unless the fourth argument says otherwise. */
    static final int WARM_UP = 20;

    /** args: model (a bundled name or a config's path), batch, iterations (N), optionally the warm-up count. */
    static void run(String[] args) {
        int batch = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : WARM_UP;
        LibtorchChoice.applied(); // ATK_LIBTORCH or a CUDA torch, as the launcher would pick, before DJL starts
        try (Classifier model = BundledModels.open(args[0]); NDManager root = NDManager.newBaseManager()) {
            var in = model.config().input();
            root.getEngine().setRandomSeed(11);
            NDArray clean = root.randomUniform(0, 1, new Shape(batch, in.channels(), in.height(), in.width()),
                    DataType.FLOAT32);
            try (MiFgsmState state = new MiFgsmState(model, MiFgsmConfig.reference(), root, clean, null)) {
                int block = Math.max(1, iterations / BLOCKS);
                for (int k = 0; k < Math.max(warmUp, block); k++) { // warm-up: the JIT, the allocator, the kernels
                    state.step(BceLoss.INSTANCE);
                }
                double[] ms = new double[BLOCKS];
                state.alive(); // a host read waits for a GPU's queued work, so each block times its own steps
                for (int r = 0; r < BLOCKS; r++) {
                    long t0 = System.nanoTime();
                    for (int k = 0; k < block; k++) {
                        state.step(BceLoss.INSTANCE);
                    }
                    state.alive();
                    ms[r] = (System.nanoTime() - t0) / 1e6 / ((double) block * batch);
                }
                Arrays.sort(ms);
                System.out.printf("atk %s batch %d: %.4f ms per image-iteration (median of %d blocks of %d, %s)%n",
                        model.config().name(), batch, ms[BLOCKS / 2], BLOCKS, block, root.getDevice());
            }
        }
    }
}
