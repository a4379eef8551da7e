package dev.atk.stdlib.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files (the MNIST / Fashion-MNIST format), plain or gzipped (detected from the first bytes).
 *
 * <p>Header: a big-endian int magic {@code 0x00000803} for unsigned-byte images (count, rows, cols
 * follow) or {@code 0x00000801} for unsigned-byte labels (count follows), then the raw bytes.
 */
public final class IdxReader {
    public static final int IMAGES_MAGIC = 0x00000803;
    public static final int LABELS_MAGIC = 0x00000801;

    /** Unsigned-byte images, row-major, image {@code i} at {@code pixels[i*rows*cols]}. */
    public record Images(int count, int rows, int cols, byte[] pixels) {
        public int size() {
            return rows * cols;
        }
    }

    private IdxReader() {}

    public static Images readImages(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new DataException(String.format(
                        "%s: not an IDX image file (magic 0x%08x, expected 0x%08x)", file, magic, IMAGES_MAGIC));
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            checkDims(file, count, rows, cols);
            byte[] pixels = new byte[Math.multiplyExact(count, rows * cols)];
            in.readFully(pixels);
            return new Images(count, rows, cols, pixels);
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    public static byte[] readLabels(Path file) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new DataException(String.format(
                        "%s: not an IDX label file (magic 0x%08x, expected 0x%08x)", file, magic, LABELS_MAGIC));
            }
            int count = in.readInt();
            checkDims(file, count, 1, 1);
            byte[] labels = new byte[count];
            in.readFully(labels);
            return labels;
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    private static void checkDims(Path file, int count, int rows, int cols) {
        if (count < 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols > Integer.MAX_VALUE - 8) {
            throw new DataException(String.format(
                    "%s: corrupt IDX header (count %d, %d×%d)", file, count, rows, cols));
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        boolean gzip = b0 == 0x1f && b1 == 0x8b;
        return new DataInputStream(new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16));
    }

    private static DataException failure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataException(file + ": file not found", e);
        }
        if (e instanceof EOFException) {
            return new DataException(file + ": truncated IDX file", e);
        }
        return new DataException(file + ": cannot read IDX file (" + e.getMessage() + ")", e);
    }
}
