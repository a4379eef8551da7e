package dev.atk.stdlib.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host's memory, for work on the CPU, read from Linux's {@code /proc}: free memory is {@code MemAvailable} (less
 * if a cgroup limit leaves less), and a peak is the process's resident high-water mark {@code VmHWM}, which writing
 * {@code 5} to {@code /proc/self/clear_refs} resets to what is resident now. Elsewhere (macOS, Windows, a locked-down
 * /proc) nothing is measured and the policy keeps its default.
 *
 * <p>A peak read this way counts only pages the process newly touched: memory that glibc kept from earlier work (a
 * clean pass, another model's attack) and hands out again would not show. So the mark first asks glibc to give its
 * free memory back ({@code malloc_trim(0)}, through JNA); without that, the 448×448 ResNet-50 measured after its clean
 * pass read 187 MB per image instead of about 580 MB. Where glibc is not the C library, nothing is trimmed and the
 * reading may be low; the policy's margin and caps are what is left to guard it (see {@link BatchPolicy}).
 */
final class HostMemoryGauge implements MemoryGauge {
    private static final Path MEMINFO = Path.of("/proc/meminfo");
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    /** cgroup v2, then v1: a container's limit and what it holds. */
    private static final List<Path[]> CGROUP = List.of(
            new Path[] {Path.of("/sys/fs/cgroup/memory.max"), Path.of("/sys/fs/cgroup/memory.current")},
            new Path[] {Path.of("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
                    Path.of("/sys/fs/cgroup/memory/memory.usage_in_bytes")});

    private long residentAtMark = -1;

    @Override
    public OptionalLong available() {
        OptionalLong host = kilobytes(MEMINFO, "MemAvailable");
        if (host.isEmpty()) {
            return host;
        }
        long free = host.getAsLong();
        for (Path[] group : CGROUP) {
            OptionalLong limit = number(group[0]);
            OptionalLong used = number(group[1]);
            if (limit.isPresent() && used.isPresent() && limit.getAsLong() < Long.MAX_VALUE / 2) {
                free = Math.min(free, Math.max(0, limit.getAsLong() - used.getAsLong()));
            }
        }
        return OptionalLong.of(free);
    }

    @Override
    public boolean mark() {
        GlibcTrim.freeHeldMemory();
        try {
            Files.writeString(CLEAR_REFS, "5");
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            residentAtMark = -1;
            return false;
        }
        OptionalLong resident = kilobytes(STATUS, "VmRSS");
        residentAtMark = resident.orElse(-1);
        return resident.isPresent();
    }

    @Override
    public long peakGrowth() {
        OptionalLong peak = kilobytes(STATUS, "VmHWM");
        if (residentAtMark < 0 || peak.isEmpty()) {
            return 0;
        }
        return Math.max(0, peak.getAsLong() - residentAtMark);
    }

    @Override
    public String describe() {
        return "host memory";
    }

    /** A {@code Key:   123 kB} line of a /proc file, in bytes. */
    static OptionalLong kilobytes(Path file, String key) {
        try {
            Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(\\d+) kB$").matcher(Files.readString(file));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    /** A file holding one number (a cgroup's); {@code max} and anything unreadable are empty. */
    private static OptionalLong number(Path file) {
        try {
            String text = Files.readString(file).trim();
            return text.matches("\\d+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException | SecurityException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
