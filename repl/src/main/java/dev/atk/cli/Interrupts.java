package dev.atk.cli;

import org.jline.utils.Signals;

/**
 * Ctrl-C for {@code atk run}: the first SIGINT cancels the evaluation (it ends at the next safe point and the results
 * log stays valid); a second one exits at once with 130.
 */
final class Interrupts implements AutoCloseable {
    private final Object previous;
    private int count;

    private Interrupts(Runnable cancel, Runnable announce) {
        Object prev = null;
        try {
            prev = Signals.register("INT", () -> {
                int n;
                synchronized (this) {
                    n = ++count;
                }
                if (n == 1) {
                    announce.run();
                    cancel.run();
                } else {
                    System.exit(ExitCodes.CANCELLED);
                }
            });
        } catch (Throwable e) {
            // No signal support on this JVM: Ctrl-C keeps its default meaning.
        }
        this.previous = prev;
    }

    static Interrupts onSigint(Runnable cancel, Runnable announce) {
        return new Interrupts(cancel, announce);
    }

    synchronized boolean interrupted() {
        return count > 0;
    }

    @Override
    public void close() {
        if (previous != null) {
            try {
                Signals.unregister("INT", previous);
            } catch (Throwable e) {
                // nothing to restore
            }
        }
    }
}
