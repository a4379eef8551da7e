package dev.atk.syntax;

import static dev.atk.syntax.SyntaxAssertions.parseOk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example of LANGUAGE.md parses, into the statements it shows. */
class LanguageExamplesTest {

    @Test
    void firstScript() {
        String script = """
                // Table IV of the SLAM/CLASS paper, on the bundled model.
                model fashion_cnn;
                data fashion split test sample 100 seed 11;
                for eps in profile(0.05..1.0) run bce(), linear(), slam(q=0.5), random_subset(), class(gamma=0), class(gamma=1);
                report flips;
                """;
        List<Stmt> s = parseOk(script).statements();
        assertEquals(4, s.size());
        Stmt.ModelStmt model = assertInstanceOf(Stmt.ModelStmt.class, s.get(0));
        assertEquals("fashion_cnn", model.ref());
        assertFalse(model.isPath());
        Stmt.DataStmt data = assertInstanceOf(Stmt.DataStmt.class, s.get(1));
        assertEquals("fashion", data.name().name());
        assertEquals("test", data.split().orElseThrow().name());
        assertEquals(100.0, ((Expr.NumberLit) data.sample().orElseThrow()).value());
        assertEquals(11.0, ((Expr.NumberLit) data.seed().orElseThrow()).value());
        Stmt.ForRunStmt loop = assertInstanceOf(Stmt.ForRunStmt.class, s.get(2));
        assertEquals(1, loop.loops().size());
        assertEquals("eps", loop.loops().get(0).name().name());
        assertEquals(List.of("bce", "linear", "slam", "random_subset", "class", "class"),
                loop.attacks().stream().map(c -> c.calleeName().name()).toList());
        Expr.Call profile = assertInstanceOf(Expr.Call.class, loop.loops().get(0).domain());
        Expr.Range range = assertInstanceOf(Expr.Range.class, profile.args().get(0).value());
        assertEquals(0.05, ((Expr.NumberLit) range.from()).value());
        assertEquals(1.0, ((Expr.NumberLit) range.to()).value());
        assertTrue(range.step().isEmpty());
        Stmt.ReportStmt report = assertInstanceOf(Stmt.ReportStmt.class, s.get(3));
        assertEquals("flips", ((Expr.Name) report.what()).id().name());
    }

    @Test
    void designCardOneLinerWithoutTrailingSemicolon() {
        List<Stmt> s = parseOk("model q2l_coco; for eps in profile(0.05..1.0) run slam(q=0.5)").statements();
        assertEquals(2, s.size());
        assertEquals("q2l_coco", ((Stmt.ModelStmt) s.get(0)).ref());
        Stmt.ForRunStmt loop = (Stmt.ForRunStmt) s.get(1);
        Expr.Arg q = loop.attacks().get(0).args().get(0);
        assertEquals("q", q.name().orElseThrow().name());
        assertEquals(0.5, ((Expr.NumberLit) q.value()).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "model fashion_cnn as m",
        "model \"config.json\" as mine",
        "model \"config.json\"",
        "data fashion",
        "data coco2014 at \"/data/coco\" split val sample 500 seed 3 where len(labels) > 2",
        "data voc2007 at \"voc\"",
        "data nuswide at \"nus\" split test",
        "set threshold = 0.5",
        "set alpha = 1/2560",
        "set norm = linf",
        "set batch = 64",
        "set device = gpu",
        "set seed = 7",
        "set fidelity = faithful",
        "set out = \"results\"",
        "let budgets = [0.05, 0.1, 0.2]",
        "let eps = 8/255",
        "for eps in [0.1, 0.2], q in [0.25, 0.5] run slam(q=q) into grid",
        "for eps in profile(0.05..1.0) { run bce() at eps = eps }",
        "run bce(), slam(q=0.5) at eps = 8/255 into one",
        "run mifgsm(loss=slam(q=0.5), targets=class(gamma=0.05))",
        "run mifgsm(loss=bce, targets=all, mu=1.0)",
        "run class(gamma=0, branches=4, depth=4, ratio=1.66)",
        "run closest(3), fgsm(), fgm(), bim(), pgd(random_start=true)",
        "run ml_cw(), ml_deepfool(), mla_lp(), rank1(), rank2()",
        "run tkml_u(k=3), tkml_t(k=3, case=best), tkml_uv(k=3), show_many(5)",
        "report flips",
        "report results as table",
        "report flips as csv to \"out/flips.csv\"",
        "report grid as json to \"grid.json\"",
        "report flips as chart",
        "report one as images to \"panels\"",
        "print profile()",
        "print profile().eps_max",
        "print profile().coefficients",
        "print profile().estimate(0.1)",
        "print profile(0.05..1.0 step 0.05)",
        "let p = profile_of(coefficients=[0.1, 2.5, -0.3], eps_max=0.08, labels=80)",
        "print p.estimate(0.1) + p.slam_p(0.1) * p.class_length(0.1)",
        "print correlations(eps=0.05, samples=100)",
        "print class_subset([0.1, 0.2], [[1, 0], [0, 1]], 1, gamma=0, branches=4, depth=4)",
        "print class_objective([0, 1], [0.1, 0.2], [[1, 0], [0, 1]], 0)",
        "print linspace(0, 1, 5)",
        "print logspace(-3, 0, 4)",
        "print mean([1, 2]) + std([1, 2])",
        "print len([1, 2, 3])",
        "run hide([1, 2]), show([3]), flip([1], keep=rest)",
    })
    void statementTableExamples(String line) {
        assertEquals(1, parseOk(line).statements().size());
    }

    @Test
    void errorsExampleLineParses() {
        // LANGUAGE.md "Errors": a misspelt attack is the checker's business, not a syntax error.
        List<Stmt> s = parseOk("model fashion_cnn\ndata fashion\nfor eps in profile(0.05..1.0) run slamm(q=0.5)")
                .statements();
        assertEquals("slamm", ((Stmt.ForRunStmt) s.get(2)).attacks().get(0).calleeName().name());
    }
}
