package dev.atk.repl;

import java.util.List;

/** The REPL's own {@code :commands}, for help and completion. */
final class ReplCommands {
    record Info(String name, String args, String summary) {}

    static final List<Info> ALL = List.of(
            new Info(":help", "[topic]", "help; topics: statements, attacks, functions, settings, report, repl, or a name"),
            new Info(":explain", "[statement]", "show the plan of the last statement, or of the one given"),
            new Info(":models", "", "list models and data sets"),
            new Info(":attacks", "", "list attacks with their parameters"),
            new Info(":load", "FILE.atk", "run a script file in this session"),
            new Info(":reset", "", "forget the model, data, settings, bindings and results"),
            new Info(":quit", "", "leave (also Ctrl-D)"));

    static final List<String> TOPICS = List.of("statements", "attacks", "functions", "settings", "report", "repl");

    private ReplCommands() {}
}
