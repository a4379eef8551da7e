package dev.atk.api;

import dev.atk.spi.Stdlib;
import java.util.ServiceLoader;

/** Finds the tensor backend on the classpath (the stdlib registers itself with ServiceLoader). */
final class StdlibLoader {
    private StdlibLoader() {}

    static Stdlib load() {
        return ServiceLoader.load(Stdlib.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no ATK stdlib on the classpath: add the atk-stdlib jar (it registers dev.atk.spi.Stdlib)"));
    }
}
