package dev.atk.stdlib.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which libtorch this JVM's PyTorch engine loads, decided once, before DJL reads its settings. ATK bundles DJL's CPU
 * libtorch; a CUDA libtorch comes from the machine:
 * <ol>
 *   <li>{@code PYTORCH_LIBRARY_PATH} given to DJL directly (environment or system property): DJL's own setting, left
 *   alone;</li>
 *   <li>{@code ATK_LIBTORCH=DIR} (or {@code -Datk.libtorch=DIR}): a libtorch folder, a pip torch's {@code torch} or
 *   {@code torch/lib} folder; {@code none} keeps the bundled CPU libtorch and looks for nothing;</li>
 *   <li>else the {@code torch} package of the {@code python3} on the PATH, when it is a CUDA build.</li>
 * </ol>
 * A candidate is used only when it is the version ATK's JNI library was built for (2.7.1) and, for a CUDA build, when
 * every shared library it needs resolves on this machine ({@link MissingLibraries}): a libtorch that fails to load
 * cannot be replaced in the same JVM, so ATK must know before. Otherwise the bundled CPU libtorch runs, and a
 * candidate the user named explains itself in one line ({@link #fallback}); a Python torch found by looking, on a
 * machine without a GPU driver, is passed over silently (there is nothing to gain), and {@code atk doctor} says why.
 *
 * <p>The JNI library for a CUDA libtorch is {@code cu128}, the one DJL's pytorch-jni jar carries; it runs on the
 * CUDA 12.x builds pip installs (torch 2.7.1 is {@code +cu126} on PyPI).
 *
 * @param source where the libtorch comes from
 * @param folder the libtorch's {@code lib} folder; null for the bundled one
 * @param version the libtorch's version as it reports it ({@code 2.7.1+cu126}); null for the bundled one
 * @param flavor DJL's flavor for it ({@code cu128}, {@code cpu}); null for the bundled one
 * @param fallback one line saying why a candidate was not used and what runs instead; null when nothing fell back
 * @param passedOver why a candidate found by looking was not used (for {@code atk doctor}); null when none was
 */
public record LibtorchChoice(Source source, Path folder, String version, String flavor, String fallback,
                             String passedOver) {

    /** Where the libtorch comes from. */
    public enum Source {
        BUNDLED("bundled (DJL's pytorch-native-cpu)"), DJL_SETTING("PYTORCH_LIBRARY_PATH"),
        ATK_LIBTORCH("ATK_LIBTORCH"), PYTHON("the python3 torch package");

        private final String text;

        Source(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The JNI flavor DJL's pytorch-jni jar carries for CUDA on linux-x86_64. */
    static final String CUDA_FLAVOR = "cu128";

    private static final Pattern VERSION = Pattern.compile("__version__\\s*=\\s*['\"]([^'\"]+)['\"]");
    private static LibtorchChoice applied;

    /** What this JVM decided (deciding and applying it on first use). */
    public static synchronized LibtorchChoice applied() {
        if (applied == null) {
            applied = decide(Machine.LIVE);
            applied.apply();
        }
        return applied;
    }

    /** Sets DJL's properties for an external libtorch; nothing for the bundled one or DJL's own setting. */
    private void apply() {
        if (source == Source.ATK_LIBTORCH || source == Source.PYTHON) {
            System.setProperty("PYTORCH_LIBRARY_PATH", folder.toString());
            System.setProperty("PYTORCH_VERSION", version.split("\\+")[0]);
            System.setProperty("PYTORCH_FLAVOR", flavor);
        }
    }

    /** What the decision reads of the machine; {@link #LIVE} is this one, tests give their own. */
    interface Machine {
        /** An environment variable, else the system property of the same meaning ({@code atk.libtorch}), or null. */
        String setting(String environment, String property);

        /** The {@code torch} package folder of {@code python3}, if it has one. */
        Optional<Path> pythonTorch();

        /** The libraries {@code lib}'s shared libraries need and cannot find (see {@link MissingLibraries}). */
        Set<String> missing(Path lib) throws IOException;

        /** The libtorch version ATK's JNI library was built for ({@code 2.7.1}). */
        String jniVersion();

        Machine LIVE = new Machine() {
            public String setting(String environment, String property) {
                String v = System.getenv(environment);
                return v != null && !v.isBlank() ? v : System.getProperty(property);
            }

            public Optional<Path> pythonTorch() {
                return PythonTorch.find();
            }

            public Set<String> missing(Path lib) throws IOException {
                return MissingLibraries.check(lib);
            }

            public String jniVersion() {
                return LibtorchChoice.jniVersion();
            }
        };
    }

    static LibtorchChoice decide(Machine machine) {
        String djl = machine.setting("PYTORCH_LIBRARY_PATH", "PYTORCH_LIBRARY_PATH");
        if (djl != null && !djl.isBlank()) {
            return new LibtorchChoice(Source.DJL_SETTING, Path.of(djl), machine.setting("PYTORCH_VERSION",
                    "PYTORCH_VERSION"), machine.setting("PYTORCH_FLAVOR", "PYTORCH_FLAVOR"), null, null);
        }
        String named = machine.setting("ATK_LIBTORCH", "atk.libtorch");
        if (named != null && !named.isBlank()) {
            if (named.strip().equalsIgnoreCase("none") || named.strip().equalsIgnoreCase("bundled")) {
                return bundled(null, null);
            }
            return candidate(Source.ATK_LIBTORCH, Path.of(named.strip()), machine);
        }
        return machine.pythonTorch().map(torch -> candidate(Source.PYTHON, torch, machine))
                .orElse(bundled(null, null));
    }

    private static LibtorchChoice bundled(String fallback, String passedOver) {
        return new LibtorchChoice(Source.BUNDLED, null, null, null, fallback, passedOver);
    }

    /** A named folder or a found Python torch: used if it can load, else the bundled libtorch and why. */
    private static LibtorchChoice candidate(Source source, Path given, Machine machine) {
        boolean named = source == Source.ATK_LIBTORCH;
        String what = (named ? "ATK_LIBTORCH=" : "the Python torch in ") + given;
        Function<String, LibtorchChoice> notUsed = why -> named
                ? bundled(what + " " + why + "; using the bundled CPU libtorch", null)
                : bundled(null, what + " " + why);
        Optional<Path> lib = libFolder(given);
        if (lib.isEmpty()) {
            return notUsed.apply("holds no libtorch (no libtorch.so in it or in its lib folder)");
        }
        Optional<String> version = version(lib.get());
        if (version.isEmpty()) {
            return notUsed.apply("does not say its version (no torch/version.py or build-version beside it)");
        }
        String expected = machine.jniVersion();
        if (!version.get().split("\\+")[0].equals(expected)) {
            return notUsed.apply("is libtorch " + version.get() + ", and ATK's JNI library needs " + expected);
        }
        String local = version.get().contains("+") ? version.get().substring(version.get().indexOf('+') + 1) : "";
        boolean cuda = local.startsWith("cu") || Files.exists(lib.get().resolve("libtorch_cuda.so"));
        if (!cuda) {
            // a CPU build: as good as the bundled one, so only a named one is worth using
            return named ? new LibtorchChoice(source, lib.get(), version.get(), "cpu", null, null)
                    : bundled(null, what + " is a CPU build; the bundled CPU libtorch is the same");
        }
        if (local.startsWith("cu11")) {
            return notUsed.apply("is a CUDA 11 build (" + version.get() + "); ATK's JNI library is built for CUDA 12");
        }
        Set<String> missing;
        try {
            missing = machine.missing(lib.get());
        } catch (IOException e) {
            return notUsed.apply("cannot be checked before loading (" + e.getMessage() + ")");
        }
        if (!missing.isEmpty()) {
            return notUsed.apply("cannot load: " + String.join(", ", new java.util.TreeSet<>(missing)) + " not found"
                    + hint(missing));
        }
        return new LibtorchChoice(source, lib.get(), version.get(), CUDA_FLAVOR, null, null);
    }

    /** What the missing libraries usually mean. */
    private static String hint(Set<String> missing) {
        boolean driver = missing.contains("libcuda.so.1");
        boolean wheels = missing.stream().anyMatch(m -> !m.equals("libcuda.so.1"));
        return driver && !wheels ? " (no NVIDIA driver on this machine)"
                : wheels ? " (the CUDA libraries pip installs with torch, the nvidia-* wheels, are missing"
                        + (driver ? "; and there is no NVIDIA driver" : "") + ")" : "";
    }

    /** {@code DIR/lib} or {@code DIR} itself, whichever holds libtorch. */
    static Optional<Path> libFolder(Path given) {
        for (Path p : new Path[] {given, given.resolve("lib")}) {
            if (Files.isRegularFile(p.resolve("libtorch.so")) || Files.isRegularFile(p.resolve("libtorch_cpu.so"))) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /**
     * The version a libtorch folder reports: a pip torch's {@code torch/version.py} ({@code __version__ =
     * '2.7.1+cu126'}), or a libtorch distribution's {@code build-version} file.
     */
    static Optional<String> version(Path lib) {
        Path parent = lib.getParent();
        if (parent == null) {
            return Optional.empty();
        }
        try {
            Path py = parent.resolve("version.py");
            if (Files.isRegularFile(py)) {
                Matcher m = VERSION.matcher(Files.readString(py, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            Path build = parent.resolve("build-version");
            if (Files.isRegularFile(build)) {
                return Optional.of(Files.readString(build, StandardCharsets.UTF_8).strip());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The libtorch version of DJL's pytorch-jni jar on the class path ({@code jni_version=2.7.1-0.35.1}). */
    static String jniVersion() {
        try (InputStream in = LibtorchChoice.class.getClassLoader().getResourceAsStream("jnilib/pytorch.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("jni_version", "");
                return v.contains("-") ? v.substring(0, v.indexOf('-')) : v;
            }
        } catch (IOException e) {
            // fall through: no JNI jar to match against
        }
        return "unknown";
    }

    /** How {@code atk doctor} and the engine's first note describe it. */
    public String describe() {
        return source == Source.BUNDLED ? "the bundled CPU libtorch"
                : "libtorch " + (version != null ? version : "(version not given)") + " from " + source.text() + " ("
                + folder + (flavor != null ? ", flavor " + flavor.toLowerCase(Locale.ROOT) : "") + ")";
    }

    /** Finds a Python torch without importing it (importing torch takes seconds). */
    static final class PythonTorch {
        private PythonTorch() {}

        static Optional<Path> find() {
            try {
                Process p = new ProcessBuilder("python3", "-c", "import importlib.util as u; s = u.find_spec('torch'); "
                        + "print(s.submodule_search_locations[0] if s and s.submodule_search_locations else '')")
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty() || out.contains("\n")) {
                    p.destroyForcibly();
                    return Optional.empty();
                }
                return Optional.of(Path.of(out));
            } catch (IOException e) {
                return Optional.empty(); // no python3 on the PATH
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
