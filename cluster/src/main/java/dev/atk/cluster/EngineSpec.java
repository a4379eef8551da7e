package dev.atk.cluster;

import dev.atk.spi.BackendConfig;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * How an executor opens its own backend: the driver's {@link BackendConfig}, with its folders as absolute text
 * ({@link Path} does not travel). The base folder is where relative model and data paths resolve, so an executor on
 * another machine needs the same folder there (a shared file system) to read them.
 */
record EngineSpec(String device, String cacheDir, String baseDir) implements Serializable {

    static EngineSpec of(BackendConfig config) {
        return new EngineSpec(config.device(), config.cacheDir().toAbsolutePath().normalize().toString(),
                config.baseDir().toAbsolutePath().normalize().toString());
    }

    /** The same engine on the GPU Spark assigned ({@code address} as its discovery script wrote it, e.g. {@code 1}). */
    EngineSpec onGpu(String address) {
        return new EngineSpec("gpu:" + address.trim(), cacheDir, baseDir);
    }

    BackendConfig config() {
        return new BackendConfig(device, Path.of(cacheDir), Path.of(baseDir));
    }
}
