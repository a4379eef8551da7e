package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The transformer's position-wise feed-forward network: {@code Linear(d→f) → ReLU → dropout → Linear(f→d)},
 * the dropout only in a training forward pass.
 */
public final class FeedForward extends AbstractBlock {
    private final float dropout;
    private final Linear expand;
    private final Linear contract;

    public FeedForward(int width, int hidden, float dropout) {
        this.dropout = dropout;
        expand = addChildBlock("expand", Linear.builder().setUnits(hidden).build());
        contract = addChildBlock("contract", Linear.builder().setUnits(width).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray h = Activation.relu(expand.forward(store, new NDList(inputs.head()), training).singletonOrThrow());
        h = TrainingDropout.apply(h, dropout, training, params);
        return contract.forward(store, new NDList(h), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        expand.initialize(manager, dataType, inputShapes[0]);
        contract.initialize(manager, dataType, expand.getOutputShapes(new Shape[] {inputShapes[0]})[0]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
