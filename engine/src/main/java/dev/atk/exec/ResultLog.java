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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The durable results log: one JSON object per line, appended and forced to disk per finished batch, before the next
 * batch starts. A run killed mid-write leaves at most one partial last line. With resume, the records already there
 * are read back by key, and any damaged line (that partial line, or one a disk or an editor spoiled) is moved to a
 * side file while every whole record is kept; without resume, an existing log is moved aside (never overwritten).
 */
public final class ResultLog implements AutoCloseable {
    /** How records are written and read back (also by {@link LogLines}). */
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path file;
    private final FileChannel channel;
    private final Map<String, ResultRecord> existing;
    private final Path movedAside;
    private final List<LogLines.Rejected> rejected;

    private ResultLog(Path file, FileChannel channel, Map<String, ResultRecord> existing, Path movedAside,
                      List<LogLines.Rejected> rejected) {
        this.file = file;
        this.channel = channel;
        this.existing = existing;
        this.movedAside = movedAside;
        this.rejected = List.copyOf(rejected);
    }

    public static ResultLog open(Path file, boolean resume) {
        return open(file, resume, Set.of());
    }

    /**
     * Opens {@code file} for appending. With {@code resume}, its records are read back; damaged lines are moved to
     * {@code FILE.rejected} and the log is rewritten without them (see {@link #rejected()}); a log holding records
     * of a model outside {@code models} is refused (an empty set checks nothing). Without resume, an existing log is
     * moved aside.
     */
    public static ResultLog open(Path file, boolean resume, Set<String> models) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Map<String, ResultRecord> existing = new LinkedHashMap<>();
            Path aside = null;
            List<LogLines.Rejected> rejected = List.of();
            if (Files.exists(file) && Files.size(file) > 0) {
                if (resume) {
                    LogLines lines = LogLines.read(file);
                    refuseForeign(file, lines, models);
                    existing.putAll(lines.records());
                    rejected = lines.rejected();
                    if (!rejected.isEmpty()) {
                        quarantine(file, lines);
                    }
                } else {
                    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                    aside = file.resolveSibling(file.getFileName() + "." + stamp);
                    Files.move(file, aside);
                }
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            return new ResultLog(file, channel, existing, aside, rejected);
        } catch (IOException e) {
            throw new AtkRuntimeException("cannot open the results log " + file + ": " + reason(e), e);
        }
    }

    /** Why an I/O operation failed, in words: the exception's message alone is often only the path. */
    private static String reason(IOException e) {
        String kind = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : null;
        return kind != null ? kind : String.valueOf(e.getMessage());
    }

    /** One clear line instead of mixing two studies in one log. */
    private static void refuseForeign(Path file, LogLines lines, Set<String> models) {
        if (models.isEmpty()) {
            return;
        }
        for (ResultRecord r : lines.records().values()) {
            if (!models.contains(r.model())) {
                throw new AtkRuntimeException(file + " holds results of model " + r.model() + ", and this script runs "
                        + String.join(", ", new java.util.TreeSet<>(models)) + "; resuming would mix two studies in one"
                        + " log: give this run its own folder with --out, or move that log away");
            }
        }
    }

    /**
     * Appends the damaged lines to {@code FILE.rejected}, then replaces the log by its kept lines: written next to it,
     * forced to disk and moved over it in one step, so a kill at any moment leaves either the old or the new log.
     */
    private static void quarantine(Path file, LogLines lines) throws IOException {
        Path side = file.resolveSibling(file.getFileName() + ".rejected");
        StringBuilder bad = new StringBuilder();
        for (LogLines.Rejected r : lines.rejected()) {
            bad.append(r.text()).append('\n');
        }
        write(side, bad.toString(), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        Path temporary = file.resolveSibling(file.getFileName() + ".rewrite");
        StringBuilder good = new StringBuilder();
        lines.keptLines().forEach(l -> good.append(l).append('\n'));
        write(temporary, good.toString(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void write(Path path, String text, StandardOpenOption... options) throws IOException {
        try (FileChannel c = FileChannel.open(path, options)) {
            ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                c.write(buffer);
            }
            c.force(true);
        }
    }

    /** The damaged lines {@link #open} set aside on resume, with their reasons (empty when the log was whole). */
    public List<String> rejected() {
        return rejected.stream().map(r -> "line " + r.lineNumber() + ": " + r.reason()).toList();
    }

    /** Where the damaged lines went. */
    public Path rejectedFile() {
        return file.resolveSibling(file.getFileName() + ".rejected");
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
            throw new AtkRuntimeException("cannot write the results log " + file + ": " + reason(e), e);
        }
    }

    /** Closes the log; a log that never received a record (a run that failed first) is removed, not left empty. */
    @Override
    public void close() {
        try {
            channel.close();
            if (Files.isRegularFile(file) && Files.size(file) == 0) {
                Files.delete(file);
            }
        } catch (IOException ignored) {
            // closing a log whose records are already forced to disk loses nothing
        }
    }
}
