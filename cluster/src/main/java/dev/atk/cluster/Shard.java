package dev.atk.cluster;

import dev.atk.spi.Backend;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.RunControl;
import java.io.Serializable;

/**
 * One Spark task's work: what it computes on an executor's backend, with everything it needs to compute exactly what
 * the driver's own backend would have (the batches the backend would have formed, the clean confidences, profile and
 * correlations the driver resolved). Its result travels back to the driver.
 */
interface Shard extends Serializable {

    /** The task's position in its job: results are matched to their shard by it. */
    int index();

    EngineSpec engine();

    ModelRef model();

    DataRef data();

    /** Computes the shard on the executor's backend; a user's mistake is an {@code AtkRuntimeException}. */
    Serializable compute(Backend backend, ModelHandle model, DataHandle data, RunControl control);
}
