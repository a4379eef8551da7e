package dev.atk.eval;

import dev.atk.value.EvalException;
import dev.atk.value.RangeValue;
import dev.atk.value.PendingProfile;
import dev.atk.value.PendingAnalysis;
import dev.atk.value.NotYetKnown;
import dev.atk.value.Values;
import dev.atk.spi.ScriptFunction;
import dev.atk.value.CorrelationValues;
import dev.atk.value.AttackabilityValues;
import dev.atk.value.Budget;
import dev.atk.value.Deferred;
import dev.atk.value.AnalysisArgs;
import dev.atk.builtin.Arguments;
import dev.atk.builtin.Builtin;
import dev.atk.builtin.Builtins;
import dev.atk.builtin.EvalContext;
import dev.atk.metric.Metric;
import dev.atk.spi.Cancellation;
import dev.atk.spi.Catalog;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.ComponentInfo;
import dev.atk.spi.ComponentKind;
import dev.atk.spi.CorrelationResult;
import dev.atk.spi.ParamInfo;
import dev.atk.spi.ParamType;
import dev.atk.spi.ProfileResult;
import dev.atk.syntax.Expr;
import dev.atk.syntax.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates expressions to runtime values: Double, Boolean, String, List, {@link RangeValue}, {@link ProfileResult}
 * or {@link PendingProfile}, {@link Budget} lists, {@link ComponentCall}s and {@link Metric}s.
 *
 * <p>The checker has already rejected ill-typed scripts, so this class trusts shapes and only reports value-level
 * mistakes ({@link EvalException}). At plan time a profile may not exist yet: anything that needs its numbers
 * throws {@link NotYetKnown}, and list literals keep such elements as {@link Deferred}.
 */
public final class Evaluator {

    /** What evaluation needs from its surroundings. */
    public interface Context {
        /** The value of {@code profile()} here: a computed profile, or the pending plan node. */
        Object profile();

        /** The computed profile of a pending node, or null if it has not been computed (plan time). */
        ProfileResult resolve(PendingProfile pending);

        /**
         * Whether a script's own functions may run here: not while checking or planning (their calls are NotYetKnown
         * and run with the plan), so a script's functions run once, when it runs.
         */
        default boolean callsGuests() {
            return true;
        }

        /** The value of an analysis call here: the pending plan node. */
        default Object analysis(AnalysisArgs args) {
            return new PendingAnalysis(-1);
        }

        /** The computed result of a pending analysis node, or null (plan time). */
        default Object resolve(PendingAnalysis pending) {
            return null;
        }

        /** The nodes analysis calls stand for here (kept by deferred expressions). */
        default Map<AnalysisArgs, Integer> analysisNodes() {
            return Map.of();
        }
    }

    private final Catalog catalog;
    /** Reaches built-ins that walk large lists or search trees (see {@link EvalContext#cancellation}). */
    private final Cancellation cancellation;
    private final java.nio.file.Path scriptFolder;

    public Evaluator(Catalog catalog) {
        this(catalog, Cancellation.never());
    }

    public Evaluator(Catalog catalog, Cancellation cancellation) {
        this(catalog, cancellation, null);
    }

    /** @param scriptFolder where files a script names are read from (a guest function's file); null: the working folder */
    public Evaluator(Catalog catalog, Cancellation cancellation, java.nio.file.Path scriptFolder) {
        this.catalog = catalog;
        this.cancellation = cancellation;
        this.scriptFolder = scriptFolder;
    }

    Cancellation cancellation() {
        return cancellation;
    }

    java.nio.file.Path scriptFolder() {
        return scriptFolder;
    }

    public Object eval(Expr e, Map<String, Object> env, Context ctx) {
        return e.accept(new Expr.Visitor<>() {
            public Object number(Expr.NumberLit n) {
                return n.value();
            }

            public Object string(Expr.StringLit s) {
                return s.value();
            }

            public Object bool(Expr.BoolLit b) {
                return b.value();
            }

            public Object list(Expr.ListLit l) {
                return Evaluator.this.list(l, env, ctx);
            }

            public Object range(Expr.Range r) {
                RangeValue range = new RangeValue(Evaluator.this.number(r.from(), env, ctx),
                        Evaluator.this.number(r.to(), env, ctx),
                        r.step().isPresent() ? Evaluator.this.number(r.step().get(), env, ctx) : null);
                range.problem().ifPresent(p -> {
                    throw new EvalException(r.span(), p);
                });
                return range;
            }

            public Object name(Expr.Name n) {
                return Evaluator.this.name(n.id(), env, ctx);
            }

            public Object member(Expr.Member m) {
                return Evaluator.this.member(m, env, ctx);
            }

            public Object call(Expr.Call c) {
                return Evaluator.this.call(c, env, ctx);
            }

            public Object unary(Expr.Unary u) {
                return Evaluator.this.unary(u, env, ctx);
            }

            public Object binary(Expr.Binary b) {
                return Evaluator.this.binary(b, env, ctx);
            }
        });
    }

