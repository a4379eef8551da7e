package dev.atk.syntax;

import dev.atk.source.Source;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.diag.Diagnostic;
import dev.atk.diag.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parser never throws, and its diagnostics stay well-formed, whatever it is given. */
class ParserFuzzTest {

    private static final String[] VALID = {
        "model fashion_cnn;\ndata fashion split test sample 100 seed 11;\n"
            + "for eps in profile(0.05..1.0) run bce(), linear(), slam(q=0.5), random_subset(), class(gamma=0);\n"
            + "report flips;\n",
        "model q2l_coco; for eps in profile(0.05..1.0) run slam(q=0.5)",
        "set alpha = 1/2560\nlet p = profile_of(coefficients=[0.1, 2.5], eps_max=0.08, labels=10)\n"
            + "print p.estimate(0.1) >= 4e-3 and not false\n",
        "for eps in [0.1, 0.2], q in 0..1 step 0.25 {\n  run mifgsm(loss=slam(q=q)) at eps = 8/255 into r\n"
            + "  print \"eps \\\"x\\\" \\n\"\n}\nreport r as csv to \"out.csv\"\n",
        "data coco2014 at \"/d\" where len(labels) > 2 /* c */ // x\nmodel \"m.json\" as m\n",
    };

    private static final String[] PIECES = {
        "model", "data", "set", "let", "for", "in", "run", "report", "print", "into", "as", "at", "to", "split",
        "sample", "seed", "where", "step", "true", "false", "and", "or", "not", "x", "eps", "slam", "0.5", "4e-3",
        "1.2.3", "..", ".", "(", ")", "[", "]", "{", "}", ",", ";", "\n", "=", "==", "!=", "<", ">=", "+", "-", "*",
        "/", "\"s\"", "\"", "//", "/*", "*/", "#", "$", "'", "\\", " ", "  ", "\t", "\r\n", "é", "😀",
    };

    @Test
    void randomPrintableStrings() {
        Random random = new Random(20240611L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(80);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(3) == 0) {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                } else {
                    text.append((char) (32 + random.nextInt(95)));
                }
                if (random.nextInt(4) == 0) {
                    text.append(' ');
                }
            }
            check(text.toString());
        }
    }

    @Test
    void mutatedValidScripts() {
        Random random = new Random(7L);
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder(VALID[random.nextInt(VALID.length)]);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations && text.length() > 0; m++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    case 2 -> text.setCharAt(at, (char) (32 + random.nextInt(95)));
                    default -> {
                        int end = Math.min(text.length(), at + 1 + random.nextInt(10));
                        text.delete(at, end);
                    }
                }
            }
            check(text.toString());
        }
    }

    @Test
    void deepNestingDoesNotEscape() {
        check("print " + "(".repeat(5000) + "1" + ")".repeat(5000));
        check("print " + "[".repeat(5000));
        check("print " + "-".repeat(5000) + "1");
        check("for x in y {".repeat(300));
    }

    private static void check(String text) {
        Source source = new Source("fuzz.atk", text);
        ParseResult result = assertDoesNotThrow(() -> Parser.parse(source), () -> "threw on: " + text);
        Set<Integer> positions = new HashSet<>();
        for (Diagnostic d : result.diagnostics()) {
            SyntaxAssertions.assertSane(source, d);
            SyntaxAssertions.assertReadable(d);
            assertFalse(d.message().equals(Messages.parserFailure()), () -> "internal failure on: " + text);
            assertTrue(positions.add(d.span().start()), () -> "two diagnostics at one position on: " + text);
            assertDoesNotThrow(d::render);
        }
        List<Stmt> statements = result.statements();
        assertTrue(statements != null);
    }
}
