package dev.atk.stdlib.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The compact scene file ({@code *.scenes.gz}): a gzip stream of big-endian fields.
 *
 * <pre>
 * int32  magic 0x41544B53 ("ATKS")     int32 version (1)
 * UTF    dataset ("fashion")           UTF   split ("train" | "val" | "test")
 * int64  generator seed                int32 first scene index (item ids start there)
 * int32  count    int32 height    int32 width    int32 cells per scene
 * int32  L (number of labels), then L × UTF label names
 * count × height × width  uint8 pixels (row-major)
 * count × ceil(L/8)       label bitsets (label j = bit j%8 of byte j/8, LSB first)
 * count × cells           int32 source image index in the split's IDX file (-1 = empty cell)
 * int32  magic again (end marker)
 * </pre>
 * UTF is {@link DataOutputStream#writeUTF}. gzip's CRC-32 guards the content.
 */
public final class SceneSampleFile {
    public static final int MAGIC = 0x41544B53;
    public static final int VERSION = 1;

    private SceneSampleFile() {}

    public static void write(SceneSet scenes, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream os = Files.newOutputStream(file)) {
                write(scenes, os);
            }
        } catch (IOException e) {
            throw new DataException(file + ": cannot write scene file (" + e.getMessage() + ")", e);
        }
    }

    public static void write(SceneSet s, OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16) {
            {
                def.setLevel(9);
            }
        };
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(s.dataset());
        out.writeUTF(s.split().id());
        out.writeLong(s.seed());
        out.writeInt(s.firstIndex());
        out.writeInt(s.count());
        out.writeInt(s.height());
        out.writeInt(s.width());
        out.writeInt(s.cells());
        out.writeInt(s.numLabels());
        for (String name : s.labelNames()) {
            out.writeUTF(name);
        }
        out.write(s.rawPixels());
        int bytesPerItem = (s.numLabels() + 7) / 8;
        byte[] row = new byte[bytesPerItem];
        for (int i = 0; i < s.count(); i++) {
            java.util.Arrays.fill(row, (byte) 0);
            for (int j = 0; j < s.numLabels(); j++) {
                if (s.hasLabel(i, j)) {
                    row[j >>> 3] |= (byte) (1 << (j & 7));
                }
            }
            out.write(row);
        }
        for (int v : s.rawSources()) {
            out.writeInt(v);
        }
        out.writeInt(MAGIC);
        out.flush();
        gz.finish();
        gz.flush();
    }

    public static SceneSet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": scene file not found", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read scene file (" + e.getMessage() + ")", e);
        }
    }

    /** Reads a scene file; {@code where} names the source in error messages. */
    public static SceneSet read(InputStream raw, String where) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(
                    new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16), 1 << 16));
            int magic = in.readInt();
            if (magic != MAGIC) {
                throw new DataException(String.format("%s: not an ATK scene file (magic 0x%08x)", where, magic));
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new DataException(where + ": unsupported scene file version " + version
                        + " (this build reads version " + VERSION + ")");
            }
            String dataset = in.readUTF();
            Split split = Split.parse(in.readUTF());
            long seed = in.readLong();
            int first = in.readInt();
            int count = in.readInt();
            int height = in.readInt();
            int width = in.readInt();
            int cells = in.readInt();
            int numLabels = in.readInt();
            if (count < 0 || height <= 0 || width <= 0 || cells <= 0 || numLabels <= 0 || numLabels > 100_000
                    || (long) count * height * width > Integer.MAX_VALUE - 8) {
                throw new DataException(String.format("%s: corrupt header (count %d, %d×%d, %d cells, %d labels)",
                        where, count, height, width, cells, numLabels));
            }
            List<String> names = new ArrayList<>(numLabels);
            for (int j = 0; j < numLabels; j++) {
                names.add(in.readUTF());
            }
            byte[] pixels = new byte[count * height * width];
            in.readFully(pixels);
            int words = SceneSet.wordsFor(numLabels);
            long[] bits = new long[count * words];
            byte[] row = new byte[(numLabels + 7) / 8];
            for (int i = 0; i < count; i++) {
                in.readFully(row);
                for (int j = 0; j < numLabels; j++) {
                    if ((row[j >>> 3] >>> (j & 7) & 1) != 0) {
                        bits[i * words + (j >>> 6)] |= 1L << (j & 63);
                    }
                }
            }
            int[] sources = new int[count * cells];
            for (int k = 0; k < sources.length; k++) {
                sources[k] = in.readInt();
            }
            if (in.readInt() != MAGIC) {
                throw new DataException(where + ": corrupt scene file (bad end marker)");
            }
            return new SceneSet(dataset, split, seed, first, count, height, width, names, cells, pixels, bits,
                    sources);
        } catch (EOFException e) {
            throw new DataException(where + ": truncated scene file", e);
        } catch (ZipException e) {
            throw new DataException(where + ": corrupt scene file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataException(where + ": cannot read scene file (" + e.getMessage() + ")", e);
        }
    }
}
