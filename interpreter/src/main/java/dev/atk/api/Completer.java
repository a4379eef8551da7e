package dev.atk.api;

import dev.atk.check.Scope;
import dev.atk.setting.Setting;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Context-aware completion: models after {@code model}, data sets after {@code data}, settings after {@code set},
 * attacks after {@code run}, parameter names inside an attack's parentheses, else keywords, names and functions.
 */
final class Completer {
    static final List<String> STATEMENT_KEYWORDS = List.of("model", "data", "set", "let", "for", "run", "report", "print");
    static final List<String> OTHER_KEYWORDS = List.of("in", "into", "as", "at", "to", "split", "sample", "seed", "where",
            "step", "true", "false", "and", "or", "not");
    static final List<String> FUNCTIONS = List.of("profile", "profile_of", "linspace", "logspace", "mean", "std", "len",
            "class_subset", "class_objective");

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
        Optional<ComponentInfo> openCall = openCall(head);
        if (openCall.isPresent() && !head.stripTrailing().endsWith("=")) {
            for (ParamInfo p : openCall.get().params()) {
                all.add(new Completion(p.name() + "=", "parameter", p.help() + " (default " + p.defaultText() + ")"));
            }
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
            FUNCTIONS.forEach(f -> all.add(new Completion(f, "function", "")));
            scope.names().forEach(n -> all.add(new Completion(n, "variable", "")));
            attacks(all);
            catalog.components().stream().filter(c -> c.kind() != ComponentKind.ATTACK)
                    .forEach(c -> all.add(new Completion(c.name(), c.kind().noun(), c.signature())));
        }
        return all.stream().filter(c -> c.value().startsWith(word)).distinct().toList();
    }

    private void attacks(List<Completion> out) {
        catalog.components().stream().filter(c -> c.kind() == ComponentKind.ATTACK)
                .forEach(c -> out.add(new Completion(c.name(), "attack", c.signature() + " — " + c.summary())));
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

    /** The component whose argument list the cursor is in, if any: {@code slam(q=0.5, |}. */
    private Optional<ComponentInfo> openCall(String head) {
        int depth = 0;
        for (int i = head.length() - 1; i >= 0; i--) {
            char c = head.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    String name = previousWord(head.substring(0, i));
                    for (ComponentKind kind : ComponentKind.values()) {
                        Optional<ComponentInfo> info = catalog.find(kind, name);
                        if (info.isPresent()) {
                            return info;
                        }
                    }
                    return Optional.empty();
                }
                depth--;
            }
        }
        return Optional.empty();
    }
}
