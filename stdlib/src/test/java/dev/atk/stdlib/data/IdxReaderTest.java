package dev.atk.stdlib.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    static byte[] idxImages(int count, int rows, int cols, byte[] pixels) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.writeInt(IdxReader.IMAGES_MAGIC);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        out.write(pixels);
        return bos.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(raw);
        }
        return bos.toByteArray();
    }

    @Test
    void readsPlainAndGzippedImages() throws IOException {
        byte[] pixels = new byte[3 * 2 * 4];
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = (byte) (k * 11);
        }
        Path plain = Files.write(dir.resolve("img.idx"), idxImages(3, 2, 4, pixels));
        Path gz = Files.write(dir.resolve("img.idx.gz"), gzip(idxImages(3, 2, 4, pixels)));
        for (Path p : new Path[] {plain, gz}) {
            IdxReader.Images im = IdxReader.readImages(p);
            assertEquals(3, im.count());
            assertEquals(2, im.rows());
            assertEquals(4, im.cols());
            assertArrayEquals(pixels, im.pixels());
        }
    }

    @Test
    void readsLabels() throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.writeInt(IdxReader.LABELS_MAGIC);
        out.writeInt(5);
        out.write(new byte[] {9, 0, 3, 3, (byte) 200});
        Path p = Files.write(dir.resolve("lab.gz"), gzip(bos.toByteArray()));
        assertArrayEquals(new byte[] {9, 0, 3, 3, (byte) 200}, IdxReader.readLabels(p));
    }

    @Test
    void wrongMagicTruncationAndMissingFileAreOneLineDataExceptions() throws IOException {
        Path labelsAsImages = Files.write(dir.resolve("x"), new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        DataException e1 = assertThrows(DataException.class, () -> IdxReader.readImages(labelsAsImages));
        assertTrue(e1.getMessage().contains("not an IDX image file"), e1.getMessage());

        byte[] full = idxImages(2, 2, 2, new byte[8]);
        Path truncated = Files.write(dir.resolve("t.gz"), gzip(Arrays.copyOf(full, full.length - 3)));
        DataException e2 = assertThrows(DataException.class, () -> IdxReader.readImages(truncated));
        assertTrue(e2.getMessage().contains("truncated"), e2.getMessage());

        DataException e3 = assertThrows(DataException.class, () -> IdxReader.readLabels(dir.resolve("none.gz")));
        assertTrue(e3.getMessage().endsWith("file not found"), e3.getMessage());
        for (DataException e : new DataException[] {e1, e2, e3}) {
            assertTrue(!e.getMessage().contains("\n"));
        }
    }

    @Test
    void corruptHeaderIsRejected() throws IOException {
        Path p = Files.write(dir.resolve("h"), idxImages(-1, 28, 28, new byte[0]));
        DataException e = assertThrows(DataException.class, () -> IdxReader.readImages(p));
        assertTrue(e.getMessage().contains("corrupt IDX header"), e.getMessage());
    }
}
