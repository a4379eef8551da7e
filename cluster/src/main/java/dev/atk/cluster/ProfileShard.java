package dev.atk.cluster;

import dev.atk.spi.Backend;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.ProfilePart;
import dev.atk.spi.ProfileRequest;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;

/**
 * Measurements {@code [from, to)} of part {@code index} of {@code parts} of a profile's probe: one round. The executor
 * keeps the part's probe for the next round, which the driver asks Spark to run on the same executor.
 */
record ProfileShard(int index, EngineSpec engine, ModelRef model, DataRef data, int[] items, ProfileRequest request,
                    RunSettings settings, int parts, int from, int to) implements Shard {

    @Override
    public ProfilePart compute(Backend backend, ModelHandle m, DataHandle d, RunControl control) {
        return backend.profilePart(m, d, items, request, settings, index, parts, from, to, control);
    }
}
