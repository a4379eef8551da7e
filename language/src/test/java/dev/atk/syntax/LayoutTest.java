package dev.atk.syntax;

import static dev.atk.syntax.SyntaxAssertions.parse;
import static dev.atk.syntax.SyntaxAssertions.parseOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statement ends, continuation lines, comments and blank lines. */
class LayoutTest {

    private static int count(String text) {
        return parseOk(text).statements().size();
    }

    @Test
    void newlinesAndSemicolonsEndStatements() {
        assertEquals(3, count("model a\ndata b\nprint 1"));
        assertEquals(3, count("model a; data b; print 1"));
        assertEquals(3, count("model a; data b; print 1;"));
        assertEquals(2, count("\n\n;;model a;;\n\n;\ndata b\n\n"));
        assertEquals(0, count(""));
        assertEquals(0, count("\n ; \n // only a comment\n"));
        assertEquals(2, count("model a\r\ndata b\r\n"));
        assertEquals(2, count("model a\rdata b"));
    }

    @Test
    void aCallContinuesOverLines() {
        Stmt.RunStmt run = (Stmt.RunStmt) parseOk("run slam(\n  q=0.5\n)").statements().get(0);
        assertEquals(1, run.attacks().get(0).args().size());
        Stmt.LetStmt let = (Stmt.LetStmt) parseOk("let xs = [\n 1,\n\n 2\n]").statements().get(0);
        assertEquals(2, ((Expr.ListLit) let.value()).elements().size());
        assertEquals(1, count("print (1\n + 2)"));
    }

    @Test
    void aTrailingCommaContinuesTheStatement() {
        Stmt.ForRunStmt loop = (Stmt.ForRunStmt) parseOk(
                "for eps in profile(0.05..1.0) run bce(),\n    slam(q=0.5),\n    class(gamma=1)\nreport flips")
                .statements().get(0);
        assertEquals(3, loop.attacks().size());
        Stmt.ForRunStmt cross = (Stmt.ForRunStmt) parseOk("for a in [1],\n    b in [2] run bce()").statements().get(0);
        assertEquals(2, cross.loops().size());
        assertEquals(2, ((Expr.Call) ((Stmt.PrintStmt) parseOk("print f(1,\n2,\n)").statements().get(0)).value())
                .args().size());
    }

    @Test
    void newlinesInsideBlocksSeparateStatements() {
        Stmt.ForBlockStmt f = (Stmt.ForBlockStmt) parseOk("for x in [1, 2] {\n\n  print x\n  print x * 2\n\n}")
                .statements().get(0);
        assertEquals(2, f.body().size());
        Stmt.ForBlockStmt oneLine = (Stmt.ForBlockStmt) parseOk("for x in [1] { print x; print 2 }").statements().get(0);
        assertEquals(2, oneLine.body().size());
        Stmt.ForBlockStmt braceNextLine = (Stmt.ForBlockStmt) parseOk("for x in [1]\n{\n print x\n}\nprint 3")
                .statements().get(0);
        assertEquals(1, braceNextLine.body().size());
        assertEquals(0, ((Stmt.ForBlockStmt) parseOk("for x in [1] { }").statements().get(0)).body().size());
        ParseResult twoOnALine = parse("for x in [1] {\n  print 1 print 2\n}");
        assertTrue(twoOnALine.hasErrors());
    }

    @Test
    void aNewlineEndsAStatementOutsideBrackets() {
        ParseResult r = parse("let x = 1 +\n2");
        assertTrue(r.hasErrors());
    }

    @Test
    void comments() {
        assertEquals(2, count("// header\nmodel a // trailing\n/* block */ data b /* inline */"));
        assertEquals(2, count("model a /* a comment\n spanning lines */ data b"));
        assertEquals(1, count("run slam( // why q\n q=0.5 /* the paper's */)"));
        assertEquals(1, count("print 8/255 // slash vs comment"));
        assertEquals(1, count("/**/ print 1 /***/"));
    }

    @Test
    void keywordsAreReservedAndIdentifiersMayContainThem() {
        assertEquals(1, count("let models = model_x + data1 + _in + stepper"));
        assertTrue(parse("let step = 1").hasErrors());
        assertTrue(parse("let true = 1").hasErrors());
    }

    @Test
    void incompleteInputForTheRepl() {
        assertTrue(Parser.isIncomplete("run slam("));
        assertTrue(Parser.isIncomplete("for eps in [0.1] {"));
        assertTrue(Parser.isIncomplete("run bce(),"));
        assertTrue(Parser.isIncomplete("/* still writing"));
        assertFalse(Parser.isIncomplete("run slam(q=0.5)"));
        assertFalse(Parser.isIncomplete("print \"abc"));
        assertFalse(Parser.isIncomplete("print 1)"));
    }

    @Test
    void diagnosticsComeInSourceOrder() {
        ParseResult r = parse("print $\nmodle a\nprint [1 2]\nlet = 3");
        List<Integer> lines = r.diagnostics().stream().map(d -> d.span().line()).toList();
        assertEquals(List.of(1, 2, 3, 4), lines);
    }
}
