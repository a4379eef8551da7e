package dev.atk.exec;

import dev.atk.result.ResultRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results log read back line by line for {@code --resume}: every line that is a whole record is kept (the first
 * one of each key), and every other line is set aside with the reason, so that one damaged line never costs the
 * records after it. A line is damaged when it is not JSON, is JSON but not a record ({@code {}}, no key, no model),
 * repeats a key already kept, or is the unfinished last line a killed run leaves.
 */
record LogLines(Map<String, ResultRecord> records, List<String> keptLines, List<Rejected> rejected) {

    /** A line that is not kept, as it was in the file, and why. */
    record Rejected(int lineNumber, String text, String reason) {}

    static LogLines read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        Map<String, ResultRecord> records = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            boolean torn = end < 0;
            String line = text.substring(start, torn ? text.length() : end);
            start = torn ? text.length() : end + 1;
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (torn) {
                rejected.add(new Rejected(number, line, "an unfinished last line, as a killed run leaves"));
                continue;
            }
            String problem = null;
            ResultRecord r = null;
            try {
                r = ResultLog.JSON.readValue(line, ResultRecord.class);
                problem = missingField(r);
            } catch (IOException notJson) {
                problem = "not a record: " + firstLine(notJson.getMessage());
            }
            if (problem == null && records.containsKey(r.key())) {
                problem = "a second record with key " + r.key();
            }
            if (problem != null) {
                rejected.add(new Rejected(number, line, problem));
            } else {
                records.put(r.key(), r);
                kept.add(line);
            }
        }
        return new LogLines(records, kept, rejected);
    }

    /** The fields without which a line cannot stand for a finished attack. */
    private static String missingField(ResultRecord r) {
        if (r == null) {
            return "not a record: null";
        }
        if (r.key() == null || r.key().isBlank()) {
            return "a record without a key";
        }
        if (r.model() == null || r.attack() == null || r.itemId() == null || r.canonical() == null) {
            return "a record without its model, attack or item";
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        return first.length() > 120 ? first.substring(0, 120) + "…" : first;
    }
}
