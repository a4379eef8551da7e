package dev.atk.exec;

import dev.atk.paths.WriteRule;
import dev.atk.spi.AtkRuntimeException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one door through which a run writes the files a script names (report tables, charts, image panels), holding
 * them to the {@link WriteRule} on the file system: the name must be inside the results folder or an allowed one; no
 * folder on the way from that root to the file may be a symbolic link, and neither may the file; an existing file
 * must be a regular one; missing folders are created only below the root. The bytes go to a hidden sibling that is
 * moved over the target in one step, so a reader never sees half a file, and a rename replaces a link rather than
 * writing through it.
 */
public final class OutputFiles {
    private final WriteRule rule;

    public OutputFiles(WriteRule rule) {
        this.rule = rule;
    }

    /** Where {@code name} (as the script wrote it) lands. @throws AtkRuntimeException if the rule refuses it */
    public Path target(String name) {
        rule.problem(name).ifPresent(p -> {
            throw new AtkRuntimeException(p + " (" + WriteRule.hint() + ")");
        });
        return rule.resolve(name);
    }

    /** Writes {@code bytes} to {@code file}, a path from {@link #target}. */
    public void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath().normalize();
        Path root = rule.rootOf(target).orElseThrow(() -> new AtkRuntimeException(
                target + " is outside the results folder " + rule.resultsDir() + " (" + WriteRule.hint() + ")"));
        try {
            prepareFolders(root, target.getParent());
            if (Files.isSymbolicLink(target)) {
                throw new AtkRuntimeException("will not write " + target + ": it is a symbolic link");
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new AtkRuntimeException("will not write " + target + ": it exists and is not a regular file");
            }
            replace(target, bytes);
        } catch (IOException e) {
            throw new AtkRuntimeException("cannot write " + target + ": " + e, e);
        }
    }

    /**
     * Puts {@code bytes} at {@code target} in one step: they go to a hidden sibling, forced to disk, that is then
     * renamed over the target (atomically where the file system can), so a reader never sees half a file and a
     * link at the target is replaced, not written through. The folder must exist.
     */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Path temporary = sibling(target);
        try {
            try (FileChannel c = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    c.write(buffer);
                }
                c.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // some file systems cannot rename atomically; a plain replace is the best they offer
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes text as UTF-8. */
    public void write(Path file, String text) {
        write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Creates the folders from {@code root} down to {@code folder}, refusing any existing one that is a link. The
     * root itself may be a link: the user chose it ({@code --out}, {@code --allow-write}).
     */
    private static void prepareFolders(Path root, Path folder) throws IOException {
        Path relative = root.relativize(folder);
        Files.createDirectories(root);
        Path current = root;
        for (Path part : relative) {
            if (part.toString().isEmpty()) {
                continue;
            }
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                throw new AtkRuntimeException("will not write through " + current + ": it is a symbolic link");
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            } else if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                throw new AtkRuntimeException("will not write into " + current + ": it is not a folder");
            }
        }
    }

    /**
     * A new empty hidden file next to {@code target}, to write and then move over it. Not
     * {@link Files#createTempFile}: that makes owner-only files, and a report should get the permissions (from the
     * umask) of any other file the user writes.
     */
    private static Path sibling(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(target.resolveSibling(prefix + attempt + ".tmp"));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 1000) {
                    throw e;
                }
            }
        }
    }
}
