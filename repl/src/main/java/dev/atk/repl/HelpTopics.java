package dev.atk.repl;

import dev.atk.setting.Setting;
import dev.atk.cli.Listings;
import dev.atk.spi.Catalog;
import java.util.Locale;
import java.util.Optional;

/** The text of {@code :help} and its topics. */
public final class HelpTopics {
    private HelpTopics() {}

    static final String OVERVIEW = """
            Type ATK statements; they run at once and the session remembers the model, data, settings,
            bindings and results between them. A statement continues on the next line (...>) while a bracket
            is open or the line ends with ',' or an operator.

              model fashion_cnn
              data fashion split test sample 16
              run slam(q=0.5) at eps = 0.1
              report flips

            Commands:
            %s
            Help topics: :help statements | attacks | functions | settings | report | repl | <attack or function name>
            Keys: Tab completes, Up/Down walk the history, Ctrl-C cancels a running statement
            (or clears the line), Ctrl-D leaves.""";

    static final String STATEMENTS = """
            Statements (end with ';' or a newline):
              model NAME [as ID]            select a bundled model, models/NAME.json, or model "config.json"
              data NAME [at "dir"] [split S] [sample N] [seed K] [where EXPR] [excluding sample N seed K]
                                            select evaluation data: fashion, coco2014, voc2007, nuswide
              set KEY = EXPR                a setting for what follows (:help settings)
              let ID = EXPR                 bind a value
              run ATTACKS [at eps = EXPR] [into ID]
                                            run attacks at one budget
              for ID in EXPR [, ID in EXPR]* run ATTACKS [into ID]
                                            run every attack for every combination of loop values
              for ID in EXPR { STATEMENTS } a loop over a block
              report EXPR [as %s] [to "path"]
                                            render results (:help report)
              print EXPR                    print a value

            Expressions: numbers (0.5, 4e-3, 8/255), strings, true/false, lists [a, b], ranges a..b [step s],
            calls f(x, q=0.5), members p.eps_max, + - * /, comparisons, and/or/not.
            Built-ins (:help functions): %s.""";

    static final String REPORT = """
            report EXPR [as %s] [to "path"]
              report flips             the session's results: rows = attacks, columns = budgets,
                                       cells mean ± std of flipped labels, a Total column, and the best
                                       cell per column marked when a paired t-test beats the runner-up (p < 0.05)
              report NAME              results collected with 'run ... into NAME'
              report confidences       mean confidence toward each label's target; 'as chart' draws the
                                       before/after histograms (Figs. 10-11)
            %s
              'as images' shows the first 'report_images' (4) images (set report_images = N).""";

    static final String REPL = """
            REPL:
              Enter runs the statement; an unfinished one continues on the next line (...>).
              Tab completes keywords, models, attacks, parameter names, settings and :commands.
              History is kept in ~/.atk_history (or $ATK_HISTORY); Up/Down and Ctrl-R search it.
              Ctrl-U discards what is typed before the cursor, every line of a continued statement.
              Ctrl-C cancels a running statement (finished records stay in the results log) and returns
              to the prompt; at the prompt it clears the line. Ctrl-D or :quit leaves.
              :explain shows the plan of the last statement; :explain STATEMENT shows another's.""";

    /** The text for {@code :help [topic]}, or empty when the topic is unknown. */
    static Optional<String> topic(String topic, Catalog catalog) {
        String t = topic == null ? "" : topic.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "":
                return Optional.of(String.format(OVERVIEW, commands()));
            case "statements":
            case "statement":
                return Optional.of(String.format(STATEMENTS, FunctionHelp.formatWords(), FunctionHelp.names()));
            case "attacks":
            case "attack":
                return Optional.of(catalog == null ? "no catalog" : Listings.attacks(catalog).stripTrailing()
                        + "\n\nAttacks compose: mifgsm(loss=slam(q=0.5), targets=class(gamma=0.05)).\n"
                        + ":help NAME shows one attack's parameters.");
            case "functions":
            case "function":
            case "builtins":
                return Optional.of(FunctionHelp.all());
            case "settings":
            case "set":
                return Optional.of(settings());
            case "report":
                return Optional.of(String.format(REPORT, FunctionHelp.formatWords(), FunctionHelp.formats()));
            case "repl":
            case "keys":
                return Optional.of(REPL);
            case "models":
            case "model":
                return Optional.of(catalog == null ? "no catalog" : Listings.models(catalog).stripTrailing());
            default:
                Optional<String> function = FunctionHelp.one(topic.trim());
                if (function.isPresent() || catalog == null) {
                    return function;
                }
                return Listings.describe(catalog, topic.trim()).map(String::stripTrailing);
        }
    }

    /** Every setting from its registration: key, default and doc (nothing here can drift from the checker). */
    public static String settings() {
        StringBuilder b = new StringBuilder("Settings (set KEY = VALUE; they apply to what follows):\n");
        int width = java.util.Arrays.stream(Setting.values()).mapToInt(s -> s.key().length()).max().orElse(0);
        for (Setting s : Setting.values()) {
            String values = s.choices().isEmpty() ? "" : " (" + String.join(", ", s.choices()) + ")";
            b.append("  ").append(s.key()).append(" ".repeat(width - s.key().length() + 2))
                    .append("default ").append(s.defaultText()).append(values).append(": ").append(s.help())
                    .append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String commands() {
        StringBuilder b = new StringBuilder();
        for (ReplCommands.Info c : ReplCommands.ALL) {
            String head = c.name() + (c.args().isEmpty() ? "" : " " + c.args());
            b.append("  ").append(head).append(" ".repeat(Math.max(1, 22 - head.length()))).append(c.summary())
                    .append('\n');
        }
        return b.toString();
    }
}
