package dev.atk.cli;

import dev.atk.setting.DeviceSpec;
import picocli.CommandLine;

/** {@code --device auto|cpu|gpu|gpu:N}, parsed by the same rule as {@code set device}; anything else is a usage error. */
final class DeviceConverter implements CommandLine.ITypeConverter<DeviceSpec> {
    @Override
    public DeviceSpec convert(String value) {
        return DeviceSpec.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a device; use one of " + String.join(", ", DeviceSpec.FORMS)));
    }
}
