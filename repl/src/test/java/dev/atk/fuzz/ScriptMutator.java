package dev.atk.fuzz;

import dev.atk.grammar.ATKLexer;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/**
 * Makes fuzz scripts from a seed corpus, reproducibly from one {@code long}: mutations of the corpus at the level of
 * ATK's own tokens (the real lexer cuts them, whitespace and comments included), structural damage (truncation, CRLF,
 * a BOM, NUL, deep nesting, long chains), random statements from a small generator, random bytes decoded the way a
 * damaged file would be, and a few megabyte-sized inputs.
 */
final class ScriptMutator {

    /** Which family a case came from, for the test's summary. */
    enum Kind { TOKENS, STRUCTURE, GENERATED, BYTES, HUGE }

    record Case(long seed, Kind kind, String text) {}

    private static final String[] NUMBERS = {"0", "-1", "1", "0.5", "1e308", "1e309", "1e-12", "1e-320", "2147483648",
        "9223372036854775808", "1e12", "1e10", "0.0000001", "3.5", "100000", "1e9", "999999999999", "1.2.3", "1e",
        "0..0", "nan", "-0"};
    private static final String[] STRINGS = {"\"\"", "\"a\\u0000b\"", "\"a\u0000b\"", "\"../outside/x.txt\"",
        "\"/dev/zero\"", "\"person\"", "\"x.csv\"", "\"\\q\"", "\"unterminated", "'single'", "\"" + "x".repeat(300) + "\"",
        "\"l2\"", "\"\\\\\"", "\"\u00e9\u4e2d\ud83d\ude00\""};
    private static final String[] PIECES = {"(", ")", "[", "]", "{", "}", ",", ";", "\n", "\r\n", "\r", "..", ".",
        "=", "==", "+", "-", "*", "/", "<", ">=", "!=", " step ", " and ", " or ", " not ", "//", "/*", "*/", "\t",
        "\u00a0", "\ufeff", "\u0000", "\\", "@", "#", "eps", "profile()", "profile(0.05..1.0)", "0.01..0.03",
        "linspace(0, 1, 3)", "logspace(-3, -1, 3)", "len(", "mean(", "matched(", "class_subset(", "correlations()",
        "attackability(eps=0.02)", "results", "flips", "fashion", "fashion_cnn", "q2l_fashion", "q2l_coco", "split",
        "test", "train", "sample", "seed", "where positives > 1", "into", "as chart", "as markdown", "to", "x"};

    private final List<String> corpus;
    private final List<String> vocabulary = new ArrayList<>();

    ScriptMutator(List<String> corpus, List<String> names) {
        if (corpus.isEmpty()) {
            throw new IllegalArgumentException("an empty seed corpus");
        }
        this.corpus = List.copyOf(corpus);
        for (int i = 1; i <= ATKLexer.VOCABULARY.getMaxTokenType(); i++) {
            String literal = ATKLexer.VOCABULARY.getLiteralName(i);
            if (literal != null) {
                vocabulary.add(literal.substring(1, literal.length() - 1));
            }
        }
        vocabulary.addAll(names);
        vocabulary.addAll(List.of(NUMBERS));
        vocabulary.addAll(List.of(STRINGS));
        vocabulary.addAll(List.of(PIECES));
    }

    /** The script for case {@code index} of a run seeded with {@code master}: the same pair gives the same text. */
    Case make(long master, int index) {
        long seed = new SplittableRandom(master ^ (0x9E3779B97F4A7C15L * (index + 1))).nextLong();
        SplittableRandom r = new SplittableRandom(seed);
        Kind kind = index % 1000 == 999 ? Kind.HUGE : pick(r);
        String text = switch (kind) {
            case TOKENS -> tokens(r);
            case STRUCTURE -> structure(r);
            case GENERATED -> generated(r);
            case BYTES -> bytes(r);
            case HUGE -> huge(index / 1000); // each kind in turn, so 8,000 cases or more meet every one
        };
        return new Case(seed, kind, text);
    }

    private static Kind pick(SplittableRandom r) {
        int p = r.nextInt(100);
        return p < 50 ? Kind.TOKENS : p < 68 ? Kind.STRUCTURE : p < 88 ? Kind.GENERATED : Kind.BYTES;
    }

    // ---- token mutations: 1 to 6 edits of one corpus script, with ATK's own tokens ----

