package dev.atk.stdlib.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Reads DJL {@code .params} files (what {@code BaseModel.save} writes: "DJL@", version 1, model name,
 * data type, input names and shapes, properties, then {@code Block.saveParameters}) straight into a block, without a {@code Model},
 * so weights can come from a file or a jar entry alike and every failure is one clear line.
 */
final class DjlParams {
    private DjlParams() {}

    static void load(Block block, NDManager manager, byte[] bytes, String where) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!"DJL@".equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new ModelException(where + ": not a DJL .params weights file (bad magic)");
            }
            int version = in.readInt();
            if (version != 1) {
                throw new ModelException(where + ": unsupported DJL params version " + version);
            }
            in.readUTF(); // model name
            in.readUTF(); // data type
            int inputs = in.readInt();
            if (inputs < 0 || inputs > 1000) {
                throw new ModelException(where + ": corrupt weights file (header)");
            }
            for (int k = 0; k < inputs; k++) {
                in.readUTF(); // input name
                Shape.decode(in);
            }
            int properties = in.readInt();
            if (properties < 0 || properties > 10_000) {
                throw new ModelException(where + ": corrupt weights file (header)");
            }
            for (int k = 0; k < properties; k++) {
                in.readUTF();
                in.readUTF();
            }
            block.loadParameters(manager, in);
            if (in.read() != -1) {
                throw new ModelException(where + ": corrupt weights file (trailing bytes after the parameters;"
                        + " wrong architecture?)");
            }
        } catch (EOFException e) {
            throw new ModelException(where + ": truncated weights file", e);
        } catch (MalformedModelException e) {
            throw new ModelException(where + ": weights do not match the architecture (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ModelException me) {
                throw me;
            }
            throw new ModelException(where + ": corrupt weights file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) {
                sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
