package dev.atk.stdlib.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The shared libraries a libtorch folder needs and this machine lacks, found before the JVM loads any of it. A CUDA
 * libtorch that cannot load takes the JVM's PyTorch engine down with it (DJL cannot load a second libtorch into the
 * same process), so ATK asks the system's dynamic linker first: {@code ldd} resolves each library's dependencies the
 * way loading would (the library's RPATH, which finds pip's {@code nvidia-*} wheels, then the system paths) and
 * prints {@code NAME => not found} for the rest. Without {@code ldd} nothing can be promised, which
 * {@link #check} reports as its own problem.
 */
final class MissingLibraries {
    private MissingLibraries() {}

    /** Libraries of a pip torch that DJL never loads: Python's bindings. */
    private static final Set<String> NOT_LOADED = Set.of("libtorch_python.so", "libshm.so");

    /**
     * The names of the libraries missing for {@code lib}'s shared libraries, sorted; empty when all resolve.
     *
     * @throws IOException when {@code ldd} cannot be run
     */
    static Set<String> check(Path lib) throws IOException {
        Set<String> missing = new TreeSet<>();
        List<Path> libraries;
        try (Stream<Path> files = Files.list(lib)) {
            libraries = files.filter(p -> p.getFileName().toString().matches("lib.*\\.so(\\.\\d+)*"))
                    .filter(p -> !NOT_LOADED.contains(p.getFileName().toString())).sorted().toList();
        }
        for (Path library : libraries) {
            missing.addAll(notFound(library));
        }
        return missing;
    }

    private static Set<String> notFound(Path library) throws IOException {
        Process ldd = new ProcessBuilder("ldd", library.toString()).redirectErrorStream(true).start();
        String out;
        try {
            out = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ldd.waitFor(20, TimeUnit.SECONDS)) {
                ldd.destroyForcibly();
                throw new IOException("ldd " + library.getFileName() + " did not finish");
            }
        } catch (InterruptedException e) {
            ldd.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking " + library.getFileName(), e);
        }
        Set<String> missing = new TreeSet<>();
        for (String line : out.split("\n")) {
            String l = line.strip();
            if (l.endsWith("=> not found")) {
                missing.add(l.substring(0, l.indexOf(' ')));
            }
        }
        return missing;
    }
}
