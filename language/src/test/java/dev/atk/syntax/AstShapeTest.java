package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import static dev.atk.syntax.SyntaxAssertions.parseOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The AST's shape: node kinds, operator precedence, literal values and exact spans. */
class AstShapeTest {

    private static Expr printed(String expr) {
        Stmt.PrintStmt p = (Stmt.PrintStmt) parseOk("print " + expr).statements().get(0);
        return p.value();
    }

    private static void assertSpan(SourceSpan s, int line, int column, int endLine, int endColumn, int start, int end) {
        assertEquals(List.of(line, column, endLine, endColumn, start, end),
                List.of(s.line(), s.column(), s.endLine(), s.endColumn(), s.start(), s.end()), "span " + s);
    }

    @Test
    void spansOfStatementsAndNodes() {
        String text = "model q2l_coco\n  for eps in profile(0.05..1.0) run slam(q=0.5) into r\n";
        List<Stmt> s = parseOk(text).statements();
        Stmt.ModelStmt model = (Stmt.ModelStmt) s.get(0);
        assertSpan(model.span(), 1, 1, 1, 14, 0, 14);
        assertSpan(model.refSpan(), 1, 7, 1, 14, 6, 14);
        Stmt.ForRunStmt loop = (Stmt.ForRunStmt) s.get(1);
        assertSpan(loop.span(), 2, 3, 2, 54, 17, 69);
        Stmt.LoopVar eps = loop.loops().get(0);
        assertSpan(eps.name().span(), 2, 7, 2, 9, 21, 24);
        Expr.Call profile = (Expr.Call) eps.domain();
        assertSpan(profile.span(), 2, 14, 2, 31, 28, 46);
        Expr.Range range = (Expr.Range) profile.args().get(0).value();
        assertSpan(range.span(), 2, 22, 2, 30, 36, 45);
        assertSpan(range.to().span(), 2, 28, 2, 30, 42, 45);
        Expr.Call slam = loop.attacks().get(0);
        assertSpan(slam.span(), 2, 37, 2, 47, 51, 62);
        Expr.Arg q = slam.args().get(0);
        assertSpan(q.span(), 2, 42, 2, 46, 56, 61);
        assertSpan(q.name().orElseThrow().span(), 2, 42, 2, 42, 56, 57);
        assertSpan(loop.into().orElseThrow().span(), 2, 54, 2, 54, 68, 69);
        assertEquals(text.substring(slam.span().start(), slam.span().end()), "slam(q=0.5)");
    }

    @Test
    void spanOfAMultiLineCall() {
        String text = "run slam(\n  q=0.5,\n)";
        Stmt.RunStmt run = (Stmt.RunStmt) parseOk(text).statements().get(0);
        assertSpan(run.span(), 1, 1, 3, 1, 0, text.length());
        assertSpan(run.attacks().get(0).span(), 1, 5, 3, 1, 4, text.length());
    }

    @Test
    void spansCountCharsAfterCrLfAndSupplementaryCharacters() {
        String text = "print \"😀\"\r\nprint x";
        List<Stmt> s = parseOk(text).statements();
        Expr.StringLit smile = (Expr.StringLit) ((Stmt.PrintStmt) s.get(0)).value();
        assertEquals("😀", smile.value());
        assertSpan(smile.span(), 1, 7, 1, 10, 6, 10);
        Expr.Name x = (Expr.Name) ((Stmt.PrintStmt) s.get(1)).value();
        assertSpan(x.span(), 2, 7, 2, 7, 18, 19);
    }

    @Test
    void multiplicationBindsTighterThanAddition() {
        Expr.Binary add = assertInstanceOf(Expr.Binary.class, printed("1 + 2 * 3"));
        assertEquals(Expr.BinaryOp.ADD, add.op());
        Expr.Binary mul = assertInstanceOf(Expr.Binary.class, add.right());
        assertEquals(Expr.BinaryOp.MUL, mul.op());
        assertSpan(mul.span(), 1, 11, 1, 15, 10, 15);
    }

    @Test
    void operatorsAreLeftAssociative() {
        Expr.Binary sub = (Expr.Binary) printed("8 - 2 - 1");
        assertEquals(Expr.BinaryOp.SUB, sub.op());
        assertInstanceOf(Expr.Binary.class, sub.left());
        Expr.Binary div = (Expr.Binary) printed("1/2560");
        assertEquals(Expr.BinaryOp.DIV, div.op());
        assertEquals(2560.0, ((Expr.NumberLit) div.right()).value());
    }

