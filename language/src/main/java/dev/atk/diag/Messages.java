package dev.atk.diag;

/**
 * The one catalogue of user-facing messages. Stages call these instead of writing text inline,
 * so the same mistake is always described the same way.
 */
public final class Messages {
    private Messages() {}

    // ---- syntax (lexer and parser) ----

    public static final String STATEMENT_KEYWORDS_TEXT = "model, data, set, let, for, run, report or print";
    /** The formats {@code report … as F} knows, from their one list: "table, csv, … or images". */

    private static String withSuggestion(String message, String suggestion) {
        return suggestion == null ? message : message + " — did you mean '" + suggestion + "'?";
    }

    public static String unexpectedCharacter(String chars) {
        return chars.length() == 1 ? "unexpected character '" + chars + "'" : "unexpected characters '" + chars + "'";
    }

    public static String unexpectedCharacterHint(String chars) {
        return switch (chars.charAt(0)) {
            case '#' -> "comments start with '//' (or are enclosed in /* */)";
            case '\'' -> "strings are written in double quotes: \"...\"";
            case ':' -> "named arguments are written with '=', as in slam(q=0.5)";
            case '&' -> "write 'and' for a logical and";
            case '|' -> "write 'or' for a logical or";
            case '!' -> "write 'not' for a logical not ('!=' means not equal)";
            default -> "remove it, or put it inside a string";
        };
    }

    public static String unterminatedString() {
        return "unterminated string";
    }

    public static String unterminatedStringHint() {
        return "close the string with '\"' on the same line";
    }

    public static String singleQuotedString() {
        return "strings are written in double quotes";
    }

    public static String singleQuotedStringHint() {
        return "write \"...\" instead of '...'";
    }

    public static String unterminatedTripleString() {
        return "unterminated \"\"\" string";
    }

    public static String unterminatedTripleStringHint() {
        return "close it with \"\"\" after the last line of its text";
    }

    public static String unterminatedComment() {
        return "unterminated block comment";
    }

    public static String unterminatedCommentHint() {
        return "close the comment with '*/'";
    }

    public static String unknownEscape(String escape) {
        return "unknown escape '" + escape + "' in a string";
    }

    public static String unknownEscapeHint() {
        return "the escapes are \\\", \\\\, \\n and \\t; write \\\\ for a backslash";
    }

    public static String malformedNumber(String text) {
        return "malformed number '" + text + "'";
    }

    public static String malformedNumberHint() {
        return "numbers look like 12, 0.5 or 4e-3; a range is written 0.05..1.0";
    }

    public static String numberTooLarge(String text) {
        return "number '" + text + "' is too large";
    }

    public static String neverClosed(String opener) {
        return "'" + opener + "' is never closed";
    }

    public static String neverClosedHint(String closer) {
        return "add the matching '" + closer + "'";
    }

    public static String unmatchedCloser(String closer) {
        return "unmatched '" + closer + "'";
    }

    public static String unmatchedCloserHint(String opener) {
        return "remove it, or add the '" + opener + "' it should close";
    }

    public static String unknownStatement(String word, String suggestion) {
        return withSuggestion("unknown statement '" + word + "'", suggestion);
    }

    public static String statementCannotStart(String found) {
        return "a statement can't start with " + found;
    }

    public static String statementStartHint() {
        return "a statement starts with " + STATEMENT_KEYWORDS_TEXT;
    }

    public static String letHint(String name) {
        return "to bind a value, write 'let " + name + " = ...'";
    }

    public static String reservedWord(String word) {
        return "'" + word + "' is a reserved word";
    }

    public static String reservedWordHint(String word) {
        return "keywords can't be used as names; choose another, such as '" + word + "_'";
    }

    public static String expectedEndOfStatement(String found, String suggestion) {
        return withSuggestion("expected end of statement, found " + found, suggestion);
    }

    public static String endOfStatementHint() {
        return "a statement ends at a newline or ';'";
    }

    public static String assignIsNotComparison() {
        return "'=' does not compare values; use '=='";
    }

    public static String comparisonIsNotAssign(String where) {
        return "expected '=' after '" + where + "', found '=='";
    }

    public static String comparisonIsNotAssignHint() {
        return "'==' compares two values; a single '=' gives a value";
    }

    public static String expectedAfter(String what, String after, String found) {
        return "expected " + what + " after '" + after + "', found " + found;
    }

    public static String expectedInAfterLoopVariable(String variable) {
        return "expected 'in' after the loop variable '" + variable + "'";
    }

    public static String loopHint(String variable) {
        return "a loop reads 'for " + variable + " in profile(0.05..1.0) run bce()'";
    }

    public static String missingLoopBody(String found, String suggestion) {
        return withSuggestion("expected 'run' or '{' after the loop values, found " + found, suggestion);
    }

    public static String missingLoopBodyHint() {
        return "write 'for eps in [0.1, 0.2] run bce()' or a block 'for eps in [0.1, 0.2] { ... }'";
    }

