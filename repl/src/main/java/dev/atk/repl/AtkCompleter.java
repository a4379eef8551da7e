package dev.atk.repl;

import dev.atk.api.Completion;
import dev.atk.api.Session;
import dev.atk.builtin.Builtins;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jline.builtins.Completers.FileNameCompleter;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion. Statements complete from {@link Session#complete} (keywords, models, attacks, parameter names,
 * settings); {@code :commands}, help topics and {@code :load} paths complete here.
 */
final class AtkCompleter implements Completer {
    /** Kinds a user follows with '(' rather than a space, so their completion adds no space. */
    private static final Set<String> CALLABLE = Set.of("attack", "function", "loss", "target selection");
    private final Session session;
    private final FileNameCompleter files = new FileNameCompleter() {
        @Override
        protected Path getUserDir() {
            return Path.of("").toAbsolutePath();
        }
    };

    AtkCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line.line().substring(0, Math.min(line.cursor(), line.line().length()));
        if (AtkLineParser.isCommand(before)) {
            completeCommand(reader, line, before.stripLeading(), candidates);
            return;
        }
        if (before.isBlank()) {
            for (ReplCommands.Info c : ReplCommands.ALL) {
                candidates.add(new Candidate(c.name(), c.name(), "command", c.summary(), null, null, true));
            }
        }
        List<Completion> found;
        try {
            found = session.complete(line.line(), line.cursor());
        } catch (RuntimeException e) {
            return;   // completion must never break the prompt
        }
        Set<String> seen = new HashSet<>();
        for (Completion c : found) {
            if (c.value() == null || c.value().isEmpty() || !seen.add(c.value())) {
                continue;
            }
            String value = c.value();
            boolean complete = !value.endsWith("(") && !value.endsWith("=") && !CALLABLE.contains(c.kind());
            candidates.add(new Candidate(value, value, c.kind(), blankToNull(c.description()), null, null,
                    complete));
        }
    }

    private void completeCommand(LineReader reader, ParsedLine line, String command, List<Candidate> candidates) {
        int space = command.indexOf(' ');
        if (space < 0) {
            for (ReplCommands.Info c : ReplCommands.ALL) {
                candidates.add(new Candidate(c.name(), c.name(), "command", c.summary(), null, null, true));
            }
            return;
        }
        String name = command.substring(0, space);
        if (name.equals(":help")) {
            for (String t : ReplCommands.TOPICS) {
                candidates.add(new Candidate(t, t, "topic", null, null, null, true));
            }
            Builtins.all().forEach(b -> candidates.add(new Candidate(b.name(), b.name(), "function", b.doc(), null,
                    null, true)));
            try {
                session.catalog().components()
                        .forEach(c -> candidates.add(new Candidate(c.name(), c.name(), c.kind().noun(),
                                blankToNull(c.summary()), null, null, true)));
            } catch (RuntimeException e) {
                // topics only
            }
        } else if (name.equals(":load")) {
            files.complete(reader, line, candidates);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
