package dev.atk.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContinuationTest {
    @Test
    void finishedStatements() {
        assertTrue(Session.isComplete("model fashion_cnn"));
        assertTrue(Session.isComplete("run bce() at eps = 0.01 // (not closed in a comment"));
        assertTrue(Session.isComplete("print \"a ( b\""));
        assertTrue(Session.isComplete(""));
    }

    @Test
    void unfinishedStatementsContinue() {
        assertFalse(Session.isComplete("for eps in profile(0.05..1.0"));
        assertFalse(Session.isComplete("for eps in [0.01] {\n  run bce()"));
        assertFalse(Session.isComplete("run bce(),"));
        assertFalse(Session.isComplete("let x = 1 +"));
        assertFalse(Session.isComplete("print \"open"));
        assertFalse(Session.isComplete("model fashion_cnn /* a comment"));
    }
}