    @Test
    void unaryMinusAndMembers() {
        Expr.Unary neg = assertInstanceOf(Expr.Unary.class, printed("-x"));
        assertEquals(Expr.UnaryOp.NEG, neg.op());
        Expr.Binary mul = (Expr.Binary) printed("-2 * 3");
        assertInstanceOf(Expr.Unary.class, mul.left());
        Expr.Unary negMember = (Expr.Unary) printed("-p.eps_max");
        assertInstanceOf(Expr.Member.class, negMember.operand());
        Expr.Binary minusNegative = (Expr.Binary) printed("1 - -2");
        assertInstanceOf(Expr.Unary.class, minusNegative.right());
    }

    @Test
    void notBindsLooserThanComparisonAndTighterThanAnd() {
        Expr.Binary and = assertInstanceOf(Expr.Binary.class, printed("not a and b"));
        assertEquals(Expr.BinaryOp.AND, and.op());
        Expr.Unary not = assertInstanceOf(Expr.Unary.class, and.left());
        assertEquals(Expr.UnaryOp.NOT, not.op());
        Expr.Unary notCmp = (Expr.Unary) printed("not x == 1");
        assertEquals(Expr.BinaryOp.EQ, ((Expr.Binary) notCmp.operand()).op());
        Expr.Binary or = (Expr.Binary) printed("a or b and c");
        assertEquals(Expr.BinaryOp.OR, or.op());
        assertEquals(Expr.BinaryOp.AND, ((Expr.Binary) or.right()).op());
    }

    @Test
    void parenthesesOverridePrecedence() {
        Expr.Binary mul = (Expr.Binary) printed("(1 + 2) * 3");
        assertEquals(Expr.BinaryOp.MUL, mul.op());
        assertEquals(Expr.BinaryOp.ADD, ((Expr.Binary) mul.left()).op());
    }

    @Test
    void comparisons() {
        for (Expr.BinaryOp op : List.of(Expr.BinaryOp.LT, Expr.BinaryOp.LE, Expr.BinaryOp.GT, Expr.BinaryOp.GE,
                Expr.BinaryOp.EQ, Expr.BinaryOp.NE)) {
            Expr.Binary b = (Expr.Binary) printed("a " + op.symbol + " b + 1");
            assertEquals(op, b.op());
            assertEquals(Expr.BinaryOp.ADD, ((Expr.Binary) b.right()).op());
        }
    }

    @Test
    void rangesLexWithoutSpacesAndTakeAStep() {
        Expr.Range r = (Expr.Range) printed("0.05..1.0");
        assertEquals("0.05", ((Expr.NumberLit) r.from()).text());
        assertEquals("1.0", ((Expr.NumberLit) r.to()).text());
        Expr.Range stepped = (Expr.Range) printed("1..10 step 2");
        assertEquals(2.0, ((Expr.NumberLit) stepped.step().orElseThrow()).value());
        Expr.Range arithmetic = (Expr.Range) printed("0..8/255 step 1/255");
        assertEquals(Expr.BinaryOp.DIV, ((Expr.Binary) arithmetic.to()).op());
        assertEquals(Expr.BinaryOp.DIV, ((Expr.Binary) arithmetic.step().orElseThrow()).op());
        Expr.Range names = (Expr.Range) printed("a..b");
        assertInstanceOf(Expr.Name.class, names.to());
    }

    @Test
    void numbersKeepTextAndValue() {
        Expr.NumberLit n = (Expr.NumberLit) printed("4e-3");
        assertEquals(0.004, n.value());
        assertEquals("4e-3", n.text());
        assertEquals(12.0, ((Expr.NumberLit) printed("12")).value());
        assertEquals(1.5e10, ((Expr.NumberLit) printed("1.5E+10")).value());
    }

    @Test
    void stringEscapes() {
        assertEquals("a\"b\\c\nd\te", ((Expr.StringLit) printed("\"a\\\"b\\\\c\\nd\\te\"")).value());
        assertEquals("", ((Expr.StringLit) printed("\"\"")).value());
        assertEquals("// not a comment", ((Expr.StringLit) printed("\"// not a comment\"")).value());
    }

