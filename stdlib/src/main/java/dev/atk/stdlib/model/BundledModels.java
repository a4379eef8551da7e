package dev.atk.stdlib.model;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds a model by name or path and loads it:
 * <ol>
 *   <li>a bundled model on the classpath: {@code atk/models/NAME.json} (weights read from the jar entry
 *       next to it, no extraction needed);</li>
 *   <li>{@code models/NAME.json} under the ATK home ({@code -Datk.home}) or the working directory or
 *       one of its parents;</li>
 *   <li>a path to a config file ({@code *.json}).</li>
 * </ol>
 */
public final class BundledModels {
    public static final String RESOURCE_DIR = "atk/models/";
    /** The models shipped with ATK. */
    public static final List<String> NAMES = List.of("fashion_cnn", "q2l_fashion", "fashion_ts");

    /** A resolved config plus its weights' bytes and where both came from (for messages and provenance). */
    public record Resolved(ModelConfig config, String configWhere, String weightsWhere, byte[] weights) {}

    private BundledModels() {}

    /** Loads a model of any format ({@code djl} or {@code torchscript}) in float32 on the engine's default device. */
    public static Classifier open(String nameOrPath) {
        return open(nameOrPath, null);
    }

    /**
     * Loads a model of any format in float32 on {@code device} (null: the engine's default), the device the caller's
     * images live on: a backend told {@code --device cpu} on a GPU machine keeps model and images together.
     */
    public static Classifier open(String nameOrPath, Device device) {
        Resolved r = resolve(nameOrPath);
        return switch (r.config().format()) {
            case "torchscript" -> TorchScriptClassifier.load(r.config(), r.weights(), r.weightsWhere(), device);
            default -> DjlClassifier.load(r.config(), r.weights(), r.weightsWhere(), DataType.FLOAT32, device);
        };
    }

    /** Loads a {@code djl}-format model in float32. */
    public static DjlClassifier load(String nameOrPath) {
        return load(nameOrPath, DataType.FLOAT32);
    }

    /** Loads in float32 or float64 (for finite-difference checks). */
    public static DjlClassifier load(String nameOrPath, DataType dataType) {
        Resolved r = resolve(nameOrPath);
        return DjlClassifier.load(r.config(), r.weights(), r.weightsWhere(), dataType);
    }

    /** The validated config only (no weights read). */
    public static ModelConfig config(String nameOrPath) {
        String res = resourceName(nameOrPath);
        if (res != null) {
            byte[] json = readResource(res);
            if (json != null) {
                return ModelConfigLoader.read(new ByteArrayInputStream(json), "classpath:" + res);
            }
        }
        return ModelConfigLoader.read(configFile(nameOrPath));
    }

    public static Resolved resolve(String nameOrPath) {
        String res = resourceName(nameOrPath);
        if (res != null) {
            byte[] json = readResource(res);
            if (json != null) {
                String where = "classpath:" + res;
                ModelConfig config = ModelConfigLoader.read(new ByteArrayInputStream(json), where);
                if (Path.of(config.weights()).isAbsolute() || config.weights().contains("..")) {
                    throw new ModelException(where + ": field 'weights' of a bundled model must be a relative path"
                            + " inside " + RESOURCE_DIR);
                }
                String weightsRes = RESOURCE_DIR + config.weights().replace('\\', '/');
                byte[] weights = readResource(weightsRes);
                if (weights != null) {
                    return new Resolved(config, where, "classpath:" + weightsRes, weights);
                }
                // A template config (asl_coco, q2l_nuswide, ...) ships without weights: they live next to the
                // models/NAME.json of the ATK home or the working directory, where the user exported them.
                Path file = findConfigFile(nameOrPath);
                if (file == null) {
                    throw missingWeights(config, Path.of("models").resolve(config.weights()));
                }
                return fromFile(file);
            }
        }
        return fromFile(configFile(nameOrPath));
    }

    /**
     * Whether {@code nameOrPath}'s weights can be read without reading them (a template config such as
     * {@code asl_coco} has none until the user exports them).
     */
    public static boolean hasWeights(String nameOrPath) {
        try {
            return hasWeights(nameOrPath, config(nameOrPath));
        } catch (ModelException e) {
            return false;
        }
    }

    /** {@link #hasWeights(String)} for a config already read by {@link #config}, so it is not read twice. */
    public static boolean hasWeights(String nameOrPath, ModelConfig config) {
        try {
            String res = resourceName(nameOrPath);
            if (res != null && readResource(res) != null) {
                ClassLoader cl = BundledModels.class.getClassLoader();
                if (cl.getResource(RESOURCE_DIR + config.weights().replace('\\', '/')) != null) {
                    return true;
                }
                Path file = findConfigFile(nameOrPath);
                return file != null && Files.exists(ModelConfigLoader.weightsPath(ModelConfigLoader.read(file), file));
            }
            Path file = configFile(nameOrPath);
            return Files.exists(ModelConfigLoader.weightsPath(config, file));
        } catch (ModelException e) {
            return false;
        }
    }

    private static Resolved fromFile(Path file) {
        ModelConfig config = ModelConfigLoader.read(file);
        Path weights = ModelConfigLoader.weightsPath(config, file);
        if (!Files.exists(weights)) {
            throw missingWeights(config, weights);
        }
        if (!Files.isRegularFile(weights)) {
            // /dev/zero would be read until memory runs out, a named pipe would block forever
            throw new ModelException(weights + ": weights file of model " + config.name() + " is not a regular file "
                    + "(a device, a pipe or a folder); point the config's field 'weights' at the exported file");
        }
        return new Resolved(config, file.toString(), weights.toString(), DjlClassifier.readWeights(weights));
    }

    private static ModelException missingWeights(ModelConfig config, Path weights) {
        String fix = "torchscript".equals(config.format())
                ? "export the checkpoint with tools/export_torchscript.py (docs/torchscript.md) or fix the config's "
                + "field 'weights'"
                : "fix the config's field 'weights'";
        return new ModelException(weights + ": weights file of model " + config.name() + " not found: " + fix);
    }

    private static String resourceName(String nameOrPath) {
        return nameOrPath.matches("[A-Za-z0-9_.-]+") && !nameOrPath.endsWith(".json")
                ? RESOURCE_DIR + nameOrPath + ".json" : null;
    }

    private static Path configFile(String nameOrPath) {
        if (nameOrPath.endsWith(".json") || nameOrPath.contains("/") || nameOrPath.contains("\\")) {
            return Path.of(nameOrPath);
        }
        Path found = findConfigFile(nameOrPath);
        if (found != null) {
            return found;
        }
        String rel = "models/" + nameOrPath + ".json";
        throw new ModelException("unknown model '" + nameOrPath + "': no bundled model of that name (bundled: "
                + String.join(", ", NAMES) + ") and no file " + rel);
    }

    /** {@code models/NAME.json} under the ATK home, or the working directory or one of its parents; else null. */
    private static Path findConfigFile(String name) {
        String rel = "models/" + name + ".json";
        String home = System.getProperty("atk.home");
        if (home != null && !home.isBlank() && Files.isRegularFile(Path.of(home).resolve(rel))) {
            return Path.of(home).resolve(rel);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(rel))) {
                return dir.resolve(rel);
            }
        }
        return null;
    }

    private static byte[] readResource(String name) {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        InputStream in = cl == null ? null : cl.getResourceAsStream(name);
        if (in == null) {
            in = BundledModels.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            return null;
        }
        try (InputStream r = in) {
            return r.readAllBytes();
        } catch (IOException e) {
            throw new ModelException("classpath:" + name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
