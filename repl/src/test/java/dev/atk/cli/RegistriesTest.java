package dev.atk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.Completion;
import dev.atk.api.Session;
import dev.atk.diag.Diagnostic;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.setting.Setting;
import dev.atk.stdlib.attacks.AttackProviders;
import dev.atk.source.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the attack registry: every registered attack is listed by {@code atk attacks}, offered by Tab with each of
 * its parameters, documented, dispatched to a provider, and validated by the checker from its one registration (a
 * value outside each declared range, type or choice is a positioned check error; the defaults check clean).
 */
class RegistriesTest {
    private static Session session;

    @BeforeAll
    static void open() {
        session = Session.builder().build();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static List<ComponentInfo> attacks() {
        return session.catalog().components().stream().filter(c -> c.kind() == ComponentKind.ATTACK).toList();
    }

    @Test
    void theCatalogsAttacksAreExactlyTheRegisteredOnes() {
        List<String> catalog = attacks().stream().map(ComponentInfo::name).toList();
        List<String> registered = AttackProviders.installed().attacks().stream().map(ComponentInfo::name).toList();
        assertEquals(registered, catalog);
        assertTrue(catalog.size() >= 22, "the 22 attacks of the language reference: " + catalog);
    }

    @TestFactory
    Stream<DynamicTest> everyAttackIsDocumentedListedCompletedDispatchedAndChecked() {
        String listing = Listings.attacks(session.catalog());
        return attacks().stream().map(a -> DynamicTest.dynamicTest(a.name(), () -> {
            assertFalse(a.summary().isBlank(), "no summary");
            assertTrue(listing.contains(a.signature()), "atk attacks does not list " + a.signature());
            assertTrue(AttackProviders.installed().find(a.name()).isPresent(), "no provider runs it");
            assertTrue(completions("run ").contains(a.name()), "Tab after `run` does not offer it");
            List<String> params = completions("run " + a.name() + "(");
            for (ParamInfo p : a.params()) {
                assertFalse(p.help().isBlank(), p.name() + " has no doc");
                assertTrue(params.contains(p.name() + "="), "Tab does not offer " + p.name() + "=: " + params);
                assertDefaultIsValid(a, p);
            }
            assertEquals(List.of(), problems(call(a, "")), "its defaults must check clean");
            if (a.params().stream().anyMatch(ParamInfo::required)) {
                List<Diagnostic> missing = problems("model fashion_cnn\nrun " + a.name() + "()"
                        + (a.usesBudget() ? " at eps = 0.01" : "") + "\n");
                for (ParamInfo p : a.params().stream().filter(ParamInfo::required).toList()) {
                    assertTrue(missing.stream().anyMatch(d -> d.message().contains("needs " + p.name() + "=")),
                            "a missing " + p.name() + " must be an error: " + missing);
                }
            }
            assertRejected(a, "no_such_parameter=1", "no_such_parameter");
            for (ParamInfo p : a.params()) {
                for (String bad : badValues(p)) {
                    assertRejected(a, p.name() + "=" + bad, p.name());
                }
            }
        }));
    }

    @Test
    void afterReportTabOffersEveryMetricAndAMetricOfYourOwn() {
        List<String> offered = completions("report ");
        for (dev.atk.metric.Metric m : dev.atk.metric.Metric.values()) {
            assertTrue(offered.contains(m.keyword()), "Tab after `report` does not offer " + m.keyword());
        }
        assertTrue(offered.contains("metric("), offered.toString());
        assertEquals(List.of("flips"), completions("report fl"));
    }

    /**
     * Every setting: documented in {@code :help settings}, offered by Tab after {@code set}, its default valid, and
     * validated by the checker from its registration (a value past each bound, a non-integer for an integer, a
     * keyword that is not one of its choices).
     */
    @TestFactory
    Stream<DynamicTest> everySettingIsDocumentedCompletedAndChecked() {
        String help = dev.atk.repl.HelpTopics.settings();
        List<String> offered = completions("set ");
        return Stream.of(Setting.values()).map(s -> DynamicTest.dynamicTest(s.key(), () -> {
            assertFalse(s.help().isBlank(), "no doc");
            assertTrue(help.contains(s.key()) && help.contains(s.help()), ":help settings lacks it:\n" + help);
            assertTrue(offered.contains(s.key()), "Tab after `set` does not offer it: " + offered);
            assertEquals(List.of(), problems("model fashion_cnn\nset " + s.key() + " = " + validValue(s) + "\n"),
                    "a valid value must check clean");
            for (String bad : badValues(s)) {
                List<Diagnostic> p = problems("model fashion_cnn\nset " + s.key() + " = " + bad + "\n");
                assertFalse(p.isEmpty(), "the checker accepted set " + s.key() + " = " + bad);
                assertTrue(p.stream().allMatch(d -> d.span().line() == 2), () -> p.toString());
            }
        }));
    }

    private static String validValue(Setting s) {
        return switch (s.kind()) {
            case NUMBER, INTEGER -> dev.atk.diag.NumberText.format(s.min());
            case CHOICE -> s.choices().get(s.choices().size() - 1);
            case STRING -> s == Setting.CLUSTER ? "\"local-cluster[2,1,1024]\"" : "\"budget\"";
        };
    }

    private static List<String> badValues(Setting s) {
        return switch (s.kind()) {
            case NUMBER -> List.of(String.valueOf(s.min() - 1), "\"text\"");
            case INTEGER -> List.of(String.valueOf(s.min() - 1), String.valueOf(s.min() + 0.5), "\"text\"");
            case CHOICE -> List.of("no_such_choice");
            case STRING -> s == Setting.CLUSTER ? List.of("1", "\"yarn\"", "\"local[0]\"") : List.of("1");
        };
    }

    /** The default lies inside the declared range and has the declared type, so an omitted argument is valid. */
    private static void assertDefaultIsValid(ComponentInfo a, ParamInfo p) {
        ComponentCall none = ComponentCall.of(a.name());
        switch (p.type()) {
            case NUMBER -> p.numberIn(none);
            case INTEGER -> p.integerIn(none);
            case BOOLEAN -> p.boolIn(none);
            case CHOICE, STRING -> p.choiceIn(none);
            case LOSS, TARGETS, OBJECTIVE -> p.componentIn(none);
            case LABELS -> p.labelsIn(none);
            case FUNCTION -> assertTrue(p.required(), "a function has no default: the caller gives one");
        }
    }

    /** Values the checker must refuse for this parameter: past each bound, of another type, not a choice. */
    private static List<String> badValues(ParamInfo p) {
        List<String> bad = new ArrayList<>();
        switch (p.type()) {
            case NUMBER, INTEGER -> {
                if (p.min() != null) {
                    bad.add(String.valueOf(p.min() - 1));
                }
                if (p.max() != null) {
                    bad.add(String.valueOf(p.max() + 1));
                }
                bad.add("\"text\"");
            }
            case BOOLEAN -> bad.add("3");
            case CHOICE -> bad.add("\"no_such_choice\"");
            case LOSS, TARGETS, OBJECTIVE -> bad.add("no_such_component()");
            case FUNCTION -> bad.add("3");
            default -> { }
        }
        return bad;
    }

    private static void assertRejected(ComponentInfo a, String argument, String mentioning) {
        String script = call(a, argument);
        List<Diagnostic> problems = problems(script);
        assertFalse(problems.isEmpty(), "the checker accepted " + script);
        assertTrue(problems.stream().anyMatch(d -> d.span().line() == 2 && d.render().contains("^")),
                () -> "not positioned on the call: " + problems.stream().map(Diagnostic::render).toList());
        assertTrue(problems.stream().anyMatch(d -> d.render().contains(mentioning)),
                () -> script + ": no message names " + mentioning + ": "
                        + problems.stream().map(Diagnostic::render).toList());
    }

    /**
     * A two-line script running {@code a} with one argument (and a function for each required parameter it does not
     * name), at a budget where the attack takes one.
     */
    private static String call(ComponentInfo a, String argument) {
        List<String> args = new ArrayList<>();
        if (!argument.isEmpty()) {
            args.add(argument);
        }
        a.params().stream().filter(p -> p.required() && !argument.startsWith(p.name() + "="))
                .forEach(p -> args.add(p.name() + "=js(\"(conf) => conf\")"));
        return "model fashion_cnn\nrun " + a.name() + "(" + String.join(", ", args) + ")"
                + (a.usesBudget() ? " at eps = 0.01" : "") + "\n";
    }

    private static List<Diagnostic> problems(String script) {
        return session.check(new Source("registry.atk", script));
    }

    private static List<String> completions(String buffer) {
        return session.complete(buffer, buffer.length()).stream().map(Completion::value).toList();
    }
}
