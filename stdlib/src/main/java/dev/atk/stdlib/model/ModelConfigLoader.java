package dev.atk.stdlib.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads and validates model configs. Every problem is one {@link ModelException} line naming the file
 * and the field, e.g. {@code models/x.json: field 'input.height' must be a positive integer, got "56"}.
 */
public final class ModelConfigLoader {
    public static final Set<String> FORMATS = Set.of("djl", "torchscript");
    private static final Set<String> FIELDS = Set.of("name", "format", "architecture", "weights", "labels", "input",
            "output", "threshold", "dataset", "description");
    private static final Set<String> INPUT_FIELDS = Set.of("channels", "height", "width", "min", "max");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelConfigLoader() {}

    public static ModelConfig read(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelException(file + ": a model config must be a regular file, not a device, a pipe or a folder");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new ModelException(file + ": model config not found", e);
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read model config (" + e.getMessage() + ")", e);
        }
    }

    /** Parses and validates; {@code where} names the source in messages. */
    public static ModelConfig read(InputStream in, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            // a nesting-depth refusal (StreamConstraintsException) has no location
            String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
            throw new ModelException(where + ": not valid JSON (" + line + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelException(where + ": cannot read model config (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelException(where + ": a model config must be a JSON object");
        }
        return validate(root, where);
    }

    static ModelConfig validate(JsonNode root, String where) {
        checkUnknown(root, FIELDS, "", where);
        String name = string(root, "name", where, true);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
            throw fail(where, "name", "must be an identifier (letters, digits, _ . -)", root.get("name"));
        }
        String format = string(root, "format", where, true);
        if (!FORMATS.contains(format)) {
            throw fail(where, "format", "must be \"djl\" or \"torchscript\"", root.get("format"));
        }
        String architecture = string(root, "architecture", where, format.equals("djl"));
        if (architecture != null && format.equals("djl") && !Architectures.isKnown(architecture)) {
            throw fail(where, "architecture", "must be one of " + Architectures.names(), root.get("architecture"));
        }
        if (architecture != null && format.equals("torchscript")) {
            throw fail(where, "architecture", "is for \"djl\" models only (a TorchScript module carries its own "
                    + "architecture): remove it", root.get("architecture"));
        }
        String weights = string(root, "weights", where, true);
        List<String> labels = labels(root, where);
        ModelConfig.Input input = input(root, where);
        String output = string(root, "output", where, true);
        if (!output.equals("logits")) {
            throw fail(where, "output", "must be \"logits\" (ATK attacks need pre-sigmoid scores)",
                    root.get("output"));
        }
        JsonNode t = root.get("threshold");
        if (t == null || t.isNull()) {
            throw missing(where, "threshold");
        }
        if (!t.isNumber() || !(t.asDouble() > 0 && t.asDouble() < 1)) {
            throw fail(where, "threshold", "must be a number in (0, 1)", t);
        }
        String dataset = string(root, "dataset", where, false);
        String description = string(root, "description", where, false);
        return new ModelConfig(name, format, architecture, weights, labels, input, output, t.asDouble(), dataset,
                description);
    }

    /** Resolves the config's weights path against the config file's directory. */
    public static Path weightsPath(ModelConfig config, Path configFile) {
        Path w = Path.of(config.weights());
        if (w.isAbsolute()) {
            return w;
        }
        Path dir = configFile.toAbsolutePath().getParent();
        return dir == null ? w : dir.resolve(w).normalize();
    }

    public static void write(ModelConfig config, Path file) throws IOException {
        Files.writeString(file, toJson(config) + System.lineSeparator());
    }

    public static String toJson(ModelConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new ModelException("cannot serialise model config " + config.name() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> labels(JsonNode root, String where) {
        JsonNode node = root.get("labels");
        if (node == null || node.isNull()) {
            throw missing(where, "labels");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw fail(where, "labels", "must be a non-empty array of label names", node);
        }
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < node.size(); k++) {
            JsonNode e = node.get(k);
            if (!e.isTextual() || e.asText().isBlank()) {
                throw fail(where, "labels[" + k + "]", "must be a non-empty string", e);
            }
            if (!seen.add(e.asText())) {
                throw fail(where, "labels[" + k + "]", "duplicates an earlier label", e);
            }
            labels.add(e.asText());
        }
        return labels;
    }

    private static ModelConfig.Input input(JsonNode root, String where) {
        JsonNode node = root.get("input");
        if (node == null || node.isNull()) {
            throw missing(where, "input");
        }
        if (!node.isObject()) {
            throw fail(where, "input", "must be an object {channels, height, width, min, max}", node);
        }
        checkUnknown(node, INPUT_FIELDS, "input.", where);
        int channels = positiveInt(node, "channels", where);
        int height = positiveInt(node, "height", where);
        int width = positiveInt(node, "width", where);
        double min = number(node, "min", where);
        double max = number(node, "max", where);
        if (!(max > min)) {
            throw fail(where, "input.max", "must be greater than input.min (" + min + ")", node.get("max"));
        }
        return new ModelConfig.Input(channels, height, width, min, max);
    }

    private static int positiveInt(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw missing(where, "input." + field);
        }
        if (!n.isIntegralNumber() || n.asLong() <= 0 || n.asLong() > 1_000_000) {
            throw fail(where, "input." + field, "must be a positive integer", n);
        }
        return n.asInt();
    }

    private static double number(JsonNode parent, String field, String where) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw missing(where, "input." + field);
        }
        if (!n.isNumber()) {
            throw fail(where, "input." + field, "must be a number", n);
        }
        return n.asDouble();
    }

    private static String string(JsonNode root, String field, String where, boolean required) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw missing(where, field);
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            throw fail(where, field, "must be a non-empty string", n);
        }
        return n.asText();
    }

    private static void checkUnknown(JsonNode node, Set<String> allowed, String prefix, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new ModelException(where + ": unknown field '" + prefix + f + "' (allowed: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static ModelException missing(String where, String field) {
        return new ModelException(where + ": missing required field '" + field + "'");
    }

    private static ModelException fail(String where, String field, String rule, JsonNode got) {
        String shown = got == null ? "nothing" : got.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new ModelException(where + ": field '" + field + "' " + rule + ", got " + shown);
    }
}
