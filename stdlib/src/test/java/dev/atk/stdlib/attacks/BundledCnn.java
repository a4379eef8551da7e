package dev.atk.stdlib.attacks;

import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.stdlib.engine.DjlStdlib;
import java.nio.file.Path;

/**
 * The real backend with the bundled fashion_cnn and the shipped fashion test scenes, on one libtorch thread: what the
 * attack tests that run through {@link Backend#attack} share. Close it after the class's tests.
 */
public record BundledCnn(Backend backend, ModelHandle model, DataHandle data) implements AutoCloseable {

    public static BundledCnn open(Path dir) {
        dev.atk.stdlib.attack.TestThreads.single();
        Backend backend = new DjlStdlib().open(new BackendConfig("cpu", dir, dir));
        return new BundledCnn(backend, backend.loadModel(new ModelRef("fashion_cnn", false)),
                backend.loadData(new DataRef("fashion", null, "test")));
    }

    @Override
    public void close() {
        backend.close();
    }
}
