package dev.atk.check;

import dev.atk.value.Type;
import dev.atk.builtin.ArgumentCheck;
import dev.atk.builtin.Builtin;
import dev.atk.builtin.Builtins;
import dev.atk.builtin.CheckContext;
import dev.atk.diag.Diagnostics;
import dev.atk.diag.DidYouMean;
import dev.atk.diag.Messages;
import dev.atk.eval.Evaluator;
import dev.atk.value.EvalException;
import dev.atk.limits.Limits;
import dev.atk.value.RangeValue;
import dev.atk.metric.CustomMetric;
import dev.atk.metric.Metric;
import dev.atk.value.NotYetKnown;
import dev.atk.value.PendingProfile;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamRule;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Types expressions and checks component calls against the catalog, reporting every problem it finds. */
final class ExprChecker {

    static final List<String> METRIC_WORDS = java.util.Arrays.stream(Metric.values()).map(Metric::keyword).toList();
    static final List<String> PROFILE_MEMBERS = List.of("eps_max", "coefficients", "labels");
    static final List<String> PROFILE_METHODS = List.of("estimate", "slam_p", "class_length");

    private final Catalog catalog;
    private final Diagnostics diagnostics;
    private final Evaluator evaluator;
    private final AnalysisChecks analyses;

    ExprChecker(Catalog catalog, Diagnostics diagnostics, dev.atk.spi.Cancellation cancellation,
                java.nio.file.Path scriptFolder) {
        this.scriptFolder = scriptFolder;
        this.catalog = catalog;
        this.diagnostics = diagnostics;
        this.evaluator = new Evaluator(catalog, cancellation, scriptFolder);
        this.analyses = new AnalysisChecks(diagnostics);
    }

    private final java.nio.file.Path scriptFolder;

    java.nio.file.Path scriptFolder() {
        return scriptFolder;
    }

    /** The value of {@code e} if it is known before running (literals, arithmetic, constant bindings). */
    Optional<Object> constant(Expr e, Scope scope) {
        try {
            Object v = evaluator.eval(e, scope.constants(), PLAN_TIME);
            return Optional.ofNullable(v);
        } catch (NotYetKnown | EvalException | ClassCastException | IndexOutOfBoundsException notConstant) {
            return Optional.empty();
        }
    }

    Optional<Double> constantNumber(Expr e, Scope scope) {
        return constant(e, scope).filter(Double.class::isInstance).map(Double.class::cast);
    }

    /** A context in which no profile is known: anything that needs one is not constant. */
    private static final Evaluator.Context PLAN_TIME = new Evaluator.Context() {
        @Override
        public boolean callsGuests() {
            return false; // checking runs no user code
        }

        @Override
        public Object profile() {
            return new PendingProfile(-1);
        }

        @Override
        public ProfileResult resolve(PendingProfile pending) {
            return null;
        }
    };

    Type typeOf(Expr e, Scope scope) {
        return e.accept(new Expr.Visitor<>() {
            public Type number(Expr.NumberLit n) {
                return Type.NUMBER;
            }

            public Type string(Expr.StringLit s) {
                return Type.STRING;
            }

            public Type bool(Expr.BoolLit b) {
                return Type.BOOL;
            }

            public Type list(Expr.ListLit l) {
                l.elements().forEach(x -> typeOf(x, scope));
                return Type.LIST;
            }

            public Type range(Expr.Range r) {
                return ExprChecker.this.range(r, scope);
            }

            public Type name(Expr.Name n) {
                return ExprChecker.this.name(n.id(), scope);
            }

            public Type member(Expr.Member m) {
                return ExprChecker.this.member(m, scope);
            }

            public Type call(Expr.Call c) {
                return ExprChecker.this.call(c, scope);
            }

            public Type unary(Expr.Unary u) {
                return ExprChecker.this.unary(u, scope);
            }

            public Type binary(Expr.Binary b) {
                return ExprChecker.this.binary(b, scope);
            }
        });
    }

