package dev.atk.api;

import dev.atk.builtin.Builtin;
import dev.atk.builtin.Builtins;
import dev.atk.builtin.Param;
import dev.atk.builtin.Signature;
import dev.atk.check.Scope;
import dev.atk.setting.Setting;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.syntax.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Context-aware completion: models after {@code model}, data sets after {@code data}, settings after {@code set},
 * formats after {@code report … as}, attacks after {@code run}, parameter names inside a component's or built-in's
 * parentheses, else keywords, names and functions (every built-in, with its signature and doc).
 */
final class Completer {
    static final List<String> STATEMENT_KEYWORDS = List.of("model", "data", "set", "let", "for", "run", "report", "print");
    static final List<String> OTHER_KEYWORDS = List.of("in", "into", "as", "at", "to", "split", "sample", "seed", "where",
            "step", "true", "false", "and", "or", "not");

    private final Catalog catalog;
    private final Scope scope;

    Completer(Catalog catalog, Scope scope) {
        this.catalog = catalog;
        this.scope = scope;
    }

    List<Completion> complete(String before) {
        int start = before.length();
        while (start > 0 && (Character.isLetterOrDigit(before.charAt(start - 1)) || before.charAt(start - 1) == '_')) {
            start--;
        }
        String word = before.substring(start);
        String head = before.substring(0, start);
        String previous = previousWord(head);
        List<Completion> all = new ArrayList<>();
        String callee = openCallee(head);
        Optional<ComponentInfo> openCall = component(callee);
        Optional<Builtin> openBuiltin = Builtins.find(callee);
        boolean naming = !head.stripTrailing().endsWith("=");
        if (openCall.isPresent() && naming) {
            for (ParamInfo p : openCall.get().params()) {
                all.add(new Completion(p.name() + "=", "parameter", p.help()
                        + (p.required() ? " (required)" : " (default " + p.defaultText() + ")")));
            }
        } else if (openBuiltin.isPresent() && naming && openBuiltin.get().signature().binding() == Signature.Binding.NAMED) {
            parameters(openBuiltin.get(), all);
        } else if (previous.equals("as") && inReport(head)) {
            for (OutputFormat f : OutputFormat.values()) {
                all.add(new Completion(f.keyword(), "format", f.doc()));
            }
        } else if (previous.equals("report")) {
            for (dev.atk.metric.Metric m : dev.atk.metric.Metric.values()) {
                all.add(new Completion(m.keyword(), "metric", m.higherIsBetter() ? "higher is better"
                        : "lower is better"));
            }
            all.add(new Completion(dev.atk.metric.CustomMetric.WORD + "(", "metric",
                    "metric(f): your function of each record, tabulated like a built-in metric"));
            scope.names().forEach(n -> all.add(new Completion(n, "variable", "a value to chart")));
        } else if (previous.equals("model")) {
            catalog.modelNames().forEach(m -> all.add(new Completion(m, "model", "bundled model")));
        } else if (previous.equals("data")) {
            catalog.datasetNames().forEach(d -> all.add(new Completion(d, "data", "splits: " + String.join(", ", catalog.splits(d)))));
        } else if (previous.equals("set")) {
            for (Setting s : Setting.values()) {
                all.add(new Completion(s.key(), "setting", s.help() + " (default " + s.defaultText() + ")"));
            }
        } else if (previous.equals("split")) {
            catalog.datasetNames().forEach(d -> catalog.splits(d).forEach(s -> all.add(new Completion(s, "split", d))));
        } else if (previous.equals("run") || head.stripTrailing().endsWith(",") && head.contains("run")) {
            attacks(all);
        } else if (head.isBlank()) {
            STATEMENT_KEYWORDS.forEach(k -> all.add(new Completion(k, "keyword", "statement")));
        } else {
            OTHER_KEYWORDS.forEach(k -> all.add(new Completion(k, "keyword", "")));
            STATEMENT_KEYWORDS.forEach(k -> all.add(new Completion(k, "keyword", "statement")));
            Builtins.all().forEach(b -> all.add(new Completion(b.name(), "function",
                    b.signature().text() + " — " + b.doc())));
            scope.names().forEach(n -> all.add(new Completion(n, "variable", "")));
            attacks(all);
            catalog.components().stream().filter(c -> c.kind() != ComponentKind.ATTACK)
                    .forEach(c -> all.add(new Completion(c.name(), c.kind().noun(), c.signature())));
            // a built-in taking positional arguments: values first, but its parameter names too
            openBuiltin.filter(b -> naming).ifPresent(b -> parameters(b, all));
        }
        return all.stream().filter(c -> c.value().startsWith(word)).distinct().toList();
    }

    private static void parameters(Builtin b, List<Completion> out) {
        for (Param p : b.signature().params()) {
            out.add(new Completion(p.name() + "=", "parameter", b.signature().text()));
        }
    }

    private void attacks(List<Completion> out) {
        catalog.components().stream().filter(c -> c.kind() == ComponentKind.ATTACK)
                .forEach(c -> out.add(new Completion(c.name(), "attack", c.signature() + " — " + c.summary())));
    }

    /** Whether the statement the cursor is in is a {@code report} ({@code model x as y} also has an {@code as}). */
    private static boolean inReport(String head) {
        String statement = head.substring(head.lastIndexOf(';') + 1).stripLeading();
        return statement.startsWith("report ");
    }

    private static String previousWord(String head) {
        String t = head.stripTrailing();
        int end = t.length();
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(t.charAt(start - 1)) || t.charAt(start - 1) == '_')) {
            start--;
        }
        return t.substring(start, end);
    }

    /** The name before the argument list the cursor is in ({@code slam} in {@code slam(q=0.5, |}), else "". */
    private static String openCallee(String head) {
        int depth = 0;
        for (int i = head.length() - 1; i >= 0; i--) {
            char c = head.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return previousWord(head.substring(0, i));
                }
                depth--;
            }
        }
        return "";
    }

    private Optional<ComponentInfo> component(String name) {
        for (ComponentKind kind : ComponentKind.values()) {
            Optional<ComponentInfo> info = catalog.find(kind, name);
            if (info.isPresent()) {
                return info;
            }
        }
        return Optional.empty();
    }
}
