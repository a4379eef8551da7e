package dev.atk.guest;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.SandboxPolicy;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The one place that says what guest code may do: nothing outside its own values. Contexts use GraalVM's
 * {@link SandboxPolicy#CONSTRAINED} policy, the strongest the community edition runs (ISOLATED and UNTRUSTED need
 * Oracle GraalVM), and on top of it deny host classes and objects, file and network I/O, processes, threads, native
 * code, the environment and other languages. Standard output and error go nowhere. Every call is bounded by a
 * statement count and by wall time (a watchdog cancels the context); the intrinsics and the global object are
 * frozen, so no call can leave state for the next one.
 */
final class Sandbox {
    private Sandbox() {}

    /** Wall time one call may take: an endless loop ends well within the "seconds". */
    static final Duration TIME_LIMIT = Duration.ofSeconds(Long.getLong("atk.guest.seconds", 2));

    /** Statements one call may run (GraalVM counts each executed statement; a label ranking needs thousands). */
    static final long STATEMENT_LIMIT = Long.getLong("atk.guest.statements", 20_000_000L);

    /**
     * Bytes one call may allocate before it is stopped. The community edition has no guest heap limit
     * ({@code sandbox.MaxHeapMemory} needs Oracle GraalVM), so the watchdog reads the calling thread's allocation
     * counter; a huge array is stopped at about this size instead of exhausting the JVM's heap.
     */
    static final long ALLOCATION_LIMIT = Long.getLong("atk.guest.bytes", 256L << 20);

    /** The statement limit's source filter: one instance, as a shared engine requires of all its contexts. */
    private static final java.util.function.Predicate<org.graalvm.polyglot.Source> EVERY_SOURCE = s -> true;

    /** One engine for all contexts: parsed code is cached across them, so creating a context is cheap. */
    private static final class Shared {
        static final Engine ENGINE = Engine.newBuilder("js")
                .sandbox(SandboxPolicy.CONSTRAINED)
                .option("engine.WarnInterpreterOnly", "false")
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .build();
    }

    /** Cancels contexts whose call ran past {@link #TIME_LIMIT}. */
    static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "atk-guest-watchdog");
        t.setDaemon(true);
        return t;
    });

    /** A new sandboxed context with frozen intrinsics. */
    static Context newContext() {
        Context context = Context.newBuilder("js")
                .engine(Shared.ENGINE)
                .sandbox(SandboxPolicy.CONSTRAINED)
                .out(OutputStream.nullOutputStream())
                .err(OutputStream.nullOutputStream())
                .in(InputStream.nullInputStream())
                .allowHostAccess(HostAccess.CONSTRAINED)
                .allowHostClassLookup(name -> false)
                .allowIO(IOAccess.NONE)
                .allowCreateThread(false)
                .allowCreateProcess(false)
                .allowNativeAccess(false)
                .allowEnvironmentAccess(EnvironmentAccess.NONE)
                .allowPolyglotAccess(PolyglotAccess.NONE)
                .resourceLimits(ResourceLimits.newBuilder().statementLimit(STATEMENT_LIMIT, EVERY_SOURCE).build())
                .build();
        context.eval("js", FREEZE);
        return context;
    }

    /**
     * Deep-freezes everything reachable from the global object (Object.prototype, Array.prototype, Math, JSON, …) and
     * the global object itself: prototype pollution and global variables fail (strict mode makes them throw).
     */
    private static final String FREEZE = """
            (function () {
              "use strict";
              const seen = new Set();
              function freeze(o) {
                if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o)) {
                  return;
                }
                seen.add(o);
                for (const key of Reflect.ownKeys(o)) {
                  const d = Reflect.getOwnPropertyDescriptor(o, key);
                  if (d === undefined) {
                    continue;
                  }
                  if ("value" in d) {
                    freeze(d.value);
                  } else {
                    freeze(d.get);
                    freeze(d.set);
                  }
                }
                freeze(Reflect.getPrototypeOf(o));
                Object.freeze(o);
              }
              freeze(globalThis);
            })();
            """;

    /**
     * Calls a user's function with arguments copied into plain JavaScript arrays and objects (guest code then uses
     * map, filter, sort as usual), evaluated once per context.
     */
    static final String TRAMPOLINE = """
            (function () {
              "use strict";
              const toJs = (v) => {
                if (v === null || typeof v !== "object") {
                  return v;
                }
                if (Array.isArray(v) || typeof v.length === "number") {
                  return Array.from(v, toJs);
                }
                const o = {};
                for (const k of Object.keys(v)) {
                  o[k] = toJs(v[k]);
                }
                return o;
              };
              return (f, args) => {
                const plain = [];
                for (let i = 0; i < args.length; i++) {
                  plain.push(toJs(args[i]));
                }
                return f(...plain);
              };
            })()
            """;
}