    public double number(Expr e, Map<String, Object> env, Context ctx) {
        Object v = resolved(eval(e, env, ctx), ctx);
        if (v instanceof Double d) {
            return d;
        }
        throw new EvalException(e.span(), "expected a number, found " + Values.typeName(v));
    }

    /** Replaces a budget or deferred value by its number when the profile is known; else NotYetKnown. */
    public Object resolved(Object v, Context ctx) {
        if (v instanceof Budget.Fixed f) {
            return f.value();
        }
        if (v instanceof Budget.Minimal) {
            return Double.NaN;
        }
        if (v instanceof Budget.OfProfile p) {
            ProfileResult r = ctx.resolve(new PendingProfile(p.profileNode()));
            if (r == null) {
                throw new NotYetKnown();
            }
            return p.fraction() * r.epsMax();
        }
        if (v instanceof Budget.Computed c) {
            return resolved(c.expression(), ctx);
        }
        if (v instanceof Deferred d) {
            Context at = new Context() {
                @Override
                public Object profile() {
                    return new PendingProfile(d.profileNode());
                }

                @Override
                public ProfileResult resolve(PendingProfile pending) {
                    return ctx.resolve(pending);
                }

                @Override
                public Object analysis(AnalysisArgs args) {
                    Integer node = d.analysisNodes().get(args);
                    return node == null ? ctx.analysis(args) : new PendingAnalysis(node);
                }

                @Override
                public Object resolve(PendingAnalysis pending) {
                    return ctx.resolve(pending);
                }
            };
            return resolved(eval(d.expr(), d.env(), at), at);
        }
        if (v instanceof PendingProfile p) {
            ProfileResult r = ctx.resolve(p);
            if (r == null) {
                throw new NotYetKnown();
            }
            return r;
        }
        if (v instanceof PendingAnalysis p) {
            Object r = ctx.resolve(p);
            if (r == null) {
                throw new NotYetKnown();
            }
            return r;
        }
        return v;
    }

