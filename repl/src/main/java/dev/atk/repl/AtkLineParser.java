package dev.atk.repl;

import dev.atk.api.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when an entry is finished and what the word under the cursor is.
 * An ATK statement that {@link Session#isComplete} calls unfinished (open brackets, a trailing ',' or operator, an
 * open string or comment) makes JLine continue on the next line with the {@code ...> } prompt. A {@code :command}
 * is always one line.
 */
final class AtkLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isCommand(line) && !line.isBlank() && !complete(line)) {
            throw new EOFError(-1, -1, "statement continues on the next line");
        }
        return split(line, cursor);
    }

    static boolean isCommand(String line) {
        return line.stripLeading().startsWith(":");
    }

    private static boolean complete(String text) {
        try {
            return Session.isComplete(text);
        } catch (RuntimeException | LinkageError e) {
            return true;
        }
    }

    /** The words before the cursor's word, the cursor's word (maybe empty), and the rest of the line as one word. */
    static AtkParsedLine split(String line, int cursor) {
        int c = Math.max(0, Math.min(cursor, line.length()));
        int start;
        String stripped = line.stripLeading();
        int indent = line.length() - stripped.length();
        if (isCommand(line) && c > indent) {
            int space = firstSpace(line, indent);
            if (space < 0 || c <= space) {
                start = indent;                                     // the command name itself, with its ':'
            } else {
                start = Math.max(line.lastIndexOf(' ', c - 1) + 1, space + 1);  // an argument: a path, a topic
            }
        } else {
            start = c;
            while (start > 0 && isWordChar(line.charAt(start - 1))) {
                start--;
            }
        }
        boolean command = isCommand(line) && c > indent;
        int end = c;
        while (end < line.length() && (command ? !Character.isWhitespace(line.charAt(end))
                : isWordChar(line.charAt(end)))) {
            end++;
        }
        List<String> words = new ArrayList<>();
        for (String w : line.substring(0, start).trim().split("[^A-Za-z0-9_:.]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        int index = words.size();
        words.add(line.substring(start, end));
        return new AtkParsedLine(line, c, List.copyOf(words), index, c - start);
    }

    private static int firstSpace(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean isWordChar(char ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }
}
