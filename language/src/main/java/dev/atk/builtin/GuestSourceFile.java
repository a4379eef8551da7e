package dev.atk.builtin;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a guest function's file ({@code js(file="prio.js", name="priority")}), relative to the script: a regular file
 * of UTF-8 text, at most {@link #MAX_BYTES}. Read when checking and again when planning, so an edited file is what
 * runs (and its text, being the function's identity, changes the plan's digest).
 */
final class GuestSourceFile {
    private GuestSourceFile() {}

    /** Far above any label-ranking function, far below what would slow a check. */
    static final int MAX_BYTES = 1 << 20;

    /** The file's text; an IOException's message says in words what is wrong. */
    static String read(Path folder, String name) throws IOException {
        Path file;
        try {
            file = (folder == null ? Path.of(name) : folder.resolve(name)).normalize();
        } catch (InvalidPathException e) {
            throw new IOException("'" + name + "' is not a file name (" + e.getReason() + ")");
        }
        if (!Files.exists(file)) {
            throw new NoSuchFileException(name + " not found (looked for " + file.toAbsolutePath() + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(name + " is not a regular file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(name + " has " + Files.size(file) + " bytes; a guest function's file may have at most "
                    + MAX_BYTES);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(name + " is not UTF-8 text");
        }
    }
}
