package dev.atk.guest;

import dev.atk.spi.GuestException;
import dev.atk.spi.GuestFunction;
import dev.atk.spi.GuestProblem;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * A user's JavaScript function. Each call evaluates the wrapped code anew (a fresh closure: nothing survives between
 * calls) in this function's sandboxed context and calls it through the trampoline, under a statement limit and a
 * watchdog. A context that was cancelled or exhausted is thrown away and the next call gets a new one.
 */
final class JsFunction implements GuestFunction {
    private final String code;
    private final String exported;
    private final Source source;
    private Context context;
    private Value trampoline;

    JsFunction(String code, String exported, String origin) {
        this.code = code;
        this.exported = exported;
        this.source = Source.newBuilder("js", Wrapping.wrap(code, exported), origin).buildLiteral();
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public synchronized Object call(List<Object> arguments) {
        Object[] in = arguments.stream().map(GuestValues::in).toArray();
        Context c = context();
        Watch watch = new Watch(c, Thread.currentThread().getId());
        ScheduledFuture<?> watchdog = Sandbox.WATCHDOG.scheduleAtFixedRate(watch::check, 10, 10, TimeUnit.MILLISECONDS);
        try {
            c.resetLimits();
            Value f = c.eval(source);
            if (!f.canExecute()) {
                throw new GuestException(exported != null
                        ? "is not a function: its file defines no function named " + exported
                        : "is not a function: the code must be a function expression such as (conf, truth, labels) => …",
                        null);
            }
            Value result = trampoline.execute(f, new GuestValues.ReadOnlyArray(in));
            return GuestValues.out(result);
        } catch (PolyglotException e) {
            discard();
            throw failure(e, watch.stopped);
        } catch (IllegalStateException closed) {
            discard(); // the watchdog closed the context between two steps of this call
            throw failure(null, watch.stopped);
        } finally {
            watchdog.cancel(false);
        }
    }

    private Context context() {
        if (context == null) {
            context = Sandbox.newContext();
            trampoline = context.eval(Source.newBuilder("js", Sandbox.TRAMPOLINE, "atk-trampoline.js").buildLiteral());
        }
        return context;
    }

    private void discard() {
        if (context != null) {
            try {
                context.close(true);
            } catch (RuntimeException alreadyClosed) {
                // cancelled by the watchdog: nothing left to release
            }
        }
        context = null;
        trampoline = null;
    }

    /** Why the watchdog stopped a call, if it did. */
    private enum Stop { TIME, MEMORY }

    /**
     * The watchdog of one call, every 10 ms: past the wall-time limit, or past the allocation limit of the calling
     * thread, it cancels the context (which is then discarded).
     */
    private static final class Watch {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        private final Context context;
        private final long thread;
        private final long start = System.nanoTime();
        private final long allocatedAtStart;
        volatile Stop stopped;

        Watch(Context context, long thread) {
            this.context = context;
            this.thread = thread;
            this.allocatedAtStart = THREADS.getThreadAllocatedBytes(thread);
        }

        void check() {
            if (stopped != null) {
                return;
            }
            if (System.nanoTime() - start > Sandbox.TIME_LIMIT.toNanos()) {
                stopped = Stop.TIME;
            } else if (THREADS.getThreadAllocatedBytes(thread) - allocatedAtStart > Sandbox.ALLOCATION_LIMIT) {
                stopped = Stop.MEMORY;
            } else {
                return;
            }
            try {
                context.close(true);
            } catch (RuntimeException closing) {
                // the call ended as the watchdog fired
            }
        }
    }

    /** One line saying what went wrong, positioned inside the user's code when the guest runtime knows where. */
    private GuestException failure(PolyglotException e, Stop stopped) {
        if (stopped == Stop.TIME) {
            return new GuestException("ran longer than " + Sandbox.TIME_LIMIT.toSeconds() + " s and was "
                    + "stopped", null);
        }
        if (stopped == Stop.MEMORY || e != null && e.isResourceExhausted() && !e.getMessage().contains("Statement")) {
            return new GuestException("allocated more than " + (Sandbox.ALLOCATION_LIMIT >> 20)
                    + " MB and was stopped", null);
        }
        if (e == null) {
            return new GuestException("was stopped", null);
        }
        if (e.isResourceExhausted()) {
            return new GuestException("ran more than " + Sandbox.STATEMENT_LIMIT + " statements and was "
                    + "stopped", null);
        }
        if (e.isCancelled() || e.isInterrupted()) {
            return new GuestException("was stopped", null);
        }
        GuestProblem at = where(e);
        if (e.isSyntaxError()) {
            return new GuestException(e.getMessage(), at);
        }
        if (e.isGuestException()) {
            return new GuestException("failed: " + e.getMessage(), at);
        }
        return new GuestException("was refused by the sandbox: " + e.getMessage(), at);
    }

    /** The innermost place in the user's code: the exception's own location, else its first frame in the code. */
    private GuestProblem where(PolyglotException e) {
        SourceSection s = inCode(e.getSourceLocation()) ? e.getSourceLocation() : null;
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (s == null && frame.isGuestFrame() && inCode(frame.getSourceLocation())) {
                s = frame.getSourceLocation();
            }
        }
        return s == null ? null
                : Wrapping.unwrap(s.getStartLine(), s.hasColumns() ? s.getStartColumn() : 1, e.getMessage(), code);
    }

    private boolean inCode(SourceSection s) {
        return s != null && s.isAvailable() && s.hasLines() && s.getSource().getName().equals(source.getName());
    }
}
