package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated files as Python's {@code csv} module and pandas read the annotation csvs: fields may be quoted with
 * {@code "} (and then hold commas, as NUS-WIDE's {@code "['sky', 'clouds']"} does), {@code ""} is a literal quote,
 * lines end in LF or CRLF, a UTF-8 byte-order mark is ignored and blank lines are skipped. Each row keeps the line it
 * started on, so errors can point at it.
 */
final class CsvReader {

    /** One record: its fields and the 1-based line it starts on. */
    record Row(int line, List<String> fields) {
        String get(int i) {
            return fields.get(i);
        }

        int size() {
            return fields.size();
        }
    }

    private CsvReader() {}

    /** All rows of {@code file}, the header included. */
    static List<Row> read(Path file) {
        String text;
        try {
            // A strict decoder, so a binary file given by mistake is reported rather than parsed as garbage.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new DataException(file + " not found");
        } catch (CharacterCodingException e) {
            throw new DataException(file + " is not UTF-8 text: is it really a csv file?");
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    static List<Row> parse(Path file, String text) {
        List<Row> rows = new ArrayList<>();
        int pos = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (pos < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean blank = true;
            while (pos < n) {
                char ch = text.charAt(pos++);
                if (quoted) {
                    if (ch == '"') {
                        if (pos < n && text.charAt(pos) == '"') {
                            field.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"') {
                    quoted = true;
                    blank = false;
                } else if (ch == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    blank = false;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && pos < n && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    break;
                } else {
                    field.append(ch);
                    blank = false;
                }
            }
            if (quoted) {
                throw new DataException(file + ":" + start + ": malformed csv: a quoted field is never closed");
            }
            if (!blank) {
                fields.add(field.toString());
                rows.add(new Row(start, List.copyOf(fields)));
            }
        }
        return rows;
    }
}