    private Object list(Expr.ListLit l, Map<String, Object> env, Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Expr x : l.elements()) {
            try {
                out.add(eval(x, env, ctx));
            } catch (NotYetKnown notYet) {
                out.add(new Deferred(x, env, Exprs.text(x), notYet.needsProfile() ? currentProfileNode(ctx) : -1,
                        Map.copyOf(ctx.analysisNodes())));
            }
        }
        return out;
    }

    private static int currentProfileNode(Context ctx) {
        return ctx.profile() instanceof PendingProfile p ? p.node() : -1;
    }

    private Object name(Ident id, Map<String, Object> env, Context ctx) {
        if (env.containsKey(id.name())) {
            return env.get(id.name());
        }
        Metric m = Metric.fromKeyword(id.name()).orElse(null);
        if (m != null) {
            return m;
        }
        if ("results".equals(id.name())) {
            return Metric.FLIPS;
        }
        for (ComponentKind kind : ComponentKind.values()) {
            var info = catalog.find(kind, id.name());
            if (info.isPresent()) {
                return withDefaults(info.get(), Map.of(), env, ctx);
            }
        }
        throw new EvalException(id.span(), "unknown name '" + id.name() + "'");
    }

    private Object member(Expr.Member m, Map<String, Object> env, Context ctx) {
        Object target = resolved(eval(m.target(), env, ctx), ctx);
        String name = m.member().name();
        if (target instanceof dev.atk.spi.AttackabilityResult a) {
            Object v = AttackabilityValues.member(a, name);
            if (v == null) {
                throw new EvalException(m.member().span(), "attackability has no member '" + name + "'");
            }
            return v;
        }
        if (target instanceof CorrelationResult c) {
            Object v = CorrelationValues.member(c, name);
            if (v == null) {
                throw new EvalException(m.member().span(), "correlations have no member '" + name + "'");
            }
            return v;
        }
        if (target instanceof ProfileResult p) {
            return switch (name) {
                case "eps_max" -> p.epsMax();
                case "coefficients" -> boxed(p.coefficients());
                case "labels" -> (double) p.labels();
                default -> throw new EvalException(m.member().span(), "a profile has no member '" + name + "'");
            };
        }
        throw new EvalException(m.member().span(), Values.typeName(target) + " has no member '" + name + "'");
    }

    private Object call(Expr.Call c, Map<String, Object> env, Context ctx) {
        if (c.callee() instanceof Expr.Member m) {
            return method(c, m, env, ctx);
        }
        String name = c.calleeName().name();
        if (env.get(name) instanceof ScriptFunction guest) {
            if (!ctx.callsGuests()) {
                throw NotYetKnown.untilRun();
            }
            return GuestCalls.call(c, guest, c.args().stream().map(a -> resolved(eval(a.value(), env, ctx), ctx))
                    .toList());
        }
        Optional<Builtin> builtin = Builtins.find(name);
        if (builtin.isPresent()) {
            EvalContext at = new BuiltinEvalContext(this, env, ctx);
            return builtin.get().eval(c, new Arguments(builtin.get().signature(), c, at), at);
        }
        for (ComponentKind kind : ComponentKind.values()) {
            var info = catalog.find(kind, name);
            if (info.isPresent()) {
                ComponentCall call = withDefaults(info.get(), argsOf(info.get(), c), env, ctx);
                for (dev.atk.spi.ParamRule rule : info.get().rules()) {
                    rule.problemOf(call).ifPresent(p -> {
                        throw new EvalException(c.span(), p);
                    });
                }
                return call;
            }
        }
        throw new EvalException(c.calleeName().span(), "unknown function '" + name + "'");
    }

    private Object method(Expr.Call c, Expr.Member m, Map<String, Object> env, Context ctx) {
        Object target = resolved(eval(m.target(), env, ctx), ctx);
        String name = m.member().name();
        if (target instanceof ProfileResult p && c.args().size() == 1) {
            double x = number(c.args().get(0).value(), env, ctx);
            return switch (name) {
                case "estimate" -> p.estimate(x);
                case "slam_p" -> p.slamP(x);
                case "class_length" -> (double) p.classLength(x, 1.66);
                default -> throw new EvalException(m.member().span(), "a profile has no method '" + name + "'");
            };
        }
        throw new EvalException(m.member().span(), Values.typeName(target) + " has no method '" + name + "'");
    }

    private static Map<String, Expr> argsOf(ComponentInfo info, Expr.Call c) {
        Map<String, Expr> out = new HashMap<>();
        int position = 0;
        for (Expr.Arg a : c.args()) {
            if (a.name().isPresent()) {
                out.put(a.name().get().name(), a.value());
            } else if (position < info.params().size()) {
                out.put(info.params().get(position++).name(), a.value());
            }
        }
        return out;
    }

    /** A component with every parameter present: given arguments evaluated, the rest from defaults. */
    private ComponentCall withDefaults(ComponentInfo info, Map<String, Expr> given, Map<String, Object> env, Context ctx) {
        Map<String, Object> args = new HashMap<>();
        for (ParamInfo p : info.params()) {
            Expr e = given.get(p.name());
            // a choice may be written as a bare word (keep=none): the word itself, not a variable of that name
            Object v = e == null ? p.defaultValue()
                    : p.type() == ParamType.CHOICE && e instanceof Expr.Name word && !env.containsKey(word.id().name())
                    ? word.id().name() : resolved(eval(e, env, ctx), ctx);
            if (p.type() == ParamType.INTEGER && v instanceof Double d) {
                v = Math.round(d);
            }
            if (p.type() == ParamType.NUMBER && v instanceof Long l) {
                v = l.doubleValue();
            }
            args.put(p.name(), v);
        }
        return new ComponentCall(info.name(), args);
    }

    private Object unary(Expr.Unary u, Map<String, Object> env, Context ctx) {
        Object v = resolved(eval(u.operand(), env, ctx), ctx);
        return switch (u.op()) {
            case NEG -> -(Double) v;
            case NOT -> !(Boolean) v;
        };
    }

    private Object binary(Expr.Binary b, Map<String, Object> env, Context ctx) {
        if (b.op() == Expr.BinaryOp.AND || b.op() == Expr.BinaryOp.OR) {
            boolean left = (Boolean) resolved(eval(b.left(), env, ctx), ctx);
            if (b.op() == Expr.BinaryOp.AND ? !left : left) {
                return left;
            }
            return resolved(eval(b.right(), env, ctx), ctx);
        }
        Object l = resolved(eval(b.left(), env, ctx), ctx);
        Object r = resolved(eval(b.right(), env, ctx), ctx);
        if (b.op() == Expr.BinaryOp.EQ || b.op() == Expr.BinaryOp.NE) {
            boolean eq = l == null ? r == null : l.equals(r);
            return b.op() == Expr.BinaryOp.EQ == eq;
        }
        if (!(l instanceof Double x) || !(r instanceof Double y)) {
            throw new EvalException(b.span(), "'" + b.op().symbol + "' needs numbers, found "
                    + Values.typeName(l) + " and " + Values.typeName(r));
        }
        return switch (b.op()) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> {
                if (y == 0) {
                    throw new EvalException(b.span(), "division by zero");
                }
                yield x / y;
            }
            case LT -> x < y;
            case LE -> x <= y;
            case GT -> x > y;
            case GE -> x >= y;
            default -> throw new IllegalStateException(b.op().name());
        };
    }

    private static List<Double> boxed(double[] xs) {
        List<Double> out = new ArrayList<>();
        for (double x : xs) {
            out.add(x);
        }
        return out;
    }
}