    @Test
    void booleansListsAndCalls() {
        assertEquals(true, ((Expr.BoolLit) printed("true")).value());
        assertEquals(false, ((Expr.BoolLit) printed("false")).value());
        Expr.ListLit list = (Expr.ListLit) printed("[1, [2, 3], \"x\",]");
        assertEquals(3, list.elements().size());
        assertEquals(0, ((Expr.ListLit) printed("[]")).elements().size());
        Expr.Call call = (Expr.Call) printed("f(x, q=0.5)");
        assertTrue(call.args().get(0).name().isEmpty());
        assertEquals("q", call.args().get(1).name().orElseThrow().name());
        Expr.Call method = (Expr.Call) printed("p.estimate(0.1)");
        assertEquals("estimate", method.calleeName().name());
        assertInstanceOf(Expr.Member.class, method.callee());
        Expr.Call seeded = (Expr.Call) printed("sampler(seed=3, step=2)");
        assertEquals("seed", seeded.args().get(0).name().orElseThrow().name());
    }

    @Test
    void runAtEpsAndInto() {
        Stmt.RunStmt run = (Stmt.RunStmt) parseOk("run bce(), slam(q=0.5) at eps = 8/255 into r").statements().get(0);
        assertEquals(2, run.attacks().size());
        assertEquals("eps", run.atVar().orElseThrow().name());
        assertEquals(Expr.BinaryOp.DIV, ((Expr.Binary) run.atValue().orElseThrow()).op());
        assertEquals("r", run.into().orElseThrow().name());
        Stmt.RunStmt plain = (Stmt.RunStmt) parseOk("run bce()").statements().get(0);
        assertTrue(plain.atVar().isEmpty() && plain.atValue().isEmpty() && plain.into().isEmpty());
    }

    @Test
    void modelPathAndAlias() {
        Stmt.ModelStmt m = (Stmt.ModelStmt) parseOk("model \"models/a b.json\" as mine").statements().get(0);
        assertTrue(m.isPath());
        assertEquals("models/a b.json", m.ref());
        assertEquals("mine", m.alias().orElseThrow().name());
        assertSpan(m.refSpan(), 1, 7, 1, 23, 6, 23);
    }

    @Test
    void dataClausesInAnyOrder() {
        Stmt.DataStmt d = (Stmt.DataStmt) parseOk("data coco2014 seed 1 where x > 2 split val at \"d\" sample 5")
                .statements().get(0);
        assertEquals("val", d.split().orElseThrow().name());
        assertEquals("d", ((Expr.StringLit) d.at().orElseThrow()).value());
        assertTrue(d.where().isPresent() && d.sample().isPresent() && d.seed().isPresent());
    }

    @Test
    void setSeedAndReport() {
        Stmt.SetStmt set = (Stmt.SetStmt) parseOk("set seed = 7").statements().get(0);
        assertEquals("seed", set.key().name());
        Stmt.ReportStmt r = (Stmt.ReportStmt) parseOk("report flips as csv to \"f.csv\"").statements().get(0);
        assertEquals(OutputFormat.CSV, r.format().orElseThrow().value());
        assertEquals("f.csv", ((Expr.StringLit) r.to().orElseThrow()).value());
    }

    @Test
    void forBlocksNest() {
        String text = """
                for eps in [0.1, 0.2], q in [0.5] {
                  let x = eps * 2
                  for k in 1..3 { print k; print x }
                  run slam(q=q) at eps = x
                }
                """;
        Stmt.ForBlockStmt outer = (Stmt.ForBlockStmt) parseOk(text).statements().get(0);
        assertEquals(2, outer.loops().size());
        assertEquals(3, outer.body().size());
        Stmt.ForBlockStmt inner = (Stmt.ForBlockStmt) outer.body().get(1);
        assertEquals(2, inner.body().size());
        assertSpan(outer.span(), 1, 1, 5, 1, 0, text.length() - 1);
    }

    @Test
    void statementWithErrorsIsLeftOutButOthersStay() {
        ParseResult r = SyntaxAssertions.parse("model a\nlet = 3\nprint 1");
        assertTrue(r.hasErrors());
        assertEquals(2, r.statements().size());
    }
}
