package dev.atk.stdlib.engine;

import dev.atk.spi.Backend;
import dev.atk.spi.BackendConfig;
import dev.atk.spi.Catalog;
import dev.atk.spi.Stdlib;

/** ATK's standard library on DJL's PyTorch engine. Registered in {@code META-INF/services/dev.atk.spi.Stdlib}. */
public final class DjlStdlib implements Stdlib {
    private final DjlCatalog catalog = new DjlCatalog();

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Backend open(BackendConfig config) {
        return new DjlBackend(config);
    }
}
