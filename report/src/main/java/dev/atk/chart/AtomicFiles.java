package dev.atk.chart;

import dev.atk.exec.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a figure so that a reader (an editor, a LaTeX build watching the folder) never sees it half-written: the
 * bytes go to a sibling temporary file that is then moved over the target in one step ({@link OutputFiles#replace},
 * the same step the report layer's files take). For charts written outside a run (tests, embedders' own files).
 */
final class AtomicFiles {
    private AtomicFiles() {}

    static Path write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        OutputFiles.replace(target, bytes);
        return file;
    }
}
