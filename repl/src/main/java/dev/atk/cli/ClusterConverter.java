package dev.atk.cli;

import dev.atk.setting.ClusterMaster;
import picocli.CommandLine;

/** {@code --cluster MASTER}, parsed by the same rule as {@code set cluster}; anything else is a usage error. */
final class ClusterConverter implements CommandLine.ITypeConverter<ClusterMaster> {
    @Override
    public ClusterMaster convert(String value) {
        return ClusterMaster.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a Spark master; use one of " + String.join(", ", ClusterMaster.FORMS)));
    }
}
