package dev.atk.testing;

import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.RunSettings;
import java.util.List;

/** A catalog with no attacks, models or data sets: for checker tests about statements that name none of them. */
public final class EmptyCatalog implements Catalog {
    public static final EmptyCatalog INSTANCE = new EmptyCatalog();

    private EmptyCatalog() {}

    @Override
    public List<ComponentInfo> components() {
        return List.of();
    }

    @Override
    public List<String> modelNames() {
        return List.of();
    }

    @Override
    public List<String> datasetNames() {
        return List.of();
    }

    @Override
    public List<String> splits(String dataset) {
        return List.of();
    }

    @Override
    public boolean trajectoryIndependentOfBudget(ComponentCall attack, RunSettings settings) {
        return false;
    }
}
