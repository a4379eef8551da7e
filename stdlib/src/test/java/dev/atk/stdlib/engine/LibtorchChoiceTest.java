package dev.atk.stdlib.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import dev.atk.spi.AtkRuntimeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which libtorch a JVM loads: the bundled CPU one unless a CUDA build on the machine can load, with one clear line
 * when a libtorch the user named cannot, and nothing said about a Python torch found by looking on a machine
 * without a driver. The machine is faked: folders shaped like a pip torch, and the libraries "ldd" reports missing.
 */
class LibtorchChoiceTest {
    @TempDir
    Path dir;

    /** A folder shaped like pip's {@code site-packages/torch}: version.py and lib/ with the named libraries. */
    private Path pipTorch(String version, String... libraries) throws IOException {
        Path torch = Files.createDirectories(dir.resolve("site-packages/torch"));
        Files.writeString(torch.resolve("version.py"), "__version__ = '" + version + "'\ndebug = False\n");
        Path lib = Files.createDirectories(torch.resolve("lib"));
        for (String l : libraries) {
            Files.writeString(lib.resolve(l), "");
        }
        return torch;
    }

    private static final class FakeMachine implements LibtorchChoice.Machine {
        final Map<String, String> settings = new HashMap<>();
        Path python;
        Set<String> missing = Set.of();
        boolean pythonAsked;

        public String setting(String environment, String property) {
            return settings.getOrDefault(environment, settings.get(property));
        }

        public Optional<Path> pythonTorch() {
            pythonAsked = true;
            return Optional.ofNullable(python);
        }

        public Set<String> missing(Path lib) {
            return missing;
        }

        public String jniVersion() {
            return "2.7.1";
        }
    }

    @Test
    void nothingOnTheMachineMeansTheBundledLibtorchSilently() {
        LibtorchChoice c = LibtorchChoice.decide(new FakeMachine());
        assertEquals(LibtorchChoice.Source.BUNDLED, c.source());
        assertNull(c.fallback());
        assertEquals("the bundled CPU libtorch", c.describe());
    }

    @Test
    void aNamedCudaLibtorchThatCanLoadIsUsedWithTheCu128Jni() throws IOException {
        FakeMachine m = new FakeMachine();
        Path torch = pipTorch("2.7.1+cu126", "libtorch.so", "libtorch_cuda.so", "libc10.so");
        m.settings.put("ATK_LIBTORCH", torch.toString());
        LibtorchChoice c = LibtorchChoice.decide(m);
        assertEquals(LibtorchChoice.Source.ATK_LIBTORCH, c.source());
        assertEquals(torch.resolve("lib"), c.folder());
        assertEquals("cu128", c.flavor());
        assertEquals("2.7.1+cu126", c.version());
        assertNull(c.fallback());
        // the lib folder itself works as well as the package folder
        m.settings.put("ATK_LIBTORCH", torch.resolve("lib").toString());
        assertEquals(torch.resolve("lib"), LibtorchChoice.decide(m).folder());
    }

    @Test
    void aNamedLibtorchThatCannotLoadFallsBackWithOneClearLine() throws IOException {
        FakeMachine m = new FakeMachine();
        Path torch = pipTorch("2.7.1+cu126", "libtorch.so", "libtorch_cuda.so");
        m.settings.put("ATK_LIBTORCH", torch.toString());
        m.missing = Set.of("libcuda.so.1");
        LibtorchChoice noDriver = LibtorchChoice.decide(m);
        assertEquals(LibtorchChoice.Source.BUNDLED, noDriver.source());
        assertEquals("ATK_LIBTORCH=" + torch + " cannot load: libcuda.so.1 not found (no NVIDIA driver on this "
                + "machine); using the bundled CPU libtorch", noDriver.fallback());
        m.missing = Set.of("libcublas.so.12", "libcuda.so.1", "libcudart.so.12");
        assertTrue(LibtorchChoice.decide(m).fallback().contains("libcublas.so.12, libcuda.so.1, libcudart.so.12 not "
                + "found (the CUDA libraries pip installs with torch, the nvidia-* wheels, are missing; and there is "
                + "no NVIDIA driver)"), LibtorchChoice.decide(m).fallback());
        assertTrue(LibtorchChoice.decide(m).fallback().lines().count() == 1);
    }

    @Test
    void aWrongVersionOrAFolderWithoutLibtorchIsNamed() throws IOException {
        FakeMachine m = new FakeMachine();
        m.settings.put("ATK_LIBTORCH", pipTorch("2.6.0+cu124", "libtorch.so").toString());
        assertTrue(LibtorchChoice.decide(m).fallback().contains("is libtorch 2.6.0+cu124, and ATK's JNI library needs "
                + "2.7.1"), LibtorchChoice.decide(m).fallback());
        m.settings.put("ATK_LIBTORCH", dir.resolve("nowhere").toString());
        assertTrue(LibtorchChoice.decide(m).fallback().contains("holds no libtorch"));
        m.settings.put("ATK_LIBTORCH", pipTorch("2.7.1+cu118", "libtorch.so").toString());
        assertTrue(LibtorchChoice.decide(m).fallback().contains("CUDA 11 build"));
    }

