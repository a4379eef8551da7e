package dev.atk.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * A line split for completion: the word under the cursor is the identifier (or {@code :command}, or a path after
 * {@code :load}) that ends at the cursor; JLine replaces exactly that word with the chosen candidate.
 */
record AtkParsedLine(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
        implements CompletingParsedLine {

    @Override
    public String word() {
        return words.get(wordIndex);
    }

    @Override
    public CharSequence escape(CharSequence candidate, boolean complete) {
        return candidate;
    }

    @Override
    public int rawWordCursor() {
        return wordCursor;
    }

    @Override
    public int rawWordLength() {
        return word().length();
    }
}
