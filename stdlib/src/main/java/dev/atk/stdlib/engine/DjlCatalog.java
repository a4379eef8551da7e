package dev.atk.stdlib.engine;

import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHeader;
import dev.atk.spi.RunSettings;
import dev.atk.stdlib.attacks.AttackProviders;
import dev.atk.stdlib.attacks.ComposedParts;
import dev.atk.stdlib.data.FashionMnist;
import dev.atk.stdlib.data.folder.FolderDatasets;
import dev.atk.stdlib.model.BundledModels;
import dev.atk.stdlib.model.ModelConfig;
import dev.atk.stdlib.objective.ObjectiveCalls;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What the DJL stdlib offers, for the checker and completion. Cheap: touches no tensors and loads no natives. */
public final class DjlCatalog implements Catalog {
    static final String DATASET = "fashion";

    /** Attacks from their providers, then the parts they compose, then the objectives: one registration each. */
    private static final List<ComponentInfo> COMPONENTS = Stream.of(AttackProviders.installed().attacks(),
            ComposedParts.LOSSES, ComposedParts.TARGET_SELECTIONS, ObjectiveCalls.COMPONENTS)
            .flatMap(List::stream).toList();

    @Override
    public List<ComponentInfo> components() {
        return COMPONENTS;
    }

    @Override
    public List<String> modelNames() {
        TreeSet<String> names = new TreeSet<>(BundledModels.NAMES);
        for (Path dir : modelDirs()) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                        .map(n -> n.substring(0, n.length() - ".json".length()))
                        .filter(n -> n.matches("[A-Za-z_][A-Za-z0-9_.-]*")).forEach(names::add);
            } catch (IOException e) {
                // an unreadable models folder simply contributes no names
            }
        }
        return List.copyOf(names);
    }

    @Override
    public Optional<String> modelDataset(String name) {
        try {
            return Optional.ofNullable(BundledModels.config(name).dataset());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> describeModel(String name) {
        try {
            ModelConfig c = BundledModels.config(name);
            ModelConfig.Input in = c.input();
            String weights = BundledModels.hasWeights(name) ? ""
                    : "; weights not exported yet (docs/torchscript.md)";
            return Optional.of(c.format() + ", " + c.numLabels() + " labels, " + in.channels() + "×" + in.height()
                    + "×" + in.width() + (c.dataset() == null ? "" : ", trained on " + c.dataset()) + weights);
        } catch (RuntimeException unreadable) {
            return Optional.of("config cannot be read: " + unreadable.getMessage());
        }
    }

    @Override
    public Optional<ModelHeader> modelHeader(String nameOrPath) {
        ModelConfig c;
        try {
            c = BundledModels.config(nameOrPath);
        } catch (RuntimeException unreadable) {
            return Optional.of(ModelHeader.unreadable(nameOrPath, unreadable.getMessage()));
        }
        Optional<String> missing = BundledModels.hasWeights(nameOrPath, c) ? Optional.empty()
                : Optional.of("the weights of " + c.name() + " are not here (" + c.weights() + ")"
                        + ("torchscript".equals(c.format()) ? ": it is a template; export the checkpoint with "
                        + "tools/export_torchscript.py (docs/torchscript.md)" : ""));
        return Optional.of(new ModelHeader(c.name(), c.labels(), missing, Optional.empty()));
    }

    @Override
    public Optional<Integer> datasetLabelCount(String dataset) {
        // only where the labels are fixed by the format: COCO's come from the annotation file's categories and
        // NUS-WIDE's from its csv, so a subset or a test folder may have any number
        return switch (dataset) {
            case DATASET -> Optional.of(dev.atk.stdlib.data.FashionLabels.NUM_LABELS);
            case "voc2007" -> Optional.of(dev.atk.stdlib.data.folder.Voc2007.CLASSES.size());
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> missingSplitHint(String dataset, String split) {
        if (DATASET.equals(dataset) && List.of("train", "val").contains(split) && !FashionMnist.isInstalled()) {
            return Optional.of("fashion's " + split + " split is generated from Fashion-MNIST, which is not installed:"
                    + " install it with `sudo apt-get install dataset-fashion-mnist` (Debian, Ubuntu); the test split"
                    + " ships with ATK");
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> dataFolderProblem(String dataset, Path folder) {
        if (!FolderDatasets.NAMES.contains(dataset)) {
            return Optional.empty();
        }
        if (!Files.exists(folder)) {
            return Optional.of("no folder " + folder + " for " + dataset);
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is not a folder");
        }
        if (!Files.isReadable(folder)) {
            return Optional.of("cannot read the folder " + folder + " (permission denied)");
        }
        return Optional.empty();
    }

    /** {@code models/} under the ATK home ({@code -Datk.home}) and under the working directory, where they exist. */
    static List<Path> modelDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("atk.home");
        if (home != null && !home.isBlank()) {
            dirs.add(Path.of(home, "models"));
        }
        dirs.add(Path.of("models").toAbsolutePath());
        return dirs.stream().filter(Files::isDirectory).distinct().toList();
    }

    /**
     * A model whose config names a data set we can load (the bundled {@code fashion_cnn}: {@code fashion}) brings
     * that data set's test split, so {@code model fashion_cnn; for eps in profile(0.05..1.0) run slam()} runs as is.
     */
    @Override
    public Optional<DataRef> defaultData(String modelName) {
        try {
            String dataset = BundledModels.config(modelName).dataset();
            return DATASET.equals(dataset) // a folder data set (coco2014, ...) has no folder to default to
                    ? Optional.of(new DataRef(dataset, null, "test")) : Optional.empty();
        } catch (RuntimeException unknownOrBroken) {
            return Optional.empty(); // the checker reports unknown models; loading reports broken configs
        }
    }

    /** The bundled {@code fashion} scenes, then the folder data sets read from the user's disk. */
    @Override
    public List<String> datasetNames() {
        List<String> names = new ArrayList<>(List.of(DATASET));
        names.addAll(FolderDatasets.NAMES);
        return List.copyOf(names);
    }

    @Override
    public Optional<String> folderLayout(String dataset) {
        return FolderDatasets.NAMES.contains(dataset) ? Optional.of(FolderDatasets.expectedLayout(dataset))
                : Optional.empty();
    }

    /**
     * {@code test} (the shipped 1000-scene sample) always; {@code train} and {@code val} only when the Debian
     * package's Fashion-MNIST files are installed, since they are generated from them.
     */
    @Override
    public List<String> splits(String dataset) {
        if (FolderDatasets.NAMES.contains(dataset)) {
            return FolderDatasets.splits(dataset);
        }
        if (!DATASET.equals(dataset)) {
            return List.of();
        }
        return FashionMnist.isInstalled() ? List.of("test", "train", "val") : List.of("test");
    }

    @Override
    public boolean needsProfile(ComponentCall attack) {
        return AttackProviders.installed().find(attack.name()).map(p -> p.needsProfile(attack)).orElse(false);
    }

    @Override
    public boolean needsCorrelations(ComponentCall attack) {
        return AttackProviders.installed().find(attack.name()).map(p -> p.needsCorrelations(attack)).orElse(false);
    }

    @Override
    public boolean trajectoryIndependentOfBudget(ComponentCall attack, RunSettings settings) {
        return AttackProviders.installed().find(attack.name())
                .map(p -> p.trajectoryIndependentOfBudget(attack, settings)).orElse(false);
    }

    @Override
    public int trajectoriesPerImage(ComponentCall attack, RunSettings settings) {
        return AttackProviders.installed().find(attack.name())
                .map(p -> p.trajectoriesPerImage(attack, settings)).orElse(1);
    }
}