    @Test
    void noneKeepsTheBundledLibtorchWithoutLookingAndDjlsOwnSettingIsLeftAlone() {
        FakeMachine m = new FakeMachine();
        m.settings.put("ATK_LIBTORCH", "none");
        m.python = dir;
        assertEquals(LibtorchChoice.Source.BUNDLED, LibtorchChoice.decide(m).source());
        assertTrue(!m.pythonAsked, "none means: do not look for a Python torch either");
        m.settings.put("PYTORCH_LIBRARY_PATH", "/opt/libtorch/lib");
        LibtorchChoice djl = LibtorchChoice.decide(m);
        assertEquals(LibtorchChoice.Source.DJL_SETTING, djl.source());
        assertEquals(Path.of("/opt/libtorch/lib"), djl.folder());
    }

    @Test
    void aPythonTorchFoundByLookingIsUsedWhenItCanLoadAndPassedOverQuietlyWhenNot() throws IOException {
        FakeMachine m = new FakeMachine();
        m.python = pipTorch("2.7.1+cu126", "libtorch.so", "libtorch_cuda.so");
        assertEquals(LibtorchChoice.Source.PYTHON, LibtorchChoice.decide(m).source());
        m.missing = Set.of("libcuda.so.1");
        LibtorchChoice quiet = LibtorchChoice.decide(m);
        assertEquals(LibtorchChoice.Source.BUNDLED, quiet.source());
        assertNull(quiet.fallback(), "nobody asked for it: no line on every run of a machine without a GPU");
        assertTrue(quiet.passedOver().contains("libcuda.so.1 not found"), quiet.passedOver());
    }

    @Test
    void aCpuPythonTorchIsNoGainButANamedOneIsUsed() throws IOException {
        FakeMachine m = new FakeMachine();
        m.python = pipTorch("2.7.1+cpu", "libtorch.so");
        assertEquals(LibtorchChoice.Source.BUNDLED, LibtorchChoice.decide(m).source());
        assertTrue(LibtorchChoice.decide(m).passedOver().contains("CPU build"));
        m.settings.put("ATK_LIBTORCH", m.python.toString());
        LibtorchChoice named = LibtorchChoice.decide(m);
        assertEquals(LibtorchChoice.Source.ATK_LIBTORCH, named.source());
        assertEquals("cpu", named.flavor());
    }

    @Test
    void theSystemLinkerResolvesTheJvmsOwnLibraries() throws IOException {
        // a real folder of real shared libraries: ldd finds every dependency of the JVM's own libraries
        Path server = Path.of(System.getProperty("java.home"), "lib", "server");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(server.resolve("libjvm.so")), "Linux JDK");
        assertEquals(Set.of(), MissingLibraries.check(server));
        assertEquals("2.7.1", LibtorchChoice.jniVersion(), "read from DJL's pytorch-jni jar on the class path");
    }

    @Test
    void gpuWithoutOneIsAClearErrorAndAutoTakesTheCpu() {
        LibtorchChoice bundled = LibtorchChoice.decide(new FakeMachine());
        assertEquals(Device.cpu(), DjlBackend.pickDevice(0, "auto", bundled));
        assertEquals(Device.gpu(), DjlBackend.pickDevice(2, "auto", bundled));
        AtkRuntimeException e = assertThrows(AtkRuntimeException.class, () -> DjlBackend.pickDevice(0, "gpu",
                bundled));
        assertEquals("no GPU available: this is the bundled CPU libtorch; ATK_LIBTORCH=DIR selects a CUDA libtorch, "
                + "such as a pip torch's (docs/gpu.md); use --device cpu or auto", e.getMessage());
    }

    @Test
    void gpuNPicksThatDeviceAndOnePastTheLastListsThoseThereAre() {
        LibtorchChoice bundled = LibtorchChoice.decide(new FakeMachine());
        assertEquals(Device.gpu(1), DjlBackend.pickDevice(2, "gpu:1", bundled));
        assertEquals(Device.gpu(0), DjlBackend.pickDevice(2, "GPU", bundled));
        assertEquals(Device.cpu(), DjlBackend.pickDevice(2, "cpu", bundled));
        AtkRuntimeException past = assertThrows(AtkRuntimeException.class, () -> DjlBackend.pickDevice(2, "gpu:2",
                bundled));
        assertEquals("no gpu:2: libtorch sees 2 CUDA devices (gpu:0 to gpu:1); CUDA_VISIBLE_DEVICES, if set, "
                + "renumbers them from 0", past.getMessage());
        AtkRuntimeException one = assertThrows(AtkRuntimeException.class, () -> DjlBackend.pickDevice(1, "gpu:3",
                bundled));
        assertTrue(one.getMessage().startsWith("no gpu:3: libtorch sees 1 CUDA device (gpu:0)"), one::getMessage);
        AtkRuntimeException none = assertThrows(AtkRuntimeException.class, () -> DjlBackend.pickDevice(0, "gpu:1",
                bundled));
        assertTrue(none.getMessage().startsWith("no GPU available"), none::getMessage);
        AtkRuntimeException bad = assertThrows(AtkRuntimeException.class, () -> DjlBackend.pickDevice(1, "gpu:x",
                bundled));
        assertEquals("unknown device 'gpu:x' (expected auto, cpu, gpu, gpu:N)", bad.getMessage());
    }
}
