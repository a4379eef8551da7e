package dev.atk.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.Completion;
import dev.atk.api.Session;
import dev.atk.builtin.Builtin;
import dev.atk.builtin.Builtins;
import dev.atk.builtin.Signature;
import dev.atk.diag.Diagnostic;
import dev.atk.syntax.OutputFormat;
import dev.atk.source.Source;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the built-in registry and the report formats: every built-in is documented, offered by Tab with its
 * signature, shown by {@code :help NAME} and {@code :help functions}, validated by the checker from its one
 * registration (its example checks clean; a wrong argument count or an unknown named argument is a positioned error)
 * and cannot be shadowed by {@code let}; every format checks clean where valid and is offered after {@code as}.
 */
class BuiltinRegistryTest {
    private static Session session;

    @BeforeAll
    static void open() {
        session = Session.builder().build();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @TestFactory
    Stream<DynamicTest> everyBuiltinIsDocumentedCompletedHelpedCheckedAndReserved() {
        String functions = HelpTopics.topic("functions", session.catalog()).orElseThrow();
        return Builtins.all().stream().map(b -> DynamicTest.dynamicTest(b.name(), () -> {
            String signature = b.signature().text();
            assertFalse(b.doc().isBlank(), "no doc");
            assertTrue(b.example().startsWith(b.name() + "("), "the example does not call it: " + b.example());
            Optional<Completion> offered = completions("print ").stream().filter(c -> c.value().equals(b.name())).findFirst();
            assertTrue(offered.isPresent(), "Tab does not offer it");
            assertTrue(offered.get().description().contains(signature), "Tab shows no signature: " + offered.get());
            String help = HelpTopics.topic(b.name(), session.catalog()).orElseThrow();
            assertTrue(help.contains(signature) && help.contains(b.doc()) && help.contains(b.example()), help);
            assertTrue(functions.contains(signature) && functions.contains(b.doc()), ":help functions misses it");
            assertEquals(List.of(), problems("print " + b.example()), "its example must check clean");
            assertRejected("print " + b.name() + "(" + "1, ".repeat(b.signature().params().size()) + "1)", b.name());
            if (b.signature().requiredCount() > 0) {
                assertRejected("print " + b.name() + "()", b.name());
            }
            assertRejected("print " + b.name() + "(no_such_parameter=1)", "no_such_parameter");
            assertRejected("let " + b.name() + " = 1", "'" + b.name() + "' is a built-in name");
        }));
    }

    @Test
    void namedOnlyBuiltinsOfferTheirParametersInsideTheParentheses() {
        for (Builtin b : Builtins.all()) {
            if (b.signature().binding() == Signature.Binding.NAMED) {
                List<String> offered = completions("print " + b.name() + "(").stream().map(Completion::value).toList();
                assertEquals(b.signature().paramNames().stream().map(p -> p + "=").toList(), offered);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReportFormatChecksAndCompletes() {
        List<String> afterAs = completions("report flips as ").stream().map(Completion::value).toList();
        assertEquals(OutputFormat.keywords(), afterAs, "Tab after `report … as` offers exactly the formats");
        return Stream.of(OutputFormat.values()).map(f -> DynamicTest.dynamicTest(f.keyword(), () -> {
            String report = "report flips as " + f.keyword();
            assertEquals(List.of(), problems("run bce() at eps = 0.01; " + report + (f.drawn() ? " to \"f.png\"" : "")));
            if (f.drawn()) {
                assertRejected("run bce() at eps = 0.01; " + report, "to \"file.png\"");
            }
            String prefix = f.keyword().substring(0, 2);
            assertTrue(completions("report flips as " + prefix).stream().anyMatch(c -> c.value().equals(f.keyword())));
            assertTrue(HelpTopics.topic("report", session.catalog()).orElseThrow().contains("as " + f.keyword()));
        }));
    }

    @Test
    void anUnknownFormatIsRefusedWithEveryFormatInTheHint() {
        List<Diagnostic> problems = problems("report flips as pdf");
        assertEquals(1, problems.size(), problems.toString());
        Diagnostic d = problems.get(0);
        assertEquals(2, d.span().line());
        assertTrue(d.message().contains("unknown report format 'pdf'"), d.message());
        String hint = d.hint().orElseThrow();
        OutputFormat.keywords().forEach(k -> assertTrue(hint.contains(k), k + " missing from " + hint));
    }

    @Test
    void asAfterAModelNameOffersNoFormats() {
        assertTrue(completions("model fashion_cnn as ").stream().noneMatch(c -> c.kind().equals("format")));
    }

    private static void assertRejected(String line, String mentioning) {
        List<Diagnostic> problems = problems(line);
        assertFalse(problems.isEmpty(), "the checker accepted " + line);
        assertTrue(problems.stream().anyMatch(d -> d.span().line() == 2 && d.render().contains("^")),
                () -> "not positioned on the line: " + problems.stream().map(Diagnostic::render).toList());
        assertTrue(problems.stream().anyMatch(d -> d.render().contains(mentioning)),
                () -> line + ": no message names " + mentioning + ": " + problems.stream().map(Diagnostic::render).toList());
    }

    /** The diagnostics of {@code line} after a model that brings its own data. */
    private static List<Diagnostic> problems(String line) {
        return session.check(new Source("builtins.atk", "model fashion_cnn\n" + line + "\n"));
    }

    private static List<Completion> completions(String buffer) {
        return session.complete(buffer, buffer.length());
    }
}
