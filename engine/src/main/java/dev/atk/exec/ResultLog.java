package dev.atk.exec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atk.result.ResultRecord;
import dev.atk.spi.AtkRuntimeException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The durable results log: one JSON object per line, appended and forced to disk per finished batch, before the next
 * batch starts. A run killed mid-write leaves at most one partial last line, which {@link #open} drops. With resume,
 * the records already there are read back by key; without it, an existing log is moved aside (never overwritten).
 */
public final class ResultLog implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final FileChannel channel;
    private final Map<String, ResultRecord> existing;
    private final Path movedAside;

    private ResultLog(Path file, FileChannel channel, Map<String, ResultRecord> existing, Path movedAside) {
        this.file = file;
        this.channel = channel;
        this.existing = existing;
        this.movedAside = movedAside;
    }

    public static ResultLog open(Path file, boolean resume) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Map<String, ResultRecord> existing = new LinkedHashMap<>();
            Path aside = null;
            if (Files.exists(file) && Files.size(file) > 0) {
                if (resume) {
                    long goodBytes = readComplete(file, existing);
                    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        c.truncate(goodBytes);
                    }
                } else {
                    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                    aside = file.resolveSibling(file.getFileName() + "." + stamp);
                    Files.move(file, aside);
                }
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new ResultLog(file, channel, existing, aside);
        } catch (IOException e) {
            throw new AtkRuntimeException("cannot open the results log " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every complete, parseable line; returns the byte length of that good prefix. */
    private static long readComplete(Path file, Map<String, ResultRecord> into) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long good = 0;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8).trim();
            if (!line.isEmpty()) {
                try {
                    ResultRecord r = JSON.readValue(line, ResultRecord.class);
                    into.putIfAbsent(r.key(), r);
                } catch (IOException corruptLine) {
                    break;
                }
            }
            good = i + 1;
            start = i + 1;
        }
        return good;
    }

    public Path file() {
        return file;
    }

    /** Where a previous log went when this run did not resume, or null. */
    public Path movedAside() {
        return movedAside;
    }

    public ResultRecord existing(String key) {
        return existing.get(key);
    }

    public int existingCount() {
        return existing.size();
    }

    /** Appends records and forces them to disk: once this returns, a kill loses none of them. */
    public synchronized void append(List<ResultRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        try {
            StringBuilder b = new StringBuilder();
            for (ResultRecord r : records) {
                b.append(JSON.writeValueAsString(r)).append('\n');
                existing.put(r.key(), r);
            }
            ByteBuffer buffer = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new AtkRuntimeException("cannot write the results log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a log whose records are already forced to disk loses nothing
        }
    }
}
