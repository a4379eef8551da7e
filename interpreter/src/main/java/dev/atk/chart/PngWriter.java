package dev.atk.chart;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes PNG files so that a reader never sees a half-written figure: the bytes go to a temporary file in the
 * target folder and are then moved over the target in one step. Encoding uses an in-memory stream (ImageIO's
 * default file cache would scatter temp files elsewhere) and no metadata, so equal images give equal bytes.
 */
public final class PngWriter {
    static {
        Headless.ensure();
    }

    private PngWriter() {}

    /** Writes {@code image} to {@code file} atomically, creating parent folders; returns {@code file}. */
    public static Path write(RenderedImage image, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        byte[] png = encode(image);
        Path temporary = createSibling(target);
        try {
            Files.write(temporary, png);
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    /**
     * A new empty file next to {@code target}. Not {@link Files#createTempFile}: that makes owner-only files, and a
     * figure should get the same permissions (from the umask) as any other file the user writes.
     */
    private static Path createSibling(Path target) throws IOException {
        String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling(prefix + attempt + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 1000) {
                    throw e;
                }
            }
        }
    }

    /** The PNG encoding of {@code image}. */
    public static byte[] encode(RenderedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        encode(image, bytes);
        return bytes.toByteArray();
    }

    private static void encode(RenderedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder");
        }
        ImageWriter writer = writers.next();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems cannot rename atomically; a plain replace is the best they offer
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
