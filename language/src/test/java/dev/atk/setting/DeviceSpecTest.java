package dev.atk.setting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import dev.atk.testing.CheckErrors;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for a device's text, which {@code set device}, {@code --device} and the embedding API share. */
class DeviceSpecTest {

    @Test
    void theFormsItAcceptsAndHowItWritesThem() {
        assertEquals(Optional.of(DeviceSpec.AUTO), DeviceSpec.parse("auto"));
        assertEquals(Optional.of(DeviceSpec.CPU), DeviceSpec.parse(" CPU "));
        assertEquals(Optional.of(DeviceSpec.GPU), DeviceSpec.parse("gpu"));
        assertEquals(Optional.of(DeviceSpec.GPU), DeviceSpec.parse("cuda"));
        DeviceSpec third = DeviceSpec.parse("gpu:2").orElseThrow();
        assertEquals("gpu:2", third.keyword());
        assertEquals(2, third.gpuIndex());
        assertTrue(third.isGpu());
        assertEquals(third, DeviceSpec.parse("cuda:2").orElseThrow());
        assertEquals(0, DeviceSpec.GPU.gpuIndex());
        assertEquals("gpu", DeviceSpec.GPU.keyword());
        assertFalse(DeviceSpec.CPU.isGpu());
    }

    @Test
    void everythingElseIsRefused() {
        for (String bad : new String[] {null, "", "tpu", "gpu:", "gpu:-1", "gpu:one", "gpu:1:2", "cpu:0", "gpu 1",
                "gpu:99999", "auto:0"}) {
            assertEquals(Optional.empty(), DeviceSpec.parse(bad), () -> "accepted " + bad);
        }
    }

    @Test
    void setDeviceTakesGpuNAndNamesTheFormsWhenItIsWrong() {
        assertEquals(List.of(), CheckErrors.of("set device = \"gpu:1\"\nset device = cpu\nset device = gpu\n"));
        List<Diagnostic> wrong = CheckErrors.of("set device = \"gpu:x\"\n");
        assertEquals(1, wrong.size());
        assertEquals("'gpu:x' is not a valid device; use one of auto, cpu, gpu, gpu:N (did you mean 'gpu:N'?)",
                wrong.get(0).message());
        assertEquals(1, wrong.get(0).span().line());
        assertEquals(14, wrong.get(0).span().column());
        assertEquals(DeviceSpec.parse("gpu:1").orElseThrow(),
                ScriptSettings.defaults().with(Setting.DEVICE, "gpu:1").device());
        assertEquals(DeviceSpec.AUTO, ScriptSettings.defaults().device());
    }
}
