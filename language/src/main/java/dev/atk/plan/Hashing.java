package dev.atk.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex: plan digests, script hashes, derived seeds. */
public final class Hashing {
    private Hashing() {}

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A task seed from the global seed and a task digest: order, batching and distribution never change it. */
    public static long derivedSeed(long globalSeed, String digest) {
        String h = sha256(globalSeed + ":" + digest);
        return Long.parseUnsignedLong(h.substring(0, 15), 16);
    }
}