    public static String missingAttack(String after, String found) {
        return "expected an attack after '" + after + "', found " + found;
    }

    public static String missingAttackHint() {
        return "attacks are calls separated by ',', as in 'run bce(), slam(q=0.5)'";
    }

    public static String attackNeedsParentheses(String attack) {
        return "expected '(' after the attack '" + attack + "'";
    }

    public static String attackNeedsParenthesesHint(String attack) {
        return "attacks are called: write '" + attack + "()'";
    }

    public static String unknownReportFormat(String format, String suggestion) {
        return withSuggestion("unknown report format '" + format + "'", suggestion);
    }

    /** @param formats every report format's keyword, in the order the language lists them */
    public static String reportFormatHint(java.util.List<String> formats) {
        return "the formats are " + String.join(", ", formats.subList(0, formats.size() - 1)) + " or "
                + formats.get(formats.size() - 1);
    }

    public static String expectedArgumentSeparator(String found) {
        return "expected ',' or ')' in the argument list, found " + found;
    }

    public static String argumentSeparatorHint() {
        return "separate arguments with ',' and name them with '=', as in slam(q=0.5)";
    }

    public static String expectedListSeparator(String found) {
        return "expected ',' or ']' in the list, found " + found;
    }

    public static String expectedClosingParen(int line, int column, String found) {
        return "expected ')' to close the '(' at " + line + ":" + column + ", found " + found;
    }

    public static String unexpectedToken(String found, String expected) {
        return expected == null ? "unexpected " + found : "unexpected " + found + "; expected " + expected;
    }

    public static String chainedComparison() {
        return "comparisons can't be chained";
    }

    public static String chainedComparisonHint() {
        return "write 'a < b and b < c'";
    }

    public static String notCallableExpression() {
        return "only a name or a member can be called";
    }

    public static String duplicateClause(String clause, String statement) {
        return "duplicate '" + clause + "' in a '" + statement + "' statement";
    }

    public static String nestedTooDeeply(int limit) {
        return "this statement is nested too deeply (more than " + limit + " levels of brackets, blocks or operators)";
    }

    public static String nestedTooDeeplyHint() {
        return "split the expression with 'let', or sum a list with mean(xs) * len(xs)";
    }

    public static String labelCountMismatch(String model, int modelLabels, String dataset, int dataLabels) {
        return "model " + model + " has " + modelLabels + " labels and data set " + dataset + " has " + dataLabels;
    }

    public static String splitNotHere(String dataset, String split) {
        return dataset + "'s " + split + " split is not installed on this machine";
    }

    public static String unknownLabel(String label, String model, String suggestion) {
        return "model " + model + " has no label '" + label + "'" + (suggestion == null ? "" : " — did you mean '"
                + suggestion + "'?");
    }

    public static String statementTooLong(String tokens, String limit) {
        return "this statement has " + tokens + " tokens; ATK reads at most " + limit + " in one statement";
    }

    public static String internalCheckError(String what) {
        return "internal error while checking this script: " + what;
    }

    public static String internalRunError(String what) {
        return "internal error while running this script: " + what
                + " (a bug in ATK, not in the script; please report it with the script attached)";
    }

    public static String internalCheckErrorHint() {
        return "this is a bug in ATK, not in the script; please report it with the script attached";
    }

    public static String parserFailure() {
        return "the parser could not read this script";
    }

    public static String parserFailureHint() {
        return "simplify the script around its deepest brackets";
    }

    /** A hint showing correct code: {@code for example 'a' or 'b'}. */
    public static String forExample(String... code) {
        StringBuilder out = new StringBuilder("for example");
        for (int i = 0; i < code.length; i++) {
            out.append(i == 0 ? " '" : " or '").append(code[i]).append('\'');
        }
        return out.toString();
    }

    public static String missingReportFormat(String found) {
        return "expected a report format after 'as', found " + found;
    }

    public static String keywordIsNotAValueHint(String word) {
        return "'" + word + "' is a keyword, not a value or a name";
    }

    public static String callIsNotAStatementHint(String name) {
        return "to run an attack, write 'run " + name + "(...)'; to show a value, 'print " + name + "(...)'";
    }

    public static String assignIsNotComparisonHint() {
        return "'=' only appears in let, set, named arguments and 'at eps = ...'";
    }

    public static String listSeparatorHint() {
        return "separate list items with ','";
    }

    public static String notCallableExpressionHint() {
        return "call a function by its name, as in f(x)";
    }

    public static String duplicateClauseHint() {
        return "give each clause once";
    }

    // ---- names and types (checker) ----

    private static String num(double v) {
        return NumberText.format(v);
    }

    public static String wrongType(String expected, String found) {
        return "expected " + expected + ", found " + found;
    }

    public static String stepNotPositive(double v) {
        return "a range step must be positive, not " + num(v);
    }

    public static String rangeTooLong(String size, String limit) {
        return "this range has " + size + " values; ATK expands at most " + limit;
    }

