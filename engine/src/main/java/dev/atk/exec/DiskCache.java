package dev.atk.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Expensive analysis results on disk (profiles, correlation matrices), one JSON file per content key (the node's
 * digest with the model's weight hash and the item ids). Written to a temporary file and moved into place, so a killed
 * run never leaves a half-written file; an unreadable file counts as a miss and is recomputed.
 */
public final class DiskCache<T> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final String prefix;
    private final Class<T> type;

    public DiskCache(Path dir, String prefix, Class<T> type) {
        this.dir = dir;
        this.prefix = prefix;
        this.type = type;
    }

    public Path file(String key) {
        return dir.resolve(prefix + "-" + key.substring(0, 24) + ".json");
    }

    public Optional<T> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(f.toFile(), type));
        } catch (IOException corrupt) {
            return Optional.empty();
        }
    }

    public void put(String key, T value) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, prefix, ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new dev.atk.spi.AtkRuntimeException("cannot write the " + prefix + " cache in " + dir + ": "
                    + e.getMessage(), e);
        }
    }
}
