package dev.atk.stdlib.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What {@code atk doctor} finds: the Java runtime, DJL and its offline mode, which libtorch loads and from where (and
 * any candidate passed over, with the reason), libtorch's threads, every GPU with its memory, what {@code --device
 * auto} would pick, the cache folders, and whether a small computation runs. The first thing a user with a problem
 * runs, so it never throws: every failure is a finding, and {@link Report#usable()} says whether ATK can run.
 */
public final class EngineDoctor {
    private EngineDoctor() {}

    /** One line of the report: {@code topic} (java, libtorch, gpu 0, …) and what was found. */
    public record Finding(String topic, String text) {}

    /** The findings in order, and whether the engine started and computed correctly. */
    public record Report(List<Finding> findings, boolean usable) {}

    public static Report examine() {
        List<Finding> out = new ArrayList<>();
        out.add(new Finding("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ") at " + System.getProperty("java.home")));
        out.add(new Finding("machine", System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + cpuModel()));
        out.add(new Finding("memory", hostMemory()));
        out.add(new Finding("sharing", "OMP_WAIT_POLICY=" + setting("OMP_WAIT_POLICY") + " (the atk launcher sets "
                + "PASSIVE so that processes can share cores), MALLOC_MMAP_THRESHOLD_=" + setting("MALLOC_MMAP_THRESHOLD_")
                + " (leave it unset: it made results differ between identical runs; docs/gpu.md)"));
        System.setProperty("ai.djl.offline", "true"); // as the engine itself runs: nothing may leave the machine
        out.add(new Finding("djl", Engine.getDjlVersion() + ", offline (ai.djl.offline=" + System.getProperty(
                "ai.djl.offline") + ", OPT_OUT_TRACKING=" + setting("OPT_OUT_TRACKING") + ")"));
        LibtorchChoice libtorch = LibtorchChoice.applied();
        out.add(new Finding("libtorch", "chosen: " + libtorch.describe()));
        if (libtorch.fallback() != null) {
            out.add(new Finding("libtorch", libtorch.fallback()));
        }
        if (libtorch.passedOver() != null) {
            out.add(new Finding("libtorch", "passed over: " + libtorch.passedOver()));
        }
        Engine engine;
        try {
            engine = Engine.getEngine("PyTorch");
        } catch (RuntimeException | LinkageError e) {
            out.add(new Finding("engine", "FAILED to start: " + firstLine(e)));
            return new Report(out, false);
        }
        out.add(new Finding("libtorch", "loaded: " + engine.getVersion() + " from " + loadedFrom()));
        out.add(new Finding("threads", "libtorch intra-op " + JniUtils.getNumThreads() + ", inter-op "
                + JniUtils.getNumInteropThreads() + " (ai.djl.pytorch.num_threads="
                + setting("ai.djl.pytorch.num_threads") + ")"));
        int gpus = engine.getGpuCount();
        out.addAll(gpus(gpus));
        Device auto;
        try {
            auto = DjlBackend.pickDevice(gpus, "auto", libtorch);
        } catch (RuntimeException e) {
            out.add(new Finding("device", "auto: " + firstLine(e)));
            return new Report(out, false);
        }
        out.add(new Finding("device", "--device auto picks " + (auto.isGpu() ? "gpu(" + auto.getDeviceId() + ")"
                : "cpu" + (gpus == 0 ? " (no CUDA device)" : ""))));
        out.add(new Finding("caches", "profiles and analyses " + atkCache() + "; libtorch unpacked under "
                + setting("DJL_CACHE_DIR") + "; guest code's " + (System.getProperty(
                "polyglot.engine.userResourceCache") != null ? System.getProperty("polyglot.engine.userResourceCache")
                : "GraalVM default (~/.cache/org.graalvm.polyglot)")));
        boolean computes = smokeTest(engine, auto, out);
        return new Report(out, computes);
    }

    /**
     * What the batch policy can see of the host (docs/gpu.md, "Batch size"): free memory, and whether a step's peak
     * can be measured here; where it cannot, every model gets the default batch.
     */
    private static String hostMemory() {
        HostMemoryGauge gauge = new HostMemoryGauge();
        java.util.OptionalLong free = gauge.available();
        boolean peaks = gauge.mark();
        return (free.isPresent() ? BatchPolicy.bytes(free.getAsLong()) + " free" : "free memory unknown")
                + (peaks && free.isPresent()
                ? "; a batch not set is chosen per model from one measured step (peak resident memory"
                        + (GlibcTrim.freeHeldMemory() ? " after malloc_trim" : ", glibc's free memory not trimmed") + ")"
                : "; a step's peak cannot be measured here, so a batch not set is "
                        + dev.atk.spi.RunSettings.DEFAULT_BATCH + " on a CPU");
    }

    /** 2·[1, 2, 3] summed on the device auto picks: 12, or the engine cannot be trusted. */
    private static boolean smokeTest(Engine engine, Device device, List<Finding> out) {
        long t0 = System.nanoTime();
        try (NDManager m = engine.newBaseManager(device)) {
            float sum = m.create(new float[] {1, 2, 3}).mul(2).sum().getFloat();
            double ms = (System.nanoTime() - t0) / 1e6;
            boolean right = sum == 12f;
            out.add(new Finding("check", (right ? "ok" : "WRONG") + ": 2·[1, 2, 3] summed on " + name(device) + " = "
                    + sum
                    + String.format(Locale.ROOT, " (%.1f ms)", ms)));
            return right;
        } catch (RuntimeException | LinkageError e) {
            out.add(new Finding("check", "FAILED on " + name(device) + ": " + firstLine(e)));
            return false;
        }
    }

    /** One finding per CUDA device: name (from nvidia-smi when present), compute capability, memory. */
    private static List<Finding> gpus(int count) {
        List<Finding> out = new ArrayList<>();
        if (count == 0) {
            out.add(new Finding("gpu", "none seen by libtorch" + (CudaUtils.hasCuda() ? " (a CUDA runtime is "
                    + "present: check the driver and nvidia-smi)" : "")));
            return out;
        }
        List<String> names = nvidiaSmiNames();
        for (int i = 0; i < count; i++) {
            String text = i < names.size() ? names.get(i) : "CUDA device";
            try {
                text += ", compute capability " + CudaUtils.getComputeCapability(i);
                MemoryUsage mem = CudaUtils.getGpuMemory(Device.gpu(i));
                text += String.format(Locale.ROOT, ", %.1f GiB (%.1f GiB in use)", mem.getMax() / 1073741824.0,
                        mem.getUsed() / 1073741824.0);
            } catch (RuntimeException | LinkageError e) {
                text += " (details unavailable: " + firstLine(e) + ")";
            }
            out.add(new Finding("gpu " + i, text));
        }
        return out;
    }

    private static List<String> nvidiaSmiNames() {
        try {
            Process p = new ProcessBuilder("nvidia-smi", "--query-gpu=name", "--format=csv,noheader")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return List.of();
            }
            return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The folders of the libtorch libraries this process mapped (Linux: /proc/self/maps), or "unknown". */
    static String loadedFrom() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return "unknown";
        }
        Set<String> folders = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(maps, StandardCharsets.UTF_8)) {
                int slash = line.indexOf('/');
                if (slash >= 0 && line.matches(".*/lib(torch_cpu|torch_cuda|c10)\\.so.*")) {
                    Path lib = Path.of(line.substring(slash).strip());
                    folders.add(String.valueOf(lib.getParent()));
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return folders.isEmpty() ? "unknown" : String.join(", ", folders);
    }

    /** The CPU's model name (Linux: /proc/cpuinfo), else the architecture: kernels, and so float sums, differ by CPU. */
    static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            try (var lines = Files.lines(info, StandardCharsets.UTF_8)) {
                var model = lines.filter(l -> l.startsWith("model name")).findFirst();
                if (model.isPresent() && model.get().indexOf(':') > 0) {
                    return model.get().substring(model.get().indexOf(':') + 1).strip();
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // fall through to the architecture
            }
        }
        return System.getProperty("os.arch");
    }

    private static String name(Device d) {
        return d.isGpu() ? "gpu(" + d.getDeviceId() + ")" : "cpu";
    }

    private static String atkCache() {
        String configured = System.getProperty("atk.cache");
        return configured != null && !configured.isBlank() ? configured
                : Path.of(System.getProperty("user.home"), ".cache", "atk").toString();
    }

    private static String setting(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            v = System.getenv(name);
        }
        return v == null || v.isBlank() ? "not set" : v;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
