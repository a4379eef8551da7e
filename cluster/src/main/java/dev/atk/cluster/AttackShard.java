package dev.atk.cluster;

import dev.atk.spi.AttackContext;
import dev.atk.spi.ComponentCall;
import dev.atk.spi.DataRef;
import dev.atk.spi.ModelRef;
import java.io.Serializable;

/**
 * One Spark task: an attack on one batch of images at every budget of the call, with everything an executor needs to
 * compute exactly what the driver's own backend would have (the batch is the one the backend would have formed, the
 * context carries the batch's clean confidences, the profile and the correlations the driver resolved).
 *
 * @param index the batch's position in the call: results are handed to the sink tagged with it
 * @param items the images, as indices into the data split
 * @param steps image-iterations the batch takes (progress)
 */
record AttackShard(int index, EngineSpec engine, ModelRef model, DataRef data, int[] items, ComponentCall call,
                   double[] budgets, AttackContext context, long steps) implements Serializable {}
