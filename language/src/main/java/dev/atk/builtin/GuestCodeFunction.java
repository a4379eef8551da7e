package dev.atk.builtin;

import dev.atk.source.SourceSpan;
import dev.atk.spi.GuestLanguage;
import dev.atk.spi.GuestProblem;
import dev.atk.syntax.Expr;
import dev.atk.value.GuestFunctionValue;
import dev.atk.value.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code js("(x) => x * 2")}, or a triple-quoted {@code js("""…""")} over several lines, or
 * {@code js(file="prio.js", name="priority")} for a file of declarations next to the script: a function of the
 * script's own, in JavaScript, run sandboxed. The checker parses the code (it runs nothing) and puts a syntax error at
 * its line and column inside the script, or names the file's line and column at the {@code file=} argument.
 */
final class GuestCodeFunction implements Builtin {
    private static final String LANGUAGE = "js";
    private static final Signature SIGNATURE = new Signature(LANGUAGE, List.of(Param.optional("code", null),
            Param.optional("file", null), Param.optional("name", null)), Signature.Binding.POSITIONAL);
    private static final java.util.regex.Pattern JS_NAME = java.util.regex.Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    @Override
    public Signature signature() {
        return SIGNATURE;
    }

    @Override
    public String doc() {
        return "a JavaScript function of your own, sandboxed (no files, network or Java; a time limit per call)";
    }

    @Override
    public String example() {
        return "js(\"(x) => x * 2\")";
    }

    @Override
    public Type check(Expr.Call c, Map<String, Expr> args, CheckContext ctx) {
        Expr code = args.get("code");
        Expr file = args.get("file");
        Expr name = args.get("name");
        if ((code == null) == (file == null)) {
            ctx.error(c.span(), code == null ? "js needs its code, or a file and the name of a function in it"
                    : "js takes its code or a file, not both", "js(\"(x) => x * 2\") or js(file=\"prio.js\", "
                    + "name=\"priority\")");
            return Type.FUNCTION;
        }
        if (file != null) {
            checkFile(c, file, name, ctx);
            return Type.FUNCTION;
        }
        if (name != null) {
            ctx.error(name.span(), "name= picks a function of a file: give file= too, or leave name= out");
        }
        if (!(code instanceof Expr.StringLit literal)) {
            ctx.expect(code, Type.STRING);
            ctx.error(code.span(), "js needs its code written here, as a string", "write js(\"(x) => x * 2\"), or "
                    + "js(\"\"\"…\"\"\") for code over several lines");
            return Type.FUNCTION;
        }
        Optional<GuestLanguage> guest = GuestLanguage.named(LANGUAGE);
        if (guest.isEmpty()) {
            ctx.error(c.span(), "no JavaScript runtime is installed, so js(…) cannot run",
                    "put the atk-guest module (GraalVM Polyglot) on the class path; the atk launcher has it");
            return Type.FUNCTION;
        }
        guest.get().syntax(literal.value(), null).ifPresent(p -> ctx.error(at(literal, p),
                "JavaScript syntax error: " + p.message(),
                "the code must be one function expression, such as (conf, truth, labels) => conf.map(c => 1 - c)"));
        return Type.FUNCTION;
    }

    /** A file of declarations: a literal name, readable, parsing, and a JavaScript name to export. */
    private static void checkFile(Expr.Call c, Expr file, Expr name, CheckContext ctx) {
        if (name == null) {
            ctx.error(c.span(), "js(file=…) needs name=\"…\", the function of the file to call",
                    "e.g. js(file=\"prio.js\", name=\"priority\")");
        } else if (!(name instanceof Expr.StringLit n) || !JS_NAME.matcher(n.value()).matches()) {
            ctx.error(name.span(), "name= must be a JavaScript function name written here, like \"priority\"");
            return;
        }
        if (!(file instanceof Expr.StringLit path)) {
            ctx.expect(file, Type.STRING);
            ctx.error(file.span(), "file= must be a file name written here, like \"prio.js\"");
            return;
        }
        String text;
        try {
            text = GuestSourceFile.read(ctx.scriptFolder(), path.value());
        } catch (java.io.IOException e) {
            ctx.error(file.span(), "cannot read " + e.getMessage(), "the file is read relative to the script's folder");
            return;
        }
        Optional<GuestLanguage> guest = GuestLanguage.named(LANGUAGE);
        if (guest.isEmpty()) {
            ctx.error(c.span(), "no JavaScript runtime is installed, so js(…) cannot run",
                    "put the atk-guest module (GraalVM Polyglot) on the class path; the atk launcher has it");
            return;
        }
        String exported = name instanceof Expr.StringLit n ? n.value() : "f";
        guest.get().syntax(text, exported).ifPresent(p -> ctx.error(file.span(), "JavaScript syntax error in "
                + path.value() + " at line " + p.line() + ", column " + p.column() + ": " + p.message(),
                "the file holds declarations, e.g. function priority(conf, truth, labels) { … }"));
    }

    @Override
    public Object eval(Expr.Call c, Arguments args, EvalContext ctx) {
        if (args.has("file")) {
            String file = (String) ctx.eval(args.expr("file"));
            String exported = (String) ctx.eval(args.expr("name"));
            try {
                return new GuestFunctionValue(LANGUAGE, GuestSourceFile.read(ctx.scriptFolder(), file), exported, file);
            } catch (java.io.IOException e) {
                throw new dev.atk.value.EvalException(args.expr("file").span(), "cannot read " + e.getMessage());
            }
        }
        String text = (String) ctx.eval(args.expr("code"));
        return new GuestFunctionValue(LANGUAGE, text, null, c.span().toString());
    }

    /** Where a position inside the code is in the script: through the literal's quotes and escapes. */
    static SourceSpan at(Expr.StringLit literal, GuestProblem p) {
        SourceSpan s = literal.span();
        String raw = s.source().text().substring(s.start(), s.end());
        int valueIndex = indexOf(literal.value(), Math.max(1, p.line()), Math.max(1, p.column()));
        int rawIndex = rawIndex(raw, valueIndex);
        return s.source().span(s.start() + rawIndex, s.start() + rawIndex + 1);
    }

    /** The index in {@code value} of 1-based line and column (clamped to the text). */
    static int indexOf(String value, int line, int column) {
        int index = 0;
        for (int l = 1; l < line; l++) {
            int next = value.indexOf('\n', index);
            if (next < 0) {
                return value.length();
            }
            index = next + 1;
        }
        int lineEnd = value.indexOf('\n', index);
        int end = lineEnd < 0 ? value.length() : lineEnd;
        return Math.min(index + column - 1, end);
    }

    /** The index in a literal's raw text of the value's {@code valueIndex}: raw after """, or past escapes after ". */
    static int rawIndex(String raw, int valueIndex) {
        if (raw.startsWith("\"\"\"")) {
            return Math.min(raw.length() - 1, 3 + valueIndex);
        }
        int r = 1;
        for (int v = 0; v < valueIndex && r < raw.length() - 1; v++) {
            r += raw.charAt(r) == '\\' ? 2 : 1;
        }
        return Math.min(r, Math.max(0, raw.length() - 1));
    }
}
