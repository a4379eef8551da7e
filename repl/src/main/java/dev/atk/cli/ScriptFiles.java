package dev.atk.cli;

import dev.atk.source.Source;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a script named on the command line into a {@link Source}, or explains in one line why it cannot. */
public final class ScriptFiles {
    private ScriptFiles() {}

    /** @throws UsageError when the file is missing, a directory, unreadable or not UTF-8 text */
    static Source read(Path file) {
        if (!Files.exists(file)) {
            throw new UsageError("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new UsageError("not a file but a directory: " + file);
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Source(file.toString(), text);
        } catch (CharacterCodingException e) {
            throw new UsageError("not a UTF-8 text file: " + file);
        } catch (IOException e) {
            throw new UsageError("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** The results log's name for a script: its file name without {@code .atk} ({@code quickstart.jsonl}). */
    static String runName(Path file) {
        String name = file.getFileName() == null ? "script" : file.getFileName().toString();
        String base = name.endsWith(".atk") ? name.substring(0, name.length() - 4) : name;
        return base.isBlank() ? "script" : base;
    }

    /** The directory relative paths in the script resolve against: the script's own folder. */
    static Path baseDirOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }
}
