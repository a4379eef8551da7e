package dev.atk.stdlib.engine;

import ai.djl.pytorch.jni.JniUtils;

/**
 * libtorch's intra-op thread count, set for one computation and restored after it. libtorch splits a reduction
 * (a convolution's or a matrix product's sums) among its threads, so the thread count decides the order of the
 * float additions and with it the last bits of every gradient. Sign-based attacks amplify those bits, and a
 * computation whose numbers must not depend on the machine's core count or the user's
 * {@code ai.djl.pytorch.num_threads} runs with a fixed count.
 */
final class LibtorchThreads implements AutoCloseable {
    private final int before;

    private LibtorchThreads(int threads) {
        this.before = JniUtils.getNumThreads();
        if (threads != before) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** Runs libtorch with {@code threads} intra-op threads until {@link #close}. */
    static LibtorchThreads fixedAt(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        return new LibtorchThreads(threads);
    }

    /** The count in effect now. */
    static int current() {
        return JniUtils.getNumThreads();
    }

    @Override
    public void close() {
        if (JniUtils.getNumThreads() != before) {
            JniUtils.setNumThreads(before);
        }
    }
}
