package dev.atk.check;

import dev.atk.value.Type;
import dev.atk.setting.DeviceSpec;
import dev.atk.setting.Setting;
import dev.atk.diag.Diagnostic;
import dev.atk.diag.Diagnostics;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.metric.Metric;
import dev.atk.paths.WriteRule;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Ident;
import dev.atk.syntax.Stmt;
import dev.atk.spi.Cancellation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a parsed script against the catalog and the scope it starts in (a REPL keeps its scope between entries).
 * Collects every error instead of stopping at the first, so a user fixes a script in one pass.
 */
public final class Checker {
    private final Catalog catalog;
    private final Path baseDir;
    private final Diagnostics diagnostics = new Diagnostics();
    private final ExprChecker exprs;
    private final ReportChecks reports;
    private final SelectionChecks selections;

    /** Where the script may write before any {@code set out}: the session's results folder and allowed folders. */
    private final WriteRule writes;

    /** What the user's Ctrl-C reaches: checked before every statement, and inside constant folding. */
    private final Cancellation cancellation;

    public Checker(Catalog catalog, Path baseDir, WriteRule writes) {
        this(catalog, baseDir, writes, Cancellation.never());
    }

    public Checker(Catalog catalog, Path baseDir, WriteRule writes, Cancellation cancellation) {
        this.catalog = catalog;
        this.baseDir = baseDir;
        this.writes = writes;
        this.cancellation = cancellation;
        this.exprs = new ExprChecker(catalog, diagnostics, cancellation, baseDir);
        this.reports = new ReportChecks(exprs, diagnostics, this::writesIn);
        this.selections = new SelectionChecks(catalog, baseDir, exprs, diagnostics);
    }

    /** The write rule in {@code scope}: its {@code set out} folder, if a constant one was set, is the results folder. */
    private WriteRule writesIn(Scope scope) {
        return scope.setting(Setting.OUT.key()).filter(String.class::isInstance).map(String.class::cast)
                .map(dir -> writes.withResultsDir(baseDir.toAbsolutePath().normalize().resolve(dir)))
                .orElse(writes);
    }

    /** Checks {@code statements} starting from {@code scope}, which it updates (bindings, selections). */
    public List<Diagnostic> check(List<Stmt> statements, Scope scope) {
        for (Stmt s : statements) {
            statement(s, scope);
        }
        return diagnostics.sorted();
    }

    private void statement(Stmt s, Scope scope) {
        cancellation.checkpoint();
        s.accept(statements, scope);
    }

    /** What the checker does with each kind of statement, in the scope it is checked in. */
    private final Stmt.Visitor<Scope> statements = new Stmt.Visitor<>() {
        public void model(Stmt.ModelStmt m, Scope scope) {
            selections.model(m, scope);
        }

        public void data(Stmt.DataStmt d, Scope scope) {
            selections.data(d, scope);
        }

        public void set(Stmt.SetStmt st, Scope scope) {
            Checker.this.set(st, scope);
        }

        public void let(Stmt.LetStmt l, Scope scope) {
            Checker.this.let(l, scope);
        }

        public void forRun(Stmt.ForRunStmt f, Scope scope) {
            Scope inner = loops(f.loops(), scope);
            attacks(f.attacks(), inner, f.span());
            f.into().ifPresent(id -> into(id, scope));
        }

        public void forBlock(Stmt.ForBlockStmt f, Scope scope) {
            Scope inner = loops(f.loops(), scope);
            for (Stmt body : f.body()) {
                statement(body, inner);
            }
        }

        public void run(Stmt.RunStmt r, Scope scope) {
            Checker.this.run(r, scope);
        }

        public void report(Stmt.ReportStmt r, Scope scope) {
            reports.check(r, scope);
        }

        public void print(Stmt.PrintStmt p, Scope scope) {
            exprs.typeOf(p.value(), scope);
        }
    };


