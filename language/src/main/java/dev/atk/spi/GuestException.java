package dev.atk.spi;

import java.util.Optional;

/**
 * A guest function failed: it threw, ran past its time or statement limit, or reached for something the sandbox
 * forbids (host classes, files, network, processes). The message says which, in one line, with the function as its
 * unwritten subject ("failed: TypeError: …", "ran longer than 2 s and was stopped"); {@link #at} is the
 * position inside the guest code when the guest runtime knows it.
 */
public class GuestException extends AtkRuntimeException {
    private final GuestProblem at;

    public GuestException(String message, GuestProblem at) {
        super(message);
        this.at = at;
    }

    public Optional<GuestProblem> at() {
        return Optional.ofNullable(at);
    }
}
