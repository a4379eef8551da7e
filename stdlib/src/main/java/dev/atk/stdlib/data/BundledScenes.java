package dev.atk.stdlib.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scene sample shipped with ATK: 1000 test scenes (seed {@link SceneGenerator#DEFAULT_SEED},
 * test scenes 0..999). Loaded from the classpath ({@code atk/data/fashion/test-1000.scenes.gz}, inside
 * the stdlib jar), else from {@code data/fashion/} under the ATK home ({@code -Datk.home}) or the
 * working directory.
 */
public final class BundledScenes {
    public static final String FILE_NAME = "test-1000.scenes.gz";
    public static final String RESOURCE = "atk/data/fashion/" + FILE_NAME;
    /** Path of the sample relative to the repository root. */
    public static final String REPO_PATH = "data/fashion/" + FILE_NAME;

    private static volatile SceneSet cached;

    private BundledScenes() {}

    /** The shipped test sample (cached after the first load; SceneSet is immutable). */
    public static SceneSet load() {
        SceneSet s = cached;
        if (s == null) {
            synchronized (BundledScenes.class) {
                s = cached;
                if (s == null) {
                    s = loadUncached();
                    cached = s;
                }
            }
        }
        return s;
    }

    private static SceneSet loadUncached() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        if (cl == null) {
            cl = BundledScenes.class.getClassLoader();
        }
        InputStream in = cl.getResourceAsStream(RESOURCE);
        if (in == null) {
            in = BundledScenes.class.getClassLoader().getResourceAsStream(RESOURCE);
        }
        if (in != null) {
            try (InputStream r = in) {
                return SceneSampleFile.read(r, "classpath:" + RESOURCE);
            } catch (IOException e) {
                throw new DataException("classpath:" + RESOURCE + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
        Path file = locate();
        if (file == null) {
            throw new DataException("bundled scene sample not found: no classpath resource " + RESOURCE
                    + " and no file " + REPO_PATH + " (set -Datk.home to the ATK checkout)");
        }
        return SceneSampleFile.read(file);
    }

    /** The sample on disk, or null. */
    public static Path locate() {
        String home = System.getProperty("atk.home");
        if (home != null && !home.isBlank()) {
            Path p = Path.of(home).resolve(REPO_PATH);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(REPO_PATH);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
