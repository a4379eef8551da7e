package dev.atk.stdlib.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigLoaderTest {
    static final ObjectMapper M = new ObjectMapper();

    @TempDir
    Path dir;

    static ObjectNode valid() {
        ObjectNode n = M.createObjectNode();
        n.put("name", "tiny");
        n.put("format", "djl");
        n.put("architecture", "fashion_cnn_v2");
        n.put("weights", "tiny/tiny-0000.params");
        ArrayNode labels = n.putArray("labels");
        labels.add("a").add("b");
        ObjectNode in = n.putObject("input");
        in.put("channels", 1).put("height", 56).put("width", 56).put("min", 0.0).put("max", 1.0);
        n.put("output", "logits");
        n.put("threshold", 0.5);
        n.put("dataset", "fashion");
        return n;
    }

    Path write(ObjectNode n) throws IOException {
        return Files.writeString(dir.resolve("m.json"), n.toString());
    }

    String error(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode n = valid();
        edit.accept(n);
        Path p = write(n);
        ModelException e = assertThrows(ModelException.class, () -> ModelConfigLoader.read(p));
        assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsValidConfigAndResolvesWeights() throws IOException {
        Path p = write(valid());
        ModelConfig c = ModelConfigLoader.read(p);
        assertEquals("tiny", c.name());
        assertEquals(List.of("a", "b"), c.labels());
        assertEquals(new ModelConfig.Input(1, 56, 56, 0, 1), c.input());
        assertEquals(0.5, c.threshold());
        assertEquals(dir.resolve("tiny/tiny-0000.params").toAbsolutePath(), ModelConfigLoader.weightsPath(c, p));
        ModelConfig back = ModelConfigLoader.read(
                new java.io.ByteArrayInputStream(ModelConfigLoader.toJson(c).getBytes()), "round-trip");
        assertEquals(c, back);
    }

    @Test
    void eachFieldIsCheckedByName() throws IOException {
        for (String f : List.of("name", "format", "weights", "labels", "input", "output", "threshold")) {
            assertTrue(error(n -> n.remove(f)).contains("missing required field '" + f + "'"), f);
        }
        assertTrue(error(n -> n.remove("architecture")).contains("'architecture'"));
        assertTrue(error(n -> n.put("format", "onnx")).contains("field 'format' must be"));
        assertTrue(error(n -> n.put("architecture", "resnet")).contains("field 'architecture' must be one of"));
        assertTrue(error(n -> n.put("output", "probabilities")).contains("field 'output' must be \"logits\""));
        assertTrue(error(n -> n.put("threshold", 1.5)).contains("field 'threshold'"));
        assertTrue(error(n -> n.put("threshold", "0.5")).contains("field 'threshold'"));
        assertTrue(error(n -> n.putArray("labels")).contains("field 'labels'"));
        assertTrue(error(n -> ((ArrayNode) n.get("labels")).add("a")).contains("field 'labels[2]' duplicates"));
        assertTrue(error(n -> ((ArrayNode) n.get("labels")).add(3)).contains("field 'labels[2]'"));
        assertTrue(error(n -> ((ObjectNode) n.get("input")).put("height", "56"))
                .contains("field 'input.height' must be a positive integer, got \"56\""));
        assertTrue(error(n -> ((ObjectNode) n.get("input")).remove("width"))
                .contains("missing required field 'input.width'"));
        assertTrue(error(n -> ((ObjectNode) n.get("input")).put("max", -1)).contains("field 'input.max'"));
        assertTrue(error(n -> n.put("weight", "x")).contains("unknown field 'weight'"));
        assertTrue(error(n -> n.put("name", "")).contains("field 'name'"));
    }

    @Test
    void badJsonAndMissingFile() throws IOException {
        Path p = Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\",\n \"format\": }");
        ModelException e = assertThrows(ModelException.class, () -> ModelConfigLoader.read(p));
        assertTrue(e.getMessage().contains("not valid JSON (line 2"), e.getMessage());
        ModelException e2 = assertThrows(ModelException.class,
                () -> ModelConfigLoader.read(dir.resolve("nope.json")));
        assertTrue(e2.getMessage().endsWith("model config not found"), e2.getMessage());
    }

    /** /dev/zero would be read until memory runs out and a named pipe would block forever: both are refused at once. */
    @Test
    void weightsThatAreNotARegularFileAreRefusedBeforeReading() throws Exception {
        ObjectNode zero = valid();
        zero.put("weights", "/dev/zero");
        Path config = write(zero);
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> BundledModels.resolve(config.toString()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());

        Path pipe = dir.resolve("weights.pipe");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
                "mkfifo is not available here");
        ObjectNode piped = valid();
        piped.put("weights", pipe.toString());
        Path config2 = write(piped);
        ModelException p = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                        () -> BundledModels.resolve(config2.toString())));
        org.junit.jupiter.api.Assertions.assertTrue(p.getMessage().contains("not a regular file"), p.getMessage());
    }

    @Test
    void aConfigNestedTooDeeplyIsOneReadableError() throws Exception {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(100_000) + "]".repeat(100_000));
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> ModelConfigLoader.read(deep));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertFalse(e.getMessage().contains("null"), e.getMessage());
    }
}
