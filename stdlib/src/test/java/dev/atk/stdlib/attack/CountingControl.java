package dev.atk.stdlib.attack;

import dev.atk.spi.RunControl;
import java.util.concurrent.atomic.AtomicLong;

/** A run control for tests: never cancels, and adds every reported image-iteration to a counter. */
public final class CountingControl {
    private CountingControl() {}

    public static RunControl counting(AtomicLong steps) {
        return new RunControl() {
            @Override
            public void advance(long n) {
                steps.addAndGet(n);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
