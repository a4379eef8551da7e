package dev.atk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.api.EvalResult;
import dev.atk.api.EvalStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How evaluation statuses become messages and exit codes. */
class OutcomesTest {

    private static String[] report(EvalResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Outcomes.report(r, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), bytes.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void okIsZeroAndSilent() {
        String[] r = report(new EvalResult(EvalStatus.OK, List.of(), Optional.empty(), 3, 0));
        assertEquals("0", r[0]);
        assertEquals("", r[1]);
    }

    @Test
    void runtimeErrorIsOneWithItsMessage() {
        String[] r = report(new EvalResult(EvalStatus.RUNTIME_ERROR, List.of(),
                Optional.of("weights file models/x.params is corrupt"), 0, 0));
        assertEquals("1", r[0]);
        assertEquals("error: weights file models/x.params is corrupt\n", r[1].replace("\r\n", "\n"));
    }

    @Test
    void cancelledIs130AndSaysWhatWasKept() {
        String[] r = report(new EvalResult(EvalStatus.CANCELLED, List.of(), Optional.empty(), 4, 0));
        assertEquals("130", r[0]);
        assertTrue(r[1].startsWith("cancelled"), r[1]);
        assertTrue(r[1].contains("4 finished records"), r[1]);
    }

    @Test
    void scriptErrorIs65() {
        String[] r = report(new EvalResult(EvalStatus.SCRIPT_ERROR, List.of(), Optional.empty(), 0, 0));
        assertEquals("65", r[0]);
    }
}
