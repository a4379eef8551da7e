package dev.atk.cluster;

import dev.atk.spi.AttackabilityPart;
import dev.atk.spi.Backend;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;

/** Part {@code part} of {@code parts} of attackability's one-label attacks ({@link AttackabilityPart}). */
record AttackabilityShard(int index, EngineSpec engine, ModelRef model, DataRef data, int[][] candidates,
                          LabelAttackRequest request, RunSettings settings, int parts) implements Shard {

    @Override
    public AttackabilityPart compute(Backend backend, ModelHandle m, DataHandle d, RunControl control) {
        return backend.attackabilityPart(m, d, candidates, request, settings, index, parts, control);
    }
}
