package dev.atk.limits;

import dev.atk.diag.NumberText;

/**
 * How much work a script may make ATK do before anything runs. Checking and planning expand ranges, lists and loops
 * in memory; without a bound, one line such as {@code print len(0..1e12)} or thirty nested two-value loops runs the
 * JVM out of memory before the first attack. Each bound is far above what an experiment needs (the paper's largest
 * study plans a few hundred attack runs) and is checked by arithmetic on sizes, before anything is expanded.
 */
public final class Limits {
    private Limits() {}

    /** The most values a range, {@code linspace} or {@code logspace} may expand to. */
    public static final long MAX_SEQUENCE = 1_000_000;

    /** The most times loops may repeat their bodies in one script or REPL entry, all loops together. */
    public static final long MAX_UNROLLED = 10_000;

    /**
     * The deepest expression or block nesting a statement may have. Every stage after the parser walks the tree
     * recursively, so a 2,000-term {@code 1 + 1 + ...} (left-nested 2,000 deep) would otherwise overflow the stack.
     */
    public static final int MAX_NESTING = 200;

    /**
     * The most tokens one statement may have. A statement is parsed into a tree of about a dozen nodes per token, so
     * a megabyte-long list literal would take seconds and hundreds of megabytes; real statements have a few hundred.
     */
    public static final long MAX_STATEMENT_TOKENS = 100_000;

    /** A count for a message: {@code 1,000,000}, or {@code 1e+12} when it is not a sensible integer. */
    public static String count(double n) {
        return n < 1e15 && n == Math.rint(n) ? String.format("%,d", (long) n) : NumberText.format(n);
    }
}
