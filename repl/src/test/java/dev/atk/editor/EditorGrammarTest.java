package dev.atk.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atk.api.Session;
import dev.atk.builtin.Builtins;
import dev.atk.grammar.ATKLexer;
import dev.atk.metric.Metric;
import dev.atk.spi.ComponentInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The TextMate grammar in {@code editors/vscode} against ATK itself: its keywords are exactly the lexer's, its calls
 * exactly the registered attacks, parts and built-ins, its metrics exactly the metric registry; every pattern
 * compiles; and on every example script each keyword token the real lexer finds is highlighted as a keyword.
 */
class EditorGrammarTest {
    static final Path EDITORS = Path.of("..", "editors", "vscode");
    static final Pattern WORDS = Pattern.compile("\\(\\?:([a-z0-9_|]+)\\)");

    private static JsonNode grammar() throws Exception {
        return new ObjectMapper().readTree(Files.readString(EDITORS.resolve("syntaxes/atk.tmLanguage.json")));
    }

    private static JsonNode pattern(JsonNode grammar, String group, String name) {
        for (JsonNode p : grammar.path("repository").path(group).path("patterns")) {
            if (p.path("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no pattern " + name + " in " + group);
    }

    private static Set<String> words(JsonNode pattern) {
        Matcher m = WORDS.matcher(pattern.path("match").asText());
        assertTrue(m.find(), "no word list in " + pattern);
        return new TreeSet<>(List.of(m.group(1).split("\\|")));
    }

    /** The lexer's reserved words, by their literal names ('model', 'and', ...). */
    private static Set<String> lexerWords() {
        Set<String> out = new TreeSet<>();
        for (int t = 1; t <= ATKLexer.VOCABULARY.getMaxTokenType(); t++) {
            String literal = ATKLexer.VOCABULARY.getLiteralName(t);
            if (literal != null && literal.matches("'[a-z]+'")) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return out;
    }

    @Test
    void keywordsAreExactlyTheLexers() throws Exception {
        JsonNode g = grammar();
        Set<String> highlighted = new TreeSet<>(words(pattern(g, "keywords", "keyword.control.atk")));
        highlighted.addAll(words(pattern(g, "keywords", "keyword.operator.logical.atk")));
        highlighted.addAll(words(pattern(g, "keywords", "constant.language.boolean.atk")));
        assertEquals(lexerWords(), highlighted);
    }

    @Test
    void callsAndMetricsAreExactlyTheRegistries() throws Exception {
        JsonNode g = grammar();
        Set<String> components = new TreeSet<>();
        try (Session s = Session.builder().build()) {
            s.catalog().components().stream().map(ComponentInfo::name).forEach(components::add);
        }
        assertEquals(components, words(pattern(g, "calls", "entity.name.function.attack.atk")));
        Set<String> builtins = new TreeSet<>(Builtins.names());
        builtins.add("matched"); // `at eps = matched(SET)`: a form of the run statement, not a registered built-in
        builtins.add("metric"); // `report metric(f)`: a form of the report statement
        assertEquals(builtins, words(pattern(g, "calls", "support.function.builtin.atk")));
        Set<String> metrics = new TreeSet<>();
        for (Metric m : Metric.values()) {
            metrics.add(m.keyword());
        }
        metrics.add("results");
        assertEquals(metrics, words(pattern(g, "metrics", "support.constant.metric.atk")));
    }

    @Test
    void everyPatternCompilesAndTheVsCodeManifestPointsAtTheGrammar() throws Exception {
        List<String> regexes = new ArrayList<>();
        grammar().findValues("match").forEach(v -> regexes.add(v.asText()));
        grammar().findValues("begin").forEach(v -> regexes.add(v.asText()));
        grammar().findValues("end").forEach(v -> regexes.add(v.asText()));
        assertTrue(regexes.size() > 15, regexes::toString);
        regexes.forEach(Pattern::compile);
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(EDITORS.resolve("package.json")));
        String path = manifest.path("contributes").path("grammars").get(0).path("path").asText();
        assertTrue(Files.isRegularFile(EDITORS.resolve(path)), path);
        assertEquals("source.atk", manifest.path("contributes").path("grammars").get(0).path("scopeName").asText());
    }

    /** Every keyword token of every example, as ATK's lexer cuts it, is matched where it stands by the keyword regex. */
    @Test
    void theExamplesKeywordsAreHighlightedWhereTheLexerFindsThem() throws Exception {
        JsonNode g = grammar();
        Pattern keyword = Pattern.compile(String.join("|", pattern(g, "keywords", "keyword.control.atk").path("match")
                .asText(), pattern(g, "keywords", "keyword.operator.logical.atk").path("match").asText(),
                pattern(g, "keywords", "constant.language.boolean.atk").path("match").asText()));
        Set<String> reserved = lexerWords();
        int checked = 0;
        List<Path> scripts = new ArrayList<>();
        try (var top = Files.list(Path.of("..", "examples")); var paper = Files.list(Path.of("..", "examples", "paper"))) {
            top.filter(p -> p.toString().endsWith(".atk")).forEach(scripts::add);
            paper.filter(p -> p.toString().endsWith(".atk")).forEach(scripts::add);
        }
        for (Path script : scripts) {
            String text = Files.readString(script);
            for (Token t : new ATKLexer(CharStreams.fromString(text)).getAllTokens()) {
                if (reserved.contains(t.getText())) {
                    Matcher m = keyword.matcher(text);
                    assertTrue(m.find(t.getStartIndex()) && m.start() == t.getStartIndex()
                            && m.end() == t.getStopIndex() + 1, script + ": " + t);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, checked + " keywords checked");
    }
}
