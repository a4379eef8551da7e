package dev.atk.spi;

import java.util.List;

/**
 * A user's function in a guest language, ready to call. Arguments are plain values: {@code Double}, {@code String},
 * {@code Boolean}, {@code List} of those, or {@code Map<String, Object>} (a record); results come back the same way
 * ({@code null} for the guest's null or undefined). Calls are sandboxed and bounded; one call at a time.
 */
public interface GuestFunction {

    /** The code as written: it hashes into plan digests, so an edited function re-runs and an unchanged one resumes. */
    String code();

    /**
     * Calls the function.
     *
     * @throws GuestException when the guest throws, runs past its limit, or touches what the sandbox forbids
     */
    Object call(List<Object> arguments);
}
