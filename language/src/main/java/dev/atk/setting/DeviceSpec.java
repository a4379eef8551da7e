package dev.atk.setting;

import java.util.Locale;
import java.util.Optional;

/**
 * Where tensors live, as a user writes it: {@code auto}, {@code cpu}, {@code gpu} (the first CUDA device) or
 * {@code gpu:N} (CUDA device N, as libtorch numbers them, after {@code CUDA_VISIBLE_DEVICES}). The same text is
 * accepted by {@code set device}, {@code --device} and the embedding API, so one parser serves all three.
 *
 * @param kind auto, cpu or gpu
 * @param index the GPU's number for {@code gpu:N}; -1 for {@code gpu} (meaning the first) and for auto and cpu
 */
public record DeviceSpec(Choice.Device kind, int index) implements Choice {
    public static final DeviceSpec AUTO = new DeviceSpec(Choice.Device.AUTO, -1);
    public static final DeviceSpec CPU = new DeviceSpec(Choice.Device.CPU, -1);
    public static final DeviceSpec GPU = new DeviceSpec(Choice.Device.GPU, -1);

    /** The accepted forms, as error messages and help list them. */
    public static final java.util.List<String> FORMS = java.util.List.of("auto", "cpu", "gpu", "gpu:N");

    public DeviceSpec {
        if (index < -1 || (index >= 0 && kind != Choice.Device.GPU)) {
            throw new IllegalArgumentException("only a GPU has a number: " + kind + ":" + index);
        }
    }

    /** {@code auto}, {@code CPU}, {@code gpu}, {@code gpu:1} (case and surrounding spaces ignored); empty otherwise. */
    public static Optional<DeviceSpec> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "auto": return Optional.of(AUTO);
            case "cpu": return Optional.of(CPU);
            case "gpu": case "cuda": return Optional.of(GPU);
            default: break;
        }
        int colon = t.indexOf(':');
        if (colon < 0 || !(t.startsWith("gpu:") || t.startsWith("cuda:"))) {
            return Optional.empty();
        }
        String number = t.substring(colon + 1);
        if (number.isEmpty() || number.length() > 4 || !number.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new DeviceSpec(Choice.Device.GPU, Integer.parseInt(number)));
    }

    /** The GPU's number: N for {@code gpu:N}, 0 for {@code gpu}. */
    public int gpuIndex() {
        return Math.max(index, 0);
    }

    public boolean isGpu() {
        return kind == Choice.Device.GPU;
    }

    /** How scripts, records and messages write it: {@code auto}, {@code cpu}, {@code gpu}, {@code gpu:1}. */
    @Override
    public String keyword() {
        return kind.keyword() + (index >= 0 ? ":" + index : "");
    }

    @Override
    public String toString() {
        return keyword();
    }
}
