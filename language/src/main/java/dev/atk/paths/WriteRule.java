package dev.atk.paths;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule for files a script names: a script writes only inside its results folder, and outside it only into the
 * folders the user allowed when starting ATK ({@code --allow-write DIR}; {@link #allowing}). A script is code someone
 * else may have written: without the rule, {@code report flips to "../../.bashrc"} would overwrite a file the user
 * never meant to give it.
 *
 * <ul>
 *   <li>A relative name resolves against the results folder ({@code report flips to "flips.md"} lands in
 *       {@code --out}); {@code ..} may not climb out of it.</li>
 *   <li>An absolute name, or one that climbs out, must fall inside an allowed folder.</li>
 *   <li>{@code set out = "DIR"} resolves against the script's folder and must stay inside it (or an allowed
 *       folder).</li>
 * </ul>
 * The file system side (never through a symbolic link, never over something that is not a regular file, folders
 * created only inside the root) is enforced where files are written.
 *
 * @param resultsDir the results folder, absolute
 * @param allowed further folders the user allowed, absolute
 */
public record WriteRule(Path resultsDir, List<Path> allowed) {

    public WriteRule {
        resultsDir = resultsDir.toAbsolutePath().normalize();
        allowed = allowed.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** Only the results folder. */
    public static WriteRule under(Path resultsDir) {
        return new WriteRule(resultsDir, List.of());
    }

    /** The same rule with {@code folder} allowed too. */
    public WriteRule allowing(Path folder) {
        List<Path> more = new ArrayList<>(allowed);
        more.add(folder);
        return new WriteRule(resultsDir, more);
    }

    /** The same allowances with another results folder (after {@code set out}). */
    public WriteRule withResultsDir(Path dir) {
        return new WriteRule(dir, allowed);
    }

    /** Where {@code name} lands: against the results folder when relative. Check {@link #problem} first. */
    public Path resolve(String name) {
        return resultsDir.resolve(name).normalize();
    }

    /** The folder a path inside the rule falls under: the results folder or an allowed one; empty outside all. */
    public Optional<Path> rootOf(Path file) {
        Path f = file.toAbsolutePath().normalize();
        if (f.startsWith(resultsDir)) {
            return Optional.of(resultsDir);
        }
        return allowed.stream().filter(f::startsWith).findFirst();
    }

    /** Why a script may not write {@code name}, if it may not. */
    public Optional<String> problem(String name) {
        Path file;
        try {
            file = resolve(name);
        } catch (InvalidPathException e) {
            return Optional.of("not a valid path: " + e.getReason());
        }
        if (rootOf(file).isEmpty()) {
            return Optional.of("'" + name + "' would be written outside the results folder " + resultsDir);
        }
        if (file.equals(resultsDir) || allowed.contains(file)) {
            return Optional.of("'" + name + "' is a folder, not a file name");
        }
        return Optional.empty();
    }

    /** Why a script may not make {@code dir} (resolved against {@code scriptDir}) its results folder, if so. */
    public Optional<String> outProblem(String dir, Path scriptDir) {
        Path folder;
        try {
            folder = scriptDir.toAbsolutePath().normalize().resolve(dir).normalize();
        } catch (InvalidPathException e) {
            return Optional.of("not a valid path: " + e.getReason());
        }
        if (folder.startsWith(scriptDir.toAbsolutePath().normalize()) || allowed.stream().anyMatch(folder::startsWith)) {
            return Optional.empty();
        }
        return Optional.of("set out = \"" + dir + "\" would put results outside the script's folder "
                + scriptDir.toAbsolutePath().normalize());
    }

    /** How to fix a refused name: the hint every message of the rule shares. */
    public static String hint() {
        return "write a name inside the results folder (e.g. \"flips.md\" or \"charts/flips.png\"), or start ATK with "
                + "--allow-write DIR to let scripts write into DIR";
    }
}