    private void set(Stmt.SetStmt st, Scope scope) {
        String key = st.key().name();
        Optional<Setting> spec = Setting.find(key);
        if (spec.isEmpty()) {
            diagnostics.error(st.key().span(), Messages.unknown("setting", key,
                    DidYouMean.suggest(key, Setting.keys()).orElse(null)), "settings: " + String.join(", ", Setting.keys()));
            return;
        }
        Setting s = spec.get();
        if (!s.choices().isEmpty()) {
            String word = st.value() instanceof Expr.Name n ? n.id().name()
                    : st.value() instanceof Expr.StringLit l ? l.value() : null;
            if (word == null || s.choice(word).isEmpty()) {
                diagnostics.error(st.value().span(), Messages.notAChoice(key, word, s == Setting.DEVICE
                        ? DeviceSpec.FORMS : s.choices()));
            } else {
                scope.setting(key, word);
            }
            return;
        }
        boolean number = s.kind() == Setting.Kind.NUMBER || s.kind() == Setting.Kind.INTEGER;
        exprs.expect(st.value(), number ? Type.NUMBER : Type.STRING, scope);
        if (s == Setting.OUT) {
            PathText.check(st.value(), exprs, scope, diagnostics);
            exprs.constant(st.value(), scope).filter(String.class::isInstance).map(String.class::cast).ifPresent(dir -> {
                if (PathText.problem(dir).isEmpty()) {
                    writes.outProblem(dir, baseDir).ifPresentOrElse(
                            p -> diagnostics.error(st.value().span(), p, WriteRule.hint()),
                            () -> scope.setting(Setting.OUT.key(), dir));
                }
            });
        }
        if (s == Setting.CLUSTER) {
            exprs.constant(st.value(), scope).filter(String.class::isInstance).map(String.class::cast).ifPresent(m -> {
                if (dev.atk.setting.ClusterMaster.parse(m).isEmpty()) {
                    diagnostics.error(st.value().span(), Messages.notAChoice(key, m, dev.atk.setting.ClusterMaster.FORMS),
                            s.help());
                } else {
                    scope.setting(key, m);
                }
            });
        }
        if (number) {
            exprs.constantNumber(st.value(), scope).ifPresent(v -> {
                if (v < s.min() || v > s.max()) {
                    diagnostics.error(st.value().span(), Messages.outOfRange(key, v,
                            "[" + dev.atk.value.Values.format(s.min()) + ", " + dev.atk.value.Values.format(s.max()) + "]"), s.help());
                } else if (s.kind() == Setting.Kind.INTEGER && v != Math.rint(v)) {
                    diagnostics.error(st.value().span(), Messages.wrongType("an integer", dev.atk.value.Values.format(v)));
                }
                scope.setting(key, v);
            });
        }
    }

    private void let(Stmt.LetStmt l, Scope scope) {
        String name = l.name().name();
        for (ComponentKind kind : ComponentKind.values()) {
            if (catalog.find(kind, name).isPresent()) {
                diagnostics.error(l.name().span(), Messages.shadowsComponent(name, kind.noun()));
                break;
            }
        }
        if (Metric.fromKeyword(name).orElse(null) != null || dev.atk.builtin.Builtins.find(name).isPresent()
                || name.equals(dev.atk.metric.CustomMetric.WORD)) { // `report metric(f)` must keep meaning the report
            diagnostics.error(l.name().span(), Messages.shadowsBuiltin(name));
        }
        Type t = exprs.typeOf(l.value(), scope);
        scope.define(name, t, exprs.constant(l.value(), scope).orElse(null));
    }

    /** Checks loop domains and returns the scope the loop body sees. */
    private Scope loops(List<Stmt.LoopVar> loops, Scope scope) {
        Scope inner = scope.child();
        for (Stmt.LoopVar v : loops) {
            Type t = exprs.typeOf(v.domain(), scope);
            if (!t.iterable()) {
                diagnostics.error(v.domain().span(), Messages.notIterable(t.description()),
                        "loop over a list [a, b], a range a..b step s, or profile(0.05..1.0)");
            }
            boolean budget = v.name().name().equals("eps");
            if (budget) {
                budgets(v.domain(), scope);
                inner.budgetBound = true;
            }
            inner.define(v.name().name(), t == Type.BUDGETS ? Type.NUMBER : t.iterable() ? Type.ANY : Type.ANY, null);
        }
        return inner;
    }

    /** Checks every budget that is known before running against the norm's valid range, at the budget's own span. */
    private void budgets(Expr domain, Scope scope) {
        if (domain instanceof Expr.ListLit l) {
            for (Expr e : l.elements()) {
                exprs.constant(e, scope).ifPresent(v -> {
                    if (v instanceof Double d) {
                        budget(e, d, scope);
                    } else {
                        notABudget(e, v);
                    }
                });
            }
            return;
        }
        exprs.constant(domain, scope).ifPresent(v -> {
            List<Object> values = new ArrayList<>();
            if (v instanceof List<?> l) {
                values.addAll(l);
            } else if (v instanceof dev.atk.value.RangeValue r) {
                values.addAll(r.values());
            }
            values.stream().filter(x -> !(x instanceof Double) && !(x instanceof dev.atk.value.Budget)).findFirst()
                    .ifPresent(x -> notABudget(domain, x));
            values.stream().filter(Double.class::isInstance).map(Double.class::cast)
                    .filter(d -> !validBudget(d, scope)).findFirst().ifPresent(d -> budget(domain, d, scope));
        });
    }

