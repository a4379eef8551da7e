package dev.atk.cluster;

import dev.atk.spi.AttackContext;
import dev.atk.spi.AttackOutcome;
import dev.atk.spi.Backend;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataHandle;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelHandle;
import dev.atk.spi.ModelRef;
import dev.atk.spi.RunControl;
import java.util.ArrayList;
import java.util.List;

/**
 * An attack on one batch of images at every budget of the call. The context carries the batch's slice of the
 * driver's clean pass. The result is the outcome lists in the order the backend handed them to its sink (one list per
 * budget for attacks whose trajectory depends on ε).
 *
 * @param items the images, as indices into the data split
 * @param steps image-iterations the batch takes (progress)
 */
record AttackShard(int index, EngineSpec engine, ModelRef model, DataRef data, int[] items, ComponentCall call,
                   double[] budgets, AttackContext context, long steps) implements Shard {

    @Override
    public ArrayList<List<AttackOutcome>> compute(Backend backend, ModelHandle m, DataHandle d, RunControl control) {
        ArrayList<List<AttackOutcome>> batches = new ArrayList<>();
        backend.attack(m, d, items, call, budgets, context, outcomes -> batches.add(List.copyOf(outcomes)), control);
        return batches;
    }
}
