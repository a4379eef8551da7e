package dev.atk.cli;

import dev.atk.spi.AtkRuntimeException;
import dev.atk.spi.CancelledException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code atk} launcher's entry point. {@link #run(String[], PrintStream, PrintStream)} is the testable form:
 * it never exits the JVM and never lets an exception escape.
 */
public final class Main {
    private static final Set<String> COMMANDS = Set.of("run", "check", "repl", "models", "attacks", "help");

    private Main() {}

    public static void main(String[] args) {
        offline();
        int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** DJL must never touch the network: set before any engine class loads. */
    static void offline() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");   // no "No SLF4J providers" banner
        }
    }

    /** Parses and runs one command line; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        offline();
        try {
            CommandLine cli = commandLine(out, err);
            return cli.execute(normalize(args));
        } catch (Throwable t) {
            return internalError(t, err);
        }
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        AtkCommand root = new AtkCommand(out, err);
        CommandLine cli = new CommandLine(root);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failure(e, err));
        return cli;
    }

    /** No arguments means the REPL; a script file in command position means {@code run FILE}. */
    static String[] normalize(String[] args) {
        if (args == null || args.length == 0) {
            return new String[] {"repl"};
        }
        String first = args[0];
        if (!first.startsWith("-") && !COMMANDS.contains(first)
                && (first.endsWith(".atk") || Files.isRegularFile(Path.of(first)))) {
            List<String> withRun = new ArrayList<>(List.of("run"));
            withRun.addAll(List.of(args));
            return withRun.toArray(String[]::new);
        }
        return args;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        if (e instanceof UnmatchedArgumentException u && cli.getParent() == null && !u.getUnmatched().isEmpty()
                && u.getUnmatched().get(0).equals(args.length > 0 ? args[0] : null)) {
            err.println("atk: unknown command or file '" + args[0] + "'");
        } else {
            err.println("atk: " + e.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(e, err);
        String name = cli.getCommandSpec().qualifiedName();
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, PrintStream err) {
        if (e instanceof UsageError) {
            err.println("atk: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof CancelledException) {
            err.println("cancelled");
            return ExitCodes.CANCELLED;
        }
        if (e instanceof AtkRuntimeException) {
            err.println("error: " + e.getMessage());
            debugTrace(e, err);
            return ExitCodes.RUNTIME_FAILURE;
        }
        return internalError(e, err);
    }

    static int internalError(Throwable t, PrintStream err) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage().lines().findFirst().orElse("");
        err.println("internal error: " + message
                + (debug() ? "" : " (set ATK_DEBUG=1 for the stack trace)"));
        debugTrace(t, err);
        err.flush();
        return ExitCodes.RUNTIME_FAILURE;
    }

    private static void debugTrace(Throwable t, PrintStream err) {
        if (debug()) {
            t.printStackTrace(err);
        }
    }

    static boolean debug() {
        return "1".equals(System.getenv("ATK_DEBUG")) || Boolean.getBoolean("atk.debug");
    }
}
