package dev.atk.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code // expect} comments of an example script:
 * <ul>
 *   <li>{@code // expect: TEXT} — some output line contains TEXT, on or after the line matched by the previous expectation;</li>
 *   <li>{@code // expect error L:C: MESSAGE} — the script is rejected with a diagnostic at line L, column C whose
 *       message contains MESSAGE.</li>
 * </ul>
 */
record ScriptExpectations(List<String> outputs, List<ExpectedError> errors) {

    record ExpectedError(int line, int column, String message) {}

    private static final Pattern OUTPUT = Pattern.compile("//\\s*expect:\\s?(.*)$");
    private static final Pattern ERROR = Pattern.compile("//\\s*expect error (\\d+):(\\d+):\\s*(.*)$");

    static ScriptExpectations of(String script) {
        List<String> outputs = new ArrayList<>();
        List<ExpectedError> errors = new ArrayList<>();
        for (String line : script.lines().toList()) {
            Matcher e = ERROR.matcher(line);
            if (e.find()) {
                errors.add(new ExpectedError(Integer.parseInt(e.group(1)), Integer.parseInt(e.group(2)), e.group(3).strip()));
                continue;
            }
            Matcher o = OUTPUT.matcher(line);
            if (o.find()) {
                outputs.add(o.group(1).strip());
            }
        }
        return new ScriptExpectations(outputs, errors);
    }

    boolean expectsErrors() {
        return !errors.isEmpty();
    }
}
