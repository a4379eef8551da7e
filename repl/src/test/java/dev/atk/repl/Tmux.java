package dev.atk.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Drives a program in a detached tmux pane on a private server socket: type keys, read the screen, wait for text.
 * The pane stays after the program exits so its last screen and exit status can be read.
 */
final class Tmux implements AutoCloseable {
    private final String socket = "atk-test-" + UUID.randomUUID().toString().substring(0, 8);
    private final String target = "repl";
    private Path socketPath;   // set once the server runs; the file is removed on close

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Starts {@code script} (a bash file) in a 120x40 pane. */
    Tmux(Path script) throws IOException, InterruptedException {
        tmux("new-session", "-d", "-s", target, "-x", "120", "-y", "40", "bash " + script);
        String path = null;
        try {
            tmux("set-option", "-t", target, "remain-on-exit", "on");
            path = tmux("display-message", "-p", "-t", target, "#{socket_path}").strip();
        } catch (IOException e) {
            close();
            throw e;
        }
        socketPath = path == null || path.isEmpty() ? null : Path.of(path);
    }

    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", target, "-l", text);
    }

    /** Named keys: Enter, Tab, C-c, C-u, C-d. */
    void keys(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", target));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    void line(String text) throws IOException, InterruptedException {
        type(text);
        keys("Enter");
    }

    /** The screen plus scrollback, wrapped lines joined, trailing blanks dropped. */
    String screen() throws IOException, InterruptedException {
        String raw = tmux("capture-pane", "-p", "-J", "-S", "-500", "-t", target);
        return raw.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
    }

    boolean dead() throws IOException, InterruptedException {
        return tmux("display-message", "-p", "-t", target, "#{pane_dead}").strip().equals("1");
    }

    /** The exit status the launcher script printed after the program ended. */
    int exitStatus() throws IOException, InterruptedException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[exit status (\\d+)]").matcher(screen());
        int status = -1;
        while (m.find()) {
            status = Integer.parseInt(m.group(1));
        }
        return status;
    }

    /** Waits until the screen satisfies {@code ready}; fails with the screen when it does not in time. */
    String await(String what, Duration timeout, Predicate<String> ready) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!ready.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; screen:\n" + screen);
            }
            if (dead()) {
                throw new AssertionError("the program exited (status " + exitStatus() + ") while waiting for "
                        + what + "; screen:\n" + screen());
            }
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    void awaitExit(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!dead()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the program did not exit; screen:\n" + screen());
            }
            Thread.sleep(100);
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = p.getInputStream().readAllBytes();
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: "
                    + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
            if (socketPath != null && socketPath.getFileName().toString().equals(socket)) {
                Files.deleteIfExists(socketPath);
            }
        } catch (IOException | InterruptedException e) {
            // the server goes away with its last session anyway
        }
    }

    /** A bash script that starts the ATK command line with this JVM's class path, in {@code workDir}. */
    static Path launcher(Path dir, Path workDir, Path history, String... args) throws IOException {
        String classPath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        StringBuilder props = new StringBuilder();
        for (String key : new String[] {"DJL_CACHE_DIR", "jna.tmpdir"}) {
            String value = System.getProperty(key);
            if (value != null) {
                props.append(" '-D").append(key).append('=').append(value).append('\'');
            }
        }
        String script = "#!/bin/bash\n"
                + "cd '" + workDir + "' || exit 99\n"
                + "export ATK_HISTORY='" + history + "' OPT_OUT_TRACKING=true TERM=xterm-256color\n"
                + "unset ATK_PROGRESS\n"
                + "'" + java + "' -Dai.djl.offline=true -DOPT_OUT_TRACKING=true -Datk.home='" + workDir + "'"
                + props + " -cp '" + classPath + "' dev.atk.cli.Main " + String.join(" ", args) + "\n"
                + "echo \"[exit status $?]\"\n";
        Path file = dir.resolve("atk-under-test.sh");
        Files.writeString(file, script);
        return file;
    }
}