    private String tokens(SplittableRandom r) {
        List<String> t = lex(corpus.get(r.nextInt(corpus.size())));
        int edits = 1 + r.nextInt(6);
        for (int e = 0; e < edits && !t.isEmpty(); e++) {
            int i = r.nextInt(t.size());
            switch (r.nextInt(7)) {
                case 0 -> t.remove(i);
                case 1 -> t.add(i, t.get(i));
                case 2 -> {
                    int j = r.nextInt(t.size());
                    String x = t.get(i);
                    t.set(i, t.get(j));
                    t.set(j, x);
                }
                case 3 -> t.set(i, word(r));
                case 4 -> t.add(i, (r.nextBoolean() ? " " : "") + word(r) + (r.nextBoolean() ? " " : ""));
                case 5 -> t.set(i, t.get(i).matches("[0-9.eE+-]+") ? NUMBERS[r.nextInt(NUMBERS.length)]
                        : t.get(i).startsWith("\"") ? STRINGS[r.nextInt(STRINGS.length)] : word(r));
                default -> t.subList(i, Math.min(t.size(), i + 1 + r.nextInt(8))).clear();
            }
        }
        return String.join("", t);
    }

    private static List<String> lex(String text) {
        List<String> out = new ArrayList<>();
        for (Token tok : new ATKLexer(CharStreams.fromString(text)).getAllTokens()) {
            out.add(tok.getText());
        }
        return out;
    }

    private String word(SplittableRandom r) {
        return vocabulary.get(r.nextInt(vocabulary.size()));
    }

    // ---- structural damage ----

    private String structure(SplittableRandom r) {
        String s = corpus.get(r.nextInt(corpus.size()));
        return switch (r.nextInt(9)) {
            case 0 -> s.substring(0, r.nextInt(s.length() + 1));
            case 1 -> s.replace("\n", "\r\n");
            case 2 -> "\ufeff" + s;
            case 3 -> insert(s, r, "\u0000");
            case 4 -> insert(s, r, nested(r));
            case 5 -> s + "\nprint " + chain(r, 1 + r.nextInt(5000)) + "\n";
            case 6 -> s.replace("\n", "\r");
            case 7 -> blocks(r, 1 + r.nextInt(r.nextBoolean() ? 40 : 3000));
            default -> {
                String[] lines = s.split("\n", -1);
                yield s + "\n" + lines[r.nextInt(lines.length)].repeat(1 + r.nextInt(4));
            }
        };
    }

