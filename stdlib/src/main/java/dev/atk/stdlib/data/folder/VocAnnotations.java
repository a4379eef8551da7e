package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * VOC labels from the devkit's XML: {@code ImageSets/Main/{split}.txt} names the images and
 * {@code Annotations/{id}.xml} lists each one's objects. A class is a label of the image when it has an object of that
 * class not marked {@code <difficult>1</difficult>}, which is how the devkit's classification ground truth (and so
 * the reference's csv) gives 1; an image whose only objects of a class are difficult gets 0 for it, like the csv.
 *
 * <p>Read with StAX, not DOM: 5011 small files for trainval, and StAX reports the line of a malformed element.
 */
final class VocAnnotations {
    private static final XMLInputFactory XML = newFactory();

    private VocAnnotations() {}

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // Annotation files are plain data: no DTDs, no external entities.
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    static Path splitFile(Path root, String split) {
        return root.resolve("ImageSets").resolve("Main").resolve(split + ".txt");
    }

    /** Image id → positive labels (indices into {@code classes}), in the order of the split file. */
    static Map<String, int[]> read(Path root, String split, List<String> classes) {
        Path list = splitFile(root, split);
        List<String> lines;
        try {
            lines = Files.readAllLines(list);
        } catch (IOException e) {
            throw new DataException("cannot read " + list + ": " + e.getMessage(), e);
        }
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String id = trimmed.split("\\s+")[0]; // per-class lists add a label column; the id comes first
            out.put(id, labels(root.resolve("Annotations").resolve(id + ".xml"), classes));
        }
        return out;
    }

    /** The positive labels of one annotation file. */
    static int[] labels(Path xml, List<String> classes) {
        BitSet positives = new BitSet();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            try {
                int depth = 0;
                int objectDepth = -1;
                String name = null;
                boolean difficult = false;
                int objectLine = 0;
                StringBuilder text = new StringBuilder();
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        text.setLength(0);
                        if (r.getLocalName().equals("object") && objectDepth < 0) {
                            objectDepth = depth;
                            name = null;
                            difficult = false;
                            objectLine = r.getLocation().getLineNumber();
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                        text.append(r.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        // Only the object's own <name>/<difficult>, not those of nested <part>s.
                        if (objectDepth > 0 && depth == objectDepth + 1) {
                            if (r.getLocalName().equals("name")) {
                                name = text.toString().strip();
                            } else if (r.getLocalName().equals("difficult")) {
                                difficult = text.toString().strip().equals("1");
                            }
                        }
                        if (depth == objectDepth && r.getLocalName().equals("object")) {
                            addObject(xml, objectLine, name, difficult, classes, positives);
                            objectDepth = -1;
                        }
                        depth--;
                    }
                }
            } finally {
                r.close();
            }
        } catch (NoSuchFileException e) {
            throw new DataException(xml + " not found (its image is listed in the split's ImageSets/Main file)");
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().reduce((a, b) -> b).orElse("");
            throw new DataException(xml + (at == null ? "" : ":" + at.getLineNumber()) + ": malformed XML: "
                    + msg.replaceFirst("^Message: ", ""), e);
        } catch (IOException e) {
            throw new DataException("cannot read " + xml + ": " + e.getMessage(), e);
        }
        return positives.stream().toArray();
    }

    private static void addObject(Path xml, int line, String name, boolean difficult, List<String> classes,
            BitSet positives) {
        if (name == null || name.isEmpty()) {
            throw new DataException(xml + ":" + line + ": an <object> has no <name>");
        }
        int label = classes.indexOf(name.toLowerCase(Locale.ROOT));
        if (label < 0) {
            throw new DataException(xml + ":" + line + ": unknown VOC class '" + name + "' (expected one of "
                    + String.join(", ", classes) + ")");
        }
        if (!difficult) {
            positives.set(label);
        }
    }
}
