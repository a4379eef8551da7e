package dev.atk.spi;

import java.util.List;

/**
 * A function a script passes where ATK accepts one ({@code subset(priority=f)}, {@code objective=custom(f)},
 * {@code report metric(f)}): a guest function written in the script ({@code let f = js(…)}) or a host's Java
 * function bound through the embedding API. The stdlib and the report layer call it through this interface only, so
 * they do not care which.
 *
 * <p>Arguments are plain values ({@code Double}, {@code String}, {@code Boolean}, {@code List} of those, or a
 * {@code Map<String, Object>} for a record); the result comes back the same way, {@code null} for nothing. Callers
 * check the shape they need (see {@link FunctionCalls}).
 */
public interface ScriptFunction {

    /** How messages name it: the {@code let} name it was bound to, or where it was written. */
    String displayName();

    /**
     * What it is, for plan digests and result records: a guest function's language and a hash of its code, a host
     * function's name and version. Equal identities mean equal results, so an edited function re-runs its attacks
     * and an unchanged one resumes them.
     */
    String identity();

    /**
     * Calls it once.
     *
     * @throws GuestException when the function throws, runs past its limits, or reaches for what it may not
     */
    Object call(List<Object> arguments);
}
