package dev.atk.syntax;

import dev.atk.source.Source;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code syntax/bad/} starts with one or more {@code // expect error L:C: message} lines; the parse
 * must report an error at exactly that position whose message contains the text, and never throw.
 */
class BadSyntaxCorpusTest {

    private static final Pattern EXPECT = Pattern.compile("^// expect error (\\d+):(\\d+): (.+)$");

    static Stream<Path> badScripts() throws IOException, URISyntaxException {
        URL dir = BadSyntaxCorpusTest.class.getClassLoader().getResource("syntax/bad");
        if (dir == null) {
            throw new IllegalStateException("syntax/bad is not on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".atk")).sorted().toList().stream();
        }
    }

    @Test
    void corpusIsLargeEnough() throws Exception {
        assertTrue(badScripts().count() >= 25, "at least 25 malformed snippets");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScripts")
    void reportsTheExpectedError(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String[]> expectations = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = EXPECT.matcher(line);
            if (!m.matches()) {
                break;
            }
            expectations.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        assertFalse(expectations.isEmpty(), file + " has no '// expect error L:C: message' first line");

        ParseResult result = assertDoesNotThrow(() -> Parser.parse(new Source(file.getFileName().toString(), text)));
        assertTrue(result.hasErrors(), "expected at least one error in " + file.getFileName());
        String all = result.diagnostics().stream().map(d -> d.span().line() + ":" + d.span().column() + ": " + d.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        for (String[] e : expectations) {
            int line = Integer.parseInt(e[0]);
            int column = Integer.parseInt(e[1]);
            boolean found = false;
            for (Diagnostic d : result.diagnostics()) {
                if (d.span().line() == line && d.span().column() == column && d.message().contains(e[2])) {
                    found = true;
                    break;
                }
            }
            assertTrue(found, "expected error " + line + ":" + column + ": " + e[2] + " in " + file.getFileName()
                    + "; got:" + all);
        }
        for (Diagnostic d : result.diagnostics()) {
            assertDoesNotThrow(d::render);
            SyntaxAssertions.assertReadable(d);
        }
    }
}
