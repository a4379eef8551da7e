package dev.atk.spi;

import java.nio.file.Path;

/**
 * How to start a backend.
 *
 * @param device {@code auto}, {@code cpu} or {@code gpu}
 * @param cacheDir where the backend may keep extracted files (e.g. bundled weights)
 * @param baseDir the directory relative paths in model/data statements are resolved against
 */
public record BackendConfig(String device, Path cacheDir, Path baseDir) {}