    private void notABudget(Expr at, Object value) {
        diagnostics.error(at.span(), Messages.wrongType("a budget (a number)", dev.atk.value.Values.typeName(value)),
                "ε is a number in [0,1], e.g. `for eps in [0.01, 0.02] run ...`");
    }

    private static boolean validBudget(double eps, Scope scope) {
        boolean l2 = "l2".equals(scope.setting("norm").orElse("linf"));
        return eps >= 0 && (l2 || eps <= 1);
    }

    private void budget(Expr at, double eps, Scope scope) {
        boolean l2 = "l2".equals(scope.setting("norm").orElse("linf"));
        if (!validBudget(eps, scope)) {
            diagnostics.error(at.span(), Messages.budgetOutOfRange(eps, l2),
                    l2 ? "an L2 budget is a non-negative length" : "ε is in [0,1] pixel units: 8/255 ≈ 0.0314 is eight grey levels");
        }
    }

    private void run(Stmt.RunStmt r, Scope scope) {
        Scope inner = scope.child();
        if (r.atVar().isPresent()) {
            Ident var = r.atVar().get();
            if (!var.name().equals("eps")) {
                diagnostics.error(var.span(), Messages.unknown("budget name", var.name(), "eps"), "write `run ... at eps = 0.01`");
            }
            r.atValue().ifPresent(v -> {
                if (v instanceof Expr.Call c && c.callee() instanceof Expr.Name f && f.id().name().equals("matched")) {
                    matched(c, scope);
                    return;
                }
                exprs.expect(v, Type.NUMBER, scope);
                exprs.constantNumber(v, scope).ifPresent(d -> budget(v, d, scope));
            });
            inner.budgetBound = true;
        }
        attacks(r.attacks(), inner, r.span());
        r.into().ifPresent(id -> into(id, scope));
    }

    /**
     * {@code at eps = matched(SET)}: each image at the perturbation a minimal attack run {@code into SET} needed on it
     * (van Thiel's Table VII). The set must be defined by an earlier {@code into}.
     */
    private void matched(Expr.Call c, Scope scope) {
        String hint = "write `run ml_cw() into minimal` first, then `run bce() at eps = matched(minimal)`";
        if (c.args().size() != 1 || !(c.args().get(0).value() instanceof Expr.Name set) || c.args().get(0).name().isPresent()) {
            diagnostics.error(c.span(), Messages.wrongType("matched(SET), SET a result set named with `into`",
                    dev.atk.eval.Exprs.text(c)), hint);
            return;
        }
        if (scope.type(set.id().name()).filter(t -> t == Type.RESULTS).isEmpty()) {
            diagnostics.error(set.span(), Messages.unknown("result set", set.id().name(), null), hint);
        }
    }

    /**
     * {@code into NAME} defines a result set; a metric's name ({@code l2}, {@code flips}, …) or {@code results} would
     * make {@code report NAME} mean the metric over every result instead, silently, so it is refused.
     */
    private void into(dev.atk.syntax.Ident id, Scope scope) {
        if (Metric.fromKeyword(id.name()).isPresent() || id.name().equals("results")) {
            diagnostics.error(id.span(), Messages.intoReservedName(id.name()),
                    "pick another name, e.g. `into " + id.name() + "_runs`; `report " + id.name()
                            + "` reports the metric over every result");
        }
        scope.define(id.name(), Type.RESULTS, null);
    }

    private void attacks(List<Expr.Call> calls, Scope scope, dev.atk.source.SourceSpan where) {
        if (!scope.modelSelected()) {
            // name a model that runs as it is (bundled weights and data), not a template that needs downloads
            String runnable = catalog.modelNames().stream().filter(m -> catalog.defaultData(m).isPresent()).findFirst()
                    .or(() -> catalog.modelNames().stream().findFirst()).orElse("NAME");
            diagnostics.error(where, Messages.noModel(), "add `model " + runnable + "` before it");
        }
        if (!scope.dataSelected()) {
            diagnostics.error(where, Messages.noData(), selections.dataHint());
        }
        for (Expr.Call c : calls) {
            Optional<ComponentInfo> info = exprs.component(c, ComponentKind.ATTACK, scope);
            if (info.isPresent() && info.get().usesBudget() && !scope.budgetBound) {
                diagnostics.error(c.span(), Messages.noBudget(c.calleeName().name()),
                        "write `run " + c.calleeName().name() + "() at eps = 0.01` or `for eps in profile(0.05..1.0) run ...`");
            }
        }
    }
}
