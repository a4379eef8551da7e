package dev.atk.stdlib.engine;

import ai.djl.Device;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.util.cuda.CudaUtils;
import java.lang.management.MemoryUsage;
import java.util.OptionalLong;

/**
 * A GPU's memory, from the CUDA runtime's free and total bytes ({@code cudaMemGetInfo} through DJL). libtorch's
 * caching allocator keeps every block it has taken until its cache is emptied, so after emptying the cache at the
 * mark, the device's use after a piece of work is its peak: that is the measurement. Other processes on the same GPU
 * move the numbers too; the policy's margin covers ordinary noise, not a neighbour that grows.
 *
 * <p>Untested on a real GPU so far (docs/gpu.md, "Not yet measured").
 */
final class CudaMemoryGauge implements MemoryGauge {
    private final Device device;
    private long usedAtMark = -1;

    CudaMemoryGauge(Device device) {
        this.device = device;
    }

    @Override
    public OptionalLong available() {
        MemoryUsage usage = usage();
        return usage == null ? OptionalLong.empty() : OptionalLong.of(usage.getMax() - usage.getCommitted());
    }

    @Override
    public boolean mark() {
        JniUtils.emptyCudaCache();
        MemoryUsage usage = usage();
        usedAtMark = usage == null ? -1 : usage.getCommitted();
        return usage != null;
    }

    @Override
    public long peakGrowth() {
        MemoryUsage usage = usage();
        return usage == null || usedAtMark < 0 ? 0 : Math.max(0, usage.getCommitted() - usedAtMark);
    }

    @Override
    public String describe() {
        return "memory of gpu(" + device.getDeviceId() + ")";
    }

    private MemoryUsage usage() {
        try {
            return CudaUtils.getGpuMemory(device);
        } catch (RuntimeException | UnsatisfiedLinkError e) { // no CUDA runtime to ask
            return null;
        }
    }
}
