package dev.atk.stdlib.engine;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;

/**
 * glibc's {@code malloc_trim(0)}: returns the free memory glibc holds to the kernel, so that what a piece of work
 * touches afterwards shows in the process's resident size ({@link HostMemoryGauge}). A no-op where the C library is
 * not glibc or cannot be reached.
 */
final class GlibcTrim {
    private static final Function TRIM = find();

    private GlibcTrim() {}

    private static Function find() {
        try {
            return NativeLibrary.getInstance("c").getFunction("malloc_trim");
        } catch (UnsatisfiedLinkError | RuntimeException e) { // musl, macOS, Windows: no malloc_trim
            return null;
        }
    }

    /** Whether glibc was asked (and so the next reading starts from what is live). */
    static boolean freeHeldMemory() {
        if (TRIM == null) {
            return false;
        }
        TRIM.invokeInt(new Object[] {0});
        return true;
    }
}