    public static String sequenceTooLong(String what, String size, String limit) {
        return what + " of " + size + " values is more than ATK expands (at most " + limit + ")";
    }

    public static String loopsTooLong(String limit) {
        return "these loops repeat their body more than " + limit + " times";
    }

    public static String emptyRange(double from, double to) {
        return "the range " + num(from) + ".." + num(to) + " is empty";
    }

    public static String noMembers(String typeDescription, String member) {
        return typeDescription + " has no member '" + member + "'";
    }

    public static String notCallable() {
        return "only attacks, losses, target selections and built-in functions can be called";
    }

    public static String needsNamedArgument(String function, java.util.List<String> names) {
        return function + " takes named arguments only: " + String.join(", ", names);
    }

    public static String duplicateArgument(String name) {
        return "argument '" + name + "' is given twice";
    }

    public static String missingArgument(String function, String name) {
        return function + " needs the argument '" + name + "'";
    }

    public static String arity(String function, int min, int max, int given) {
        String want = min == max ? Integer.toString(min) : min + " to " + max;
        return function + " takes " + want + " argument" + (max == 1 ? "" : "s") + ", given " + given;
    }

    public static String unknownParameter(String component, String name, String suggestion) {
        return unknown("parameter", name, suggestion).replace("parameter '" + name + "'",
                "parameter '" + name + "' for " + component);
    }

    public static String signatureHint(String signature) {
        return "the signature is " + signature;
    }

    public static String positionalAfterNamed() {
        return "a positional argument cannot follow named ones";
    }

    public static String tooManyArguments(String component, int max) {
        return component + " takes at most " + max + " argument" + (max == 1 ? "" : "s");
    }

    public static String outOfRange(String what, double value, String interval) {
        return what + " must be in " + interval + ", not " + num(value);
    }

    public static String notAChoice(String key, String word, java.util.List<String> choices) {
        String hint = word == null ? null : DidYouMean.suggest(word, choices).orElse(null);
        return (word == null ? key + " must be one of " : "'" + word + "' is not a valid " + key + "; use one of ")
                + String.join(", ", choices) + (hint == null ? "" : " (did you mean '" + hint + "'?)");
    }

    public static String divisionByZero() {
        return "division by zero";
    }

    public static String modelConfigMissing(String path) {
        return "model config not found: " + path;
    }

    public static String shadowsComponent(String name, String noun) {
        return "'" + name + "' is a built-in " + noun + " name; choose another name";
    }

    public static String notANaturalNumber(String what, double value, boolean positive) {
        return what + " must be a " + (positive ? "positive" : "non-negative") + " integer, not " + num(value);
    }

    public static String shadowsBuiltin(String name) {
        return "'" + name + "' is a built-in name; choose another name";
    }

    public static String notIterable(String typeDescription) {
        return "cannot loop over " + typeDescription;
    }

    public static String budgetOutOfRange(double eps, boolean l2) {
        return l2 ? "an L2 budget must be non-negative, not " + num(eps)
                : "budget eps = " + num(eps) + " is outside [0, 1] for inputs in [0, 1]";
    }

    public static String intoReservedName(String name) {
        return "'" + name + "' names a report metric, so it cannot name a result set";
    }

    public static String chartNeedsFile() {
        return "charts and image panels are PNG files, so they need `to \"file.png\"`";
    }

    public static String analysisReportsAsChart(String what) {
        return "report draws " + what + " only as a chart";
    }

    public static String profileNeedsModelAndData() {
        return needsModelAndData("profile()");
    }

    /** {@code correlations() needs a model and data}. */
    public static String needsModelAndData(String function) {
        return function + " needs a model and data";
    }

    public static String noModel() {
        return "no model selected";
    }

    public static String noData() {
        return "no data selected";
    }

    public static String noBudget(String attack) {
        return attack + " needs a budget eps";
    }

    public static String notReportable(String word, String suggestion) {
        return word == null ? "cannot report this expression" : unknown("metric", word, suggestion);
    }

    public static String metricNeedsFunction() {
        return "metric needs the function it computes per record";
    }

    /** How a metric of one's own is written, as the hint of every mistake in one. */
    public static String metricHint() {
        return "write `report metric(f)` after e.g. `let f = js(\"(r) => r.flips / r.labels\")`; "
                + "add better=\"lower\" when smaller is better";
    }

    public static String metricOnlyInReports() {
        return "metric(f) is a report of your own metric, not a value";
    }

    public static String unknown(String kind, String name) {
        return "unknown " + kind + " '" + name + "'";
    }

    public static String unknown(String kind, String name, String suggestion) {
        return suggestion == null ? unknown(kind, name) : unknown(kind, name) + " — did you mean '" + suggestion + "'?";
    }

    public static String dataNeedsFolder(String dataset) {
        return "data set " + dataset + " is read from your disk: say where, e.g. data " + dataset + " at \"DIR\"";
    }
}
