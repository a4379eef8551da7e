package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.UniformInitializer;
import ai.djl.util.PairList;

/**
 * Query2Label's group-wise linear head: label {@code c} gets its own weight vector applied to its own
 * query's output, {@code logit_c = <W_c, h_c> + b_c}. Input {@code B×L×d}, output {@code B×L} logits.
 * W and b start uniform in ±1/√d, as in the paper's code.
 */
public final class GroupWiseLinear extends AbstractBlock {
    private final int labels;
    private final int width;
    private final Parameter weight;
    private final Parameter bias;

    public GroupWiseLinear(int labels, int width) {
        this.labels = labels;
        this.width = width;
        UniformInitializer init = new UniformInitializer((float) (1 / Math.sqrt(width)));
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(init).build());
        bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS)
                .optInitializer(init).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = inputs.head();
        NDArray w = store.getValue(weight, h.getDevice(), training);
        NDArray b = store.getValue(bias, h.getDevice(), training);
        return new NDList(h.mul(w).sum(new int[] {-1}).add(b));
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(labels, width));
        bias.setShape(new Shape(labels));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        // no children
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), labels)};
    }
}
