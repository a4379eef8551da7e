package dev.atk.api;

/**
 * Decides whether REPL input is a finished statement or continues on the next line: open brackets, a trailing
 * comma or binary operator, or an unterminated string or block comment mean "keep reading".
 */
final class Continuation {
    private Continuation() {}

    static boolean isComplete(String text) {
        int depth = 0;
        boolean inString = false;
        boolean inBlockComment = false;
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (inBlockComment) {
                if (c == '*' && next == '/') {
                    inBlockComment = false;
                    i++;
                }
                continue;
            }
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    last = '"';
                } else if (c == '\n') {
                    return true;
                }
                continue;
            }
            if (c == '/' && next == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && next == '*') {
                inBlockComment = true;
                i++;
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                default -> { }
            }
            if (!Character.isWhitespace(c)) {
                last = c;
            }
        }
        if (inString || inBlockComment || depth > 0) {
            return false;
        }
        return !(last == ',' || last == '+' || last == '-' || last == '*' || last == '=' || last == '<' || last == '>'
                || (last == '/' && !text.stripTrailing().endsWith("//")));
    }
}
