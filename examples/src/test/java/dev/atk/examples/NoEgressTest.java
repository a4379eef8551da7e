package dev.atk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No process of ours opens a connection anywhere but loopback (DESIGN.md; DJL phones home unless told not to). A whole
 * {@code atk run}, with libtorch loading, a profile, attacks, a report and a chart, runs under {@code strace -f}; every
 * {@code connect}, {@code sendto} and {@code sendmsg} that names an address is read back, and only Unix sockets,
 * netlink and loopback addresses may appear. A control run that does connect out proves the reading finds one.
 */
class NoEgressTest {
    /** A socket address as strace prints it, e.g. {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}. */
    private static final Pattern ADDRESS = Pattern.compile("\\{sa_family=(AF_[A-Z0-9]+)([^}]*)}");
    private static final Pattern IPV4 = Pattern.compile("inet_addr\\(\"([0-9.]+)\"\\)");
    private static final Pattern IPV6 = Pattern.compile("inet_pton\\(AF_INET6, \"([0-9a-fA-F:.]+)\"");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsStrace() {
        assumeTrue(onPath("strace"), "strace is not installed (.ci/run installs it)");
    }

    @Test
    void aWholeRunConnectsNowhereButLoopback() throws Exception {
        Path script = Files.writeString(dir.resolve("egress.atk"), """
                model fashion_cnn
                data fashion split test sample 2 seed 11
                set profile_samples = 2
                run bce(), slam(q=0.5) at eps = 0.01
                report flips
                report profile() as chart to "profile.svg"
                """);
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dai.djl.offline=true", "-DOPT_OUT_TRACKING=true", "-Datk.home=" + System.getProperty("atk.home"),
                "-cp", System.getProperty("java.class.path"), "dev.atk.cli.Main",
                "run", script.toString(), "--out", dir.resolve("out").toString()));
        Traced run = traced(java);
        assertEquals(0, run.exit, run.output);
        // (a glibc name lookup through nscd's Unix socket is typically all it shows; the control test proves the
        // trace would show more)
        assertEquals(List.of(), run.outside, "connections outside this machine");
    }

    /** The control: a connection out is found (the test can fail). 192.0.2.1 is TEST-NET-1, reachable by nobody. */
    @Test
    void theTraceFindsAConnectionOut() throws Exception {
        Traced control = traced(List.of("bash", "-c", "timeout 2 bash -c 'exec 3<>/dev/tcp/192.0.2.1/80' || true"));
        assertFalse(control.outside.isEmpty(), "the control's connect was not found:\n" + control.output);
        assertTrue(control.outside.get(0).contains("192.0.2.1"), control.outside.toString());
    }

    private record Traced(int exit, String output, List<String> outside) {}

    private Traced traced(List<String> command) throws IOException, InterruptedException {
        Path trace = dir.resolve("trace-" + System.nanoTime() + ".txt");
        List<String> full = new ArrayList<>(List.of("strace", "-f", "-qq", "-s", "0",
                "-e", "trace=connect,sendto,sendmsg", "-o", trace.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("OPT_OUT_TRACKING", "true");
        pb.environment().put("ATK_PROGRESS", "off");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the traced run did not end");
        List<String> outside = new ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            Matcher m = ADDRESS.matcher(line);
            while (m.find()) {
                if (!local(m.group(1), m.group(2))) {
                    outside.add(line.strip());
                }
            }
        }
        return new Traced(p.exitValue(), output, outside);
    }

    /** Unix sockets and netlink never leave the machine; an IP address must be loopback. */
    static boolean local(String family, String rest) {
        switch (family) {
            case "AF_UNIX", "AF_LOCAL", "AF_NETLINK", "AF_UNSPEC" -> {
                return true;
            }
            case "AF_INET" -> {
                Matcher m = IPV4.matcher(rest);
                return m.find() && m.group(1).startsWith("127.");
            }
            case "AF_INET6" -> {
                Matcher m = IPV6.matcher(rest);
                return m.find() && (m.group(1).equals("::1") || m.group(1).startsWith("::ffff:127."));
            }
            default -> {
                return false;
            }
        }
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
