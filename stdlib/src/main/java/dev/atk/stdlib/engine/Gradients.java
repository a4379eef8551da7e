package dev.atk.stdlib.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.training.GradientCollector;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one door to DJL's gradient recording. DJL's PyTorch engine records for one collector at a time in a whole JVM
 * ({@code PtGradientCollector} keeps a static flag, and a second one throws IllegalStateException while the first is
 * open), so two sessions on two threads, as an embedding application runs them, would crash each other. Every
 * collector ATK opens goes through here, behind one fair lock held from opening to closing: concurrent attacks take
 * turns step by step (each holds it for one forward and backward pass) instead of failing.
 */
public final class Gradients {
    private Gradients() {}

    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock(true);

    /** A collector; the caller's try-with-resources closes it, which lets the next thread record. */
    public static GradientCollector collector() {
        ONE_AT_A_TIME.lock();
        try {
            return new Turn(Engine.getInstance().newGradientCollector());
        } catch (RuntimeException | Error e) {
            ONE_AT_A_TIME.unlock();
            throw e;
        }
    }

    /** A collector that gives the turn back when it closes. */
    private record Turn(GradientCollector inner) implements GradientCollector {
        @Override
        public void backward(NDArray target) {
            inner.backward(target);
        }

        @Override
        public void zeroGradients() {
            inner.zeroGradients();
        }

        @Override
        public void close() {
            try {
                inner.close();
            } finally {
                ONE_AT_A_TIME.unlock();
            }
        }
    }
}
