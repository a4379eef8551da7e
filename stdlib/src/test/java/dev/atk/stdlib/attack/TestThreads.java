package dev.atk.stdlib.attack;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Kernel tests run tiny models, where libtorch's intra-op threads only add overhead, and on a busy 2-core CI box
 * OpenMP threads that spin-wait for a core make a test ~10-50× slower. Tests therefore use one intra-op thread,
 * unless {@code -Dai.djl.pytorch.num_threads} says otherwise (DJL applies that property itself at engine start).
 */
public final class TestThreads {
    private TestThreads() {}

    public static void single() {
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            Engine.getEngine("PyTorch");
            JniUtils.setNumThreads(1);
        }
    }
}
