package dev.atk.exec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atk.spi.ProfileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Profiles on disk, one JSON file per key (the profile node's digest with the model's weight hash and the probe's
 * item ids). Written to a temporary file and moved into place, so a killed run never leaves a half-written profile.
 */
public final class ProfileCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;

    public ProfileCache(Path dir) {
        this.dir = dir;
    }

    public Path file(String key) {
        return dir.resolve("profile-" + key.substring(0, 24) + ".json");
    }

    public Optional<ProfileResult> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(f.toFile(), ProfileResult.class));
        } catch (IOException corrupt) {
            return Optional.empty();
        }
    }

    public void put(String key, ProfileResult profile) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "profile", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), profile);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new dev.atk.spi.AtkRuntimeException("cannot write the profile cache in " + dir + ": " + e.getMessage(), e);
        }
    }
}
