package dev.atk.syntax;

import dev.atk.source.SourceSpan;
import dev.atk.limits.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Finds a statement nested deeper than {@link Limits#MAX_NESTING}: blocks inside blocks, and expressions inside
 * expressions (a chain {@code 1 + 1 + ...} nests once per operator, as it is left-associative). The checker,
 * planner and evaluator walk the tree recursively, so the parser refuses such a statement with a positioned error
 * instead of letting a later stage overflow the stack. The walk itself keeps its own stack, so any depth is safe.
 */
final class NestingDepth {
    private NestingDepth() {}

    /** A node still to visit, its depth, and the outermost expression it is part of (null for statements). */
    private record Pending(Object node, int depth, Expr outermost) {}

    /**
     * Where the statement nests too deeply, if it does: the outermost expression holding the too-deep node (for a
     * long chain, that is where the chain starts), or the innermost block past the limit.
     */
    static Optional<SourceSpan> tooDeep(Stmt statement) {
        Deque<Pending> work = new ArrayDeque<>();
        work.push(new Pending(statement, 1, null));
        while (!work.isEmpty()) {
            Pending p = work.pop();
            if (p.depth() > Limits.MAX_NESTING) {
                return Optional.of(p.outermost() != null ? p.outermost().span()
                        : p.node() instanceof Stmt s ? s.span() : ((Expr) p.node()).span());
            }
            List<Object> children = p.node() instanceof Stmt s ? children(s) : children((Expr) p.node());
            for (Object child : children) {
                Expr outermost = p.outermost() != null ? p.outermost() : child instanceof Expr e ? e : null;
                work.push(new Pending(child, p.depth() + 1, outermost));
            }
        }
        return Optional.empty();
    }

    private static List<Object> children(Stmt s) {
        List<Object> out = new ArrayList<>();
        s.accept(new Stmt.Visitor<List<Object>>() {
            public void model(Stmt.ModelStmt m, List<Object> c) {}

            public void data(Stmt.DataStmt d, List<Object> c) {
                d.at().ifPresent(c::add);
                d.sample().ifPresent(c::add);
                d.seed().ifPresent(c::add);
                d.where().ifPresent(c::add);
            }

            public void set(Stmt.SetStmt st, List<Object> c) {
                c.add(st.value());
            }

            public void let(Stmt.LetStmt l, List<Object> c) {
                c.add(l.value());
            }

            public void forRun(Stmt.ForRunStmt f, List<Object> c) {
                f.loops().forEach(v -> c.add(v.domain()));
                c.addAll(f.attacks());
            }

            public void forBlock(Stmt.ForBlockStmt f, List<Object> c) {
                f.loops().forEach(v -> c.add(v.domain()));
                c.addAll(f.body());
            }

            public void run(Stmt.RunStmt r, List<Object> c) {
                c.addAll(r.attacks());
                r.atValue().ifPresent(c::add);
            }

            public void report(Stmt.ReportStmt r, List<Object> c) {
                c.add(r.what());
                r.to().ifPresent(c::add);
            }

            public void print(Stmt.PrintStmt p, List<Object> c) {
                c.add(p.value());
            }
        }, out);
        return out;
    }

    private static List<Object> children(Expr e) {
        return e.accept(new Expr.Visitor<List<Object>>() {
            public List<Object> number(Expr.NumberLit n) {
                return List.of();
            }

            public List<Object> string(Expr.StringLit s) {
                return List.of();
            }

            public List<Object> bool(Expr.BoolLit b) {
                return List.of();
            }

            public List<Object> list(Expr.ListLit l) {
                return List.copyOf(l.elements());
            }

            public List<Object> range(Expr.Range r) {
                List<Object> out = new ArrayList<>(List.of(r.from(), r.to()));
                r.step().ifPresent(out::add);
                return out;
            }

            public List<Object> name(Expr.Name n) {
                return List.of();
            }

            public List<Object> member(Expr.Member m) {
                return List.of(m.target());
            }

            public List<Object> call(Expr.Call c) {
                List<Object> out = new ArrayList<>(List.of(c.callee()));
                c.args().forEach(a -> out.add(a.value()));
                return out;
            }

            public List<Object> unary(Expr.Unary u) {
                return List.of(u.operand());
            }

            public List<Object> binary(Expr.Binary b) {
                return List.of(b.left(), b.right());
            }
        });
    }
}
