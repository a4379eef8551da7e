package dev.atk.cluster;

import dev.atk.spi.Backend;
import dev.atk.spi.CorrelationPart;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.LabelAttackRequest;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.RunControl;
import dev.atk.spi.RunSettings;

/**
 * Rows {@code [from, to)} of a correlation matrix (whole batches of its (label, image) rows): the result is their
 * confidence changes, which the driver sums in row order ({@link CorrelationPart#assemble}).
 */
record CorrelationShard(int index, EngineSpec engine, ModelRef model, DataRef data, int[][] itemsPerLabel,
                        LabelAttackRequest request, RunSettings settings, int from, int to) implements Shard {

    @Override
    public CorrelationPart compute(Backend backend, ModelHandle m, DataHandle d, RunControl control) {
        return backend.correlationPart(m, d, itemsPerLabel, request, settings, from, to, control);
    }
}