    private static String insert(String s, SplittableRandom r, String what) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    /** Up to 10,000 levels of one kind of nesting around a number. */
    private static String nested(SplittableRandom r) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 300 : 10_000);
        return switch (r.nextInt(6)) {
            case 0 -> "(".repeat(depth) + "1" + ")".repeat(depth);
            case 1 -> "[".repeat(depth) + "1" + "]".repeat(depth);
            case 2 -> "-".repeat(depth) + "1";
            case 3 -> "not ".repeat(depth) + "true";
            case 4 -> "len(".repeat(depth) + "[1]" + ")".repeat(depth);
            default -> "1" + ".eps_max".repeat(depth);
        };
    }

    private static String chain(SplittableRandom r, int terms) {
        String op = new String[] {" + ", " and ", " * ", " < ", " or ", " - "}[r.nextInt(6)];
        StringBuilder b = new StringBuilder("1");
        for (int i = 1; i < terms; i++) {
            b.append(op).append(i % 2 == 0 ? "1" : "true");
        }
        return b.toString();
    }

    /** {@code n} nested for blocks, each over two values, around an attack: the loops multiply. */
    private static String blocks(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder("model fashion_cnn\ndata fashion split test sample 2 seed 11\n");
        for (int i = 0; i < n; i++) {
            b.append("for v").append(i).append(" in [1, 2] {\n");
        }
        b.append(r.nextBoolean() ? "run bce() at eps = 0.01\n" : "print 1\n");
        b.append("}\n".repeat(n - (r.nextInt(10) == 0 ? 1 : 0)));
        return b.toString();
    }

    // ---- random statements ----

    private String generated(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(4) > 0) {
            b.append("model ").append(r.nextBoolean() ? "fashion_cnn" : r.nextBoolean() ? word(r)
                    : STRINGS[r.nextInt(STRINGS.length)]).append('\n');
            b.append("data fashion split test sample ").append(r.nextInt(6)).append(" seed 11\n");
        }
        int statements = 1 + r.nextInt(6);
        for (int i = 0; i < statements; i++) {
            String e = expr(r, 3);
            b.append(switch (r.nextInt(8)) {
                case 0 -> "let v" + i + " = " + e;
                case 1 -> "print " + e;
                case 2 -> "for eps in " + e + " run " + attack(r);
                case 3 -> "for x in " + e + ", y in " + expr(r, 2) + " { print x }";
                case 4 -> "run " + attack(r) + " at eps = " + e;
                case 5 -> "set " + word(r) + " = " + e;
                case 6 -> "report " + e + (r.nextBoolean() ? " as " + word(r) : "") + (r.nextBoolean() ? " to " + e : "");
                default -> "data fashion " + (r.nextBoolean() ? "at " + e : "") + " sample " + e + " where " + e;
            }).append(r.nextInt(5) == 0 ? ";" : "\n");
        }
        return b.toString();
    }

    private String attack(SplittableRandom r) {
        String[] names = {"bce", "slam", "class", "closest", "bim", "pgd", "ml_deepfool", "noise", "tkml_u", word(r)};
        String[] params = {"q", "gamma", "branches", "depth", "n", "steps", "k", "trials", "eps_step", "objective",
            "labels", "loss", "targets", word(r)};
        StringBuilder b = new StringBuilder(names[r.nextInt(names.length)]).append('(');
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ", ").append(params[r.nextInt(params.length)]).append('=').append(expr(r, 1));
        }
        return b.append(')').toString();
    }

    private String expr(SplittableRandom r, int depth) {
        if (depth <= 0 || r.nextInt(3) == 0) {
            return switch (r.nextInt(4)) {
                case 0 -> NUMBERS[r.nextInt(NUMBERS.length)];
                case 1 -> STRINGS[r.nextInt(STRINGS.length)];
                case 2 -> word(r);
                default -> Integer.toString(r.nextInt(10));
            };
        }
        String a = expr(r, depth - 1);
        String b = expr(r, depth - 1);
        return switch (r.nextInt(10)) {
            case 0 -> a + ".." + b + (r.nextBoolean() ? " step " + expr(r, depth - 1) : "");
            case 1 -> "[" + a + ", " + b + "]";
            case 2 -> "linspace(" + a + ", " + b + ", " + expr(r, depth - 1) + ")";
            case 3 -> "logspace(" + a + ", " + b + ", " + expr(r, depth - 1) + ")";
            case 4 -> new String[] {"len", "mean", "std", "profile", "correlations", "attackability"}[r.nextInt(6)]
                    + "(" + a + ")";
            case 5 -> a + new String[] {" + ", " - ", " * ", " / ", " < ", " == ", " and ", " or "}[r.nextInt(8)] + b;
            case 6 -> "(" + a + ")." + new String[] {"eps_max", "labels", "matrix", "coefficients", word(r)}[r.nextInt(5)];
            case 7 -> "class_subset(" + a + ", " + b + ", " + expr(r, depth - 1) + ", branches=" + r.nextInt(20)
                    + ", depth=" + r.nextInt(10) + ")";
            case 8 -> "-" + a;
            default -> "profile(" + a + ")." + new String[] {"estimate", "slam_p", "class_length"}[r.nextInt(3)] + "(" + b + ")";
        };
    }

    // ---- bytes ----

    private static String bytes(SplittableRandom r) {
        byte[] raw = new byte[r.nextInt(2000)];
        boolean printable = r.nextBoolean();
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) (printable ? 9 + r.nextInt(118) : r.nextInt(256));
        }
        if (r.nextBoolean()) {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
        // invalid UTF-8 read the way a lenient editor would: each bad byte becomes U+FFFD
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return utf8.decode(ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException cannotHappenWithReplace) {
            throw new IllegalStateException(cannotHappenWithReplace);
        }
    }

    // ---- megabyte inputs ----

    private static String huge(int which) {
        int mb = 1 << 20;
        return switch (which % 8) {
            // just under the statement's token limit: chains whose tree building once grew with the square of length
            case 6 -> "print true" + " and true".repeat(45_000);
            case 7 -> "print 1" + " < 1".repeat(45_000);
            case 0 -> "print " + "x".repeat(mb);
            case 1 -> "print \"" + "y".repeat(mb) + "\"";
            case 2 -> "print " + "9".repeat(mb);
            case 3 -> "print " + "1 + ".repeat(mb / 4) + "1";
            case 4 -> "print [" + "1, ".repeat(mb / 3) + "1]";
            default -> "@".repeat(mb);
        };
    }
}
