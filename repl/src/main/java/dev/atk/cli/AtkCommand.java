package dev.atk.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;

/** The top-level {@code atk} command; its subcommands do the work. */
@Command(name = "atk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Budgeted multi-label adversarial attacks: run and explore .atk experiment scripts.",
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "With no command, atk starts the REPL; 'atk FILE.atk' is 'atk run FILE.atk'.",
            "Exit codes: 0 ok, 1 runtime failure, 2 usage error, 65 script error, 130 cancelled."},
        subcommands = {RunCommand.class, CheckCommand.class, ReplCommand.class, ModelsCommand.class,
            AttacksCommand.class, DoctorCommand.class})
final class AtkCommand {
    final PrintStream out;
    final PrintStream err;

    AtkCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }
}
