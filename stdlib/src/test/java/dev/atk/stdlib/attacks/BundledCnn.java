package dev.atk.stdlib.attacks;

import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.stdlib.engine.DjlStdlib;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real backend with the bundled fashion_cnn and the shipped fashion test scenes, on one libtorch thread: what the
 * tests that run through {@link Backend} share. A test class registers it once
 * ({@code @RegisterExtension static final BundledCnn cnn = new BundledCnn();}); it opens before the class's tests,
 * with its caches in a folder of its own, and closes (and removes that folder) after them.
 */
public final class BundledCnn implements BeforeAllCallback, AfterAllCallback {
    private Path dir;
    private Backend backend;
    private ModelHandle model;
    private DataHandle data;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dev.atk.stdlib.attack.TestThreads.single();
        dir = Files.createTempDirectory("atk-bundled-cnn");
        backend = new DjlStdlib().open(new BackendConfig("cpu", dir, dir));
        model = backend.loadModel(new ModelRef("fashion_cnn", false));
        data = backend.loadData(new DataRef("fashion", null, "test"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        backend.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Backend backend() {
        return backend;
    }

    public ModelHandle model() {
        return model;
    }

    public DataHandle data() {
        return data;
    }
}