    private Type range(Expr.Range r, Scope scope) {
        expect(r.from(), Type.NUMBER, scope);
        expect(r.to(), Type.NUMBER, scope);
        r.step().ifPresent(s -> {
            expect(s, Type.NUMBER, scope);
            constantNumber(s, scope).filter(v -> v <= 0).ifPresent(v ->
                    diagnostics.error(s.span(), Messages.stepNotPositive(v), "write e.g. 0..1 step 0.1"));
        });
        Optional<Double> from = constantNumber(r.from(), scope);
        Optional<Double> to = constantNumber(r.to(), scope);
        if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
            diagnostics.error(r.span(), Messages.emptyRange(from.get(), to.get()), "ranges count up: write the smaller end first");
        }
        Optional<Double> step = r.step().isEmpty() ? Optional.of(1.0) : constantNumber(r.step().get(), scope);
        if (from.isPresent() && to.isPresent() && step.filter(s -> s > 0).isPresent()) {
            double size = new RangeValue(from.get(), to.get(), step.get()).size();
            if (size > Limits.MAX_SEQUENCE) {
                diagnostics.error(r.span(), Messages.rangeTooLong(Limits.count(size), Limits.count(Limits.MAX_SEQUENCE)),
                        "take a coarser step, or n values with linspace(a, b, n)");
            }
        }
        return Type.RANGE;
    }

    void expect(Expr e, Type expected, Scope scope) {
        Type t = typeOf(e, scope);
        if (t != expected && t != Type.ANY && !(expected == Type.NUMBER && t == Type.ANY)) {
            diagnostics.error(e.span(), Messages.wrongType(expected.description(), t.description()));
        }
    }

    private Type name(Ident id, Scope scope) {
        Optional<Type> t = scope.type(id.name());
        if (t.isPresent()) {
            return t.get();
        }
        if (Metric.fromKeyword(id.name()).orElse(null) != null || id.name().equals("results")) {
            return Type.METRIC;
        }
        for (ComponentKind kind : ComponentKind.values()) {
            if (catalog.find(kind, id.name()).isPresent()) {
                return Type.COMPONENT;
            }
        }
        List<String> known = new ArrayList<>(scope.names());
        known.addAll(METRIC_WORDS);
        diagnostics.error(id.span(), Messages.unknown("name", id.name(), DidYouMean.suggest(id.name(), known).orElse(null)),
                id.name().equals(CustomMetric.WORD) ? Messages.metricHint()
                        : "define it first with `let " + id.name() + " = ...`");
        return Type.ANY;
    }

    private Type member(Expr.Member m, Scope scope) {
        Type target = typeOf(m.target(), scope);
        String name = m.member().name();
        if (target == Type.CORRELATIONS || target == Type.ATTACKABILITY) {
            return analyses.member(m, target);
        }
        if (target == Type.PROFILE || target == Type.ANY) {
            if (!PROFILE_MEMBERS.contains(name) && target == Type.PROFILE) {
                diagnostics.error(m.member().span(), Messages.unknown("profile member", name,
                        DidYouMean.suggest(name, PROFILE_MEMBERS).orElse(null)), "a profile has eps_max, coefficients, labels");
                return Type.ANY;
            }
            return name.equals("coefficients") ? Type.LIST : Type.NUMBER;
        }
        diagnostics.error(m.member().span(), Messages.noMembers(target.description(), name));
        return Type.ANY;
    }

    private Type call(Expr.Call c, Scope scope) {
        if (c.callee() instanceof Expr.Member m) {
            Type target = typeOf(m.target(), scope);
            String name = m.member().name();
            if (target != Type.PROFILE && target != Type.ANY) {
                diagnostics.error(m.member().span(), Messages.noMembers(target.description(), name));
                return Type.ANY;
            }
            if (!PROFILE_METHODS.contains(name)) {
                diagnostics.error(m.member().span(), Messages.unknown("profile method", name,
                        DidYouMean.suggest(name, PROFILE_METHODS).orElse(null)), "a profile has estimate(eps), slam_p(eps), class_length(eps)");
                return Type.ANY;
            }
            arity(c, 1, 1);
            c.args().forEach(a -> expect(a.value(), Type.NUMBER, scope));
            return Type.NUMBER;
        }
        if (!(c.callee() instanceof Expr.Name)) {
            diagnostics.error(c.callee().span(), Messages.notCallable());
            return Type.ANY;
        }
        Ident id = c.calleeName();
        if (scope.type(id.name()).filter(t -> t == Type.FUNCTION).isPresent()) {
            return guestCall(c, scope);
        }
        if (id.name().equals(CustomMetric.WORD)) {
            diagnostics.error(c.span(), Messages.metricOnlyInReports(), Messages.metricHint());
            c.args().forEach(a -> typeOf(a.value(), scope));
            return Type.ANY;
        }
        Optional<Builtin> builtin = Builtins.find(id.name());
        if (builtin.isPresent()) {
            CheckContext ctx = new BuiltinCheckContext(this, scope, diagnostics);
            return builtin.get().check(c, ArgumentCheck.bind(builtin.get().signature(), c, ctx), ctx);
        }
        for (ComponentKind kind : ComponentKind.values()) {
            if (catalog.find(kind, id.name()).isPresent()) {
                component(c, kind, scope);
                return Type.COMPONENT;
            }
        }
        List<String> known = new ArrayList<>(Builtins.names());
        catalog.components().forEach(ci -> known.add(ci.name()));
        diagnostics.error(id.span(), Messages.unknown("function", id.name(),
                DidYouMean.suggest(id.name(), known).orElse(null)));
        return Type.ANY;
    }

    /** A call of the script's own function ({@code let f = js(…)}): positional arguments of any type; any result. */
    private Type guestCall(Expr.Call c, Scope scope) {
        for (Expr.Arg a : c.args()) {
            a.name().ifPresent(n -> diagnostics.error(n.span(), "a js function takes its arguments by position, not "
                    + "by name", "write " + c.calleeName().name() + "(value, …)"));
            typeOf(a.value(), scope);
        }
        return Type.ANY;
    }

    /** A profile method's argument count (its one argument is typed by the caller). */
    private void arity(Expr.Call c, int min, int max) {
        int n = c.args().size();
        if (n < min || n > max) {
            diagnostics.error(c.span(), Messages.arity(c.calleeName().name(), min, max, n));
        }
    }

    /**
     * Checks a call as a component of {@code kind}: the name, then each argument's name, type and range.
     * Returns the component, or empty when the name is unknown (already reported).
     */
    Optional<ComponentInfo> component(Expr.Call c, ComponentKind kind, Scope scope) {
        if (!(c.callee() instanceof Expr.Name)) {
            diagnostics.error(c.callee().span(), Messages.notCallable());
            return Optional.empty();
        }
        Ident id = c.calleeName();
        Optional<ComponentInfo> found = catalog.find(kind, id.name());
        if (found.isEmpty()) {
            diagnostics.error(id.span(), Messages.unknown(kind.noun(), id.name(),
                    DidYouMean.suggest(id.name(), catalog.names(kind)).orElse(null)), hintFor(kind));
            return Optional.empty();
        }
        ComponentInfo info = found.get();
        Set<String> given = new HashSet<>();
        Map<String, Expr> values = new HashMap<>();
        int position = 0;
        boolean sawNamed = false;
        for (Expr.Arg a : c.args()) {
            ParamInfo param;
            if (a.name().isPresent()) {
                sawNamed = true;
                String n = a.name().get().name();
                Optional<ParamInfo> p = info.param(n);
                if (p.isEmpty()) {
                    List<String> names = info.params().stream().map(ParamInfo::name).toList();
                    diagnostics.error(a.name().get().span(), Messages.unknownParameter(info.name(), n,
                            DidYouMean.suggest(n, names).orElse(null)), Messages.signatureHint(info.signature()));
                    continue;
                }
                param = p.get();
            } else {
                if (sawNamed) {
                    diagnostics.error(a.span(), Messages.positionalAfterNamed(), Messages.signatureHint(info.signature()));
                    continue;
                }
                if (position >= info.params().size()) {
                    diagnostics.error(a.span(), Messages.tooManyArguments(info.name(), info.params().size()),
                            Messages.signatureHint(info.signature()));
                    continue;
                }
                param = info.params().get(position++);
            }
            if (!given.add(param.name())) {
                diagnostics.error(a.span(), Messages.duplicateArgument(param.name()));
                continue;
            }
            argument(info, param, a.value(), scope);
            values.put(param.name(), a.value());
        }
        for (ParamInfo p : info.params()) {
            if (p.required() && !given.contains(p.name())) {
                diagnostics.error(c.span(), info.name() + " needs " + p.name() + "=, " + p.type().description(),
                        Messages.signatureHint(info.signature()));
            }
        }
        rules(c, info, values, scope);
        return found;
    }

    /** Applies the component's rules over several parameters where every value they read is known now. */
    private void rules(Expr.Call c, ComponentInfo info, Map<String, Expr> values, Scope scope) {
        for (ParamRule rule : info.rules()) {
            Map<String, Double> known = new HashMap<>();
            for (String name : rule.params()) {
                Optional<Double> v = values.containsKey(name) ? constantNumber(values.get(name), scope)
                        : info.param(name).map(ParamInfo::defaultValue).filter(Number.class::isInstance)
                        .map(d -> ((Number) d).doubleValue());
                v.ifPresent(x -> known.put(name, x));
            }
            if (known.size() == rule.params().size()) {
                rule.problem().apply(known).ifPresent(p -> diagnostics.error(c.span(), p, rule.hint()));
            }
        }
    }

    private void argument(ComponentInfo info, ParamInfo param, Expr value, Scope scope) {
        switch (param.type()) {
            case NUMBER, INTEGER -> {
                expect(value, Type.NUMBER, scope);
                constantNumber(value, scope).ifPresent(v -> {
                    if (param.min() != null && v < param.min() || param.max() != null && v > param.max()) {
                        diagnostics.error(value.span(), Messages.outOfRange(info.name() + "'s " + param.name(), v,
                                interval(param)), param.help());
                    } else if (param.type() == dev.atk.spi.ParamType.INTEGER && v != Math.rint(v)) {
                        diagnostics.error(value.span(), Messages.wrongType("an integer", dev.atk.value.Values.format(v)));
                    }
                });
            }
            case BOOLEAN -> expect(value, Type.BOOL, scope);
            case STRING -> expect(value, Type.STRING, scope);
            case CHOICE -> {
                String word = value instanceof Expr.Name n ? n.id().name()
                        : value instanceof Expr.StringLit s ? s.value() : null;
                if (word == null || !param.choices().contains(word)) {
                    diagnostics.error(value.span(), Messages.notAChoice(param.name(), word, param.choices()));
                }
            }
            case LOSS -> componentValue(value, ComponentKind.LOSS, scope);
            case TARGETS -> componentValue(value, ComponentKind.TARGETS, scope);
            case OBJECTIVE -> componentValue(value, ComponentKind.OBJECTIVE, scope);
            case FUNCTION -> {
                Type t = typeOf(value, scope);
                if (t != Type.FUNCTION && t != Type.ANY) {
                    diagnostics.error(value.span(), Messages.wrongType(param.type().description(), t.description()),
                            param.help());
                }
            }
            case LABELS -> {
                Type t = typeOf(value, scope);
                if (t != Type.LIST && t != Type.STRING && t != Type.NUMBER && t != Type.ANY) {
                    diagnostics.error(value.span(), Messages.wrongType(param.type().description(), t.description()),
                            param.help());
                } else {
                    labels(value, scope);
                }
            }
        }
    }

    /**
     * Label names and indices checked against the current model's labels, when its config was read: a label the
     * model lacks would otherwise fail only once the run reaches the attack.
     */
    private void labels(Expr value, Scope scope) {
        if (scope.modelLabels == null || scope.modelLabels.isEmpty()) {
            return;
        }
        List<Expr> each = value instanceof Expr.ListLit l ? l.elements() : List.of(value);
        for (Expr e : each) {
            constant(e, scope).ifPresent(v -> {
                if (v instanceof String name && scope.modelLabels.stream().noneMatch(l -> l.toLowerCase(
                        java.util.Locale.ROOT).equals(name.toLowerCase(java.util.Locale.ROOT)))) { // as the runtime matches
                    diagnostics.error(e.span(), Messages.unknownLabel(name, scope.modelName,
                            DidYouMean.suggest(name, scope.modelLabels).orElse(null)),
                            scope.modelName + "'s labels: " + String.join(", ", scope.modelLabels.subList(0,
                                    Math.min(12, scope.modelLabels.size()))) + (scope.modelLabels.size() > 12 ? ", …" : ""));
                } else if (v instanceof Double d && (d != Math.rint(d) || d < 0 || d >= scope.modelLabels.size())) {
                    diagnostics.error(e.span(), Messages.outOfRange("a label index", d,
                            "[0, " + (scope.modelLabels.size() - 1) + "]"), scope.modelName + " has "
                            + scope.modelLabels.size() + " labels, numbered from 0");
                }
            });
        }
    }

    private void componentValue(Expr value, ComponentKind kind, Scope scope) {
        if (value instanceof Expr.Call c) {
            component(c, kind, scope);
        } else if (value instanceof Expr.Name n) {
            if (catalog.find(kind, n.id().name()).isEmpty()) {
                diagnostics.error(n.span(), Messages.unknown(kind.noun(), n.id().name(),
                        DidYouMean.suggest(n.id().name(), catalog.names(kind)).orElse(null)), hintFor(kind));
            }
        } else {
            diagnostics.error(value.span(), Messages.wrongType(kind.noun() + " such as " + String.join(", ", catalog.names(kind)),
                    typeOf(value, scope).description()));
        }
    }

    private String hintFor(ComponentKind kind) {
        return "known " + kind.plural() + ": " + String.join(", ", catalog.names(kind));
    }

    private static String interval(ParamInfo p) {
        String lo = p.min() == null ? "(-∞" : "[" + dev.atk.value.Values.format(p.min());
        String hi = p.max() == null ? "∞)" : dev.atk.value.Values.format(p.max()) + "]";
        return lo + ", " + hi;
    }

    private Type unary(Expr.Unary u, Scope scope) {
        if (u.op() == Expr.UnaryOp.NEG) {
            expect(u.operand(), Type.NUMBER, scope);
            return Type.NUMBER;
        }
        expect(u.operand(), Type.BOOL, scope);
        return Type.BOOL;
    }

    private Type binary(Expr.Binary b, Scope scope) {
        switch (b.op()) {
            case AND, OR -> {
                expect(b.left(), Type.BOOL, scope);
                expect(b.right(), Type.BOOL, scope);
                return Type.BOOL;
            }
            case EQ, NE -> {
                typeOf(b.left(), scope);
                typeOf(b.right(), scope);
                return Type.BOOL;
            }
            default -> {
                expect(b.left(), Type.NUMBER, scope);
                expect(b.right(), Type.NUMBER, scope);
                if (b.op() == Expr.BinaryOp.DIV) {
                    constantNumber(b.right(), scope).filter(v -> v == 0).ifPresent(v ->
                            diagnostics.error(b.right().span(), Messages.divisionByZero()));
                }
                return switch (b.op()) {
                    case ADD, SUB, MUL, DIV -> Type.NUMBER;
                    default -> Type.BOOL;
                };
            }
        }
    }
}
