package dev.atk.cli.progress;

import java.io.PrintStream;
import java.util.Locale;
import org.jline.terminal.Terminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Chooses a renderer: a bar when the stream is the process's stderr and that is a terminal, plain lines otherwise.
 * {@code ATK_PROGRESS=bar|plain|off} overrides the choice.
 */
public final class Progress {
    private Progress() {}

    /** For the command line: {@code err} is where progress goes (normally System.err). */
    public static ProgressRenderer forStream(PrintStream err) {
        String mode = mode();
        boolean systemErr = err == System.err;
        if (mode.equals("off")) {
            return ProgressRenderer.silent(err);
        }
        if (mode.equals("plain") || (mode.isEmpty() && !(systemErr && stderrIsTerminal()))) {
            return new PlainProgress(err);
        }
        int width = stderrWidth();
        return new BarProgress(err, () -> width);
    }

    /** For the REPL, which already has a terminal: a bar unless the terminal is dumb. */
    public static ProgressRenderer forTerminal(Terminal terminal, PrintStream err) {
        String mode = mode();
        if (mode.equals("off")) {
            return ProgressRenderer.silent(err);
        }
        boolean dumb = Terminal.TYPE_DUMB.equals(terminal.getType())
                || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
        if (mode.equals("plain") || (mode.isEmpty() && dumb)) {
            return new PlainProgress(err);
        }
        return new BarProgress(err, () -> terminal.getWidth() > 0 ? terminal.getWidth() : 80);
    }

    private static String mode() {
        String m = System.getenv("ATK_PROGRESS");
        return m == null ? "" : m.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether file descriptor 2 is a terminal, asked through JLine's native or exec provider. */
    public static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        for (String name : new String[] {"jni", "exec"}) {
            try {
                return TerminalProvider.load(name).isSystemStream(SystemStream.Error);
            } catch (Throwable e) {
                // try the next provider
            }
        }
        return System.console() != null;
    }

    private static int stderrWidth() {
        for (String name : new String[] {"jni", "exec"}) {
            try {
                int w = TerminalProvider.load(name).systemStreamWidth(SystemStream.Error);
                if (w > 0) {
                    return w;
                }
            } catch (Throwable e) {
                // try the next provider
            }
        }
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
