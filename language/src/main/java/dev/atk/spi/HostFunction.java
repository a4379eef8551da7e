package dev.atk.spi;

import java.util.List;

/**
 * A host application's own Java function, bound into a session by name ({@code Session.bind("prio", f)}) and used
 * wherever a script accepts a function. It receives the same plain values a guest function does and returns a plain
 * value: a {@code Number}, {@code String}, {@code Boolean}, {@code null}, or a {@code List} (or array) of those.
 * It runs on the evaluating thread, outside the guest sandbox: it is the host's own code.
 */
@FunctionalInterface
public interface HostFunction {

    Object apply(List<Object> arguments) throws Exception;
}
