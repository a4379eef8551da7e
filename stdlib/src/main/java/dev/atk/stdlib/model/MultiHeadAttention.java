package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Multi-head scaled dot-product attention (Vaswani et al. 2017), batch-first, built from DJL primitives.
 *
 * <p>Inputs: {@code (query Bq×Lq×d, key Bk×Lk×d, value Bk×Lk×d)}; output {@code B×Lq×d} where {@code B} is the
 * broadcast of {@code Bq} and {@code Bk} (a batch-independent query of batch 1 attends to every image of a
 * batch of memories, as the label queries of {@link Query2Label} do):
 *
 * <pre>
 * Q = query·Wq + bq,  K = key·Wk + bk,  V = value·Wv + bv      (each split into h heads of d/h)
 * head_i = softmax(Q_i K_iᵀ / √(d/h)) V_i                       (dropout on the attention weights)
 * out = concat(head_1 … head_h)·Wo + bo
 * </pre>
 * No masks (every token is real). Every operation's receiver is the input, so results live in the input's
 * manager, never in the parameters' manager.
 */
public final class MultiHeadAttention extends AbstractBlock {
    private final int width;
    private final int heads;
    private final float dropout;
    private final Linear query;
    private final Linear key;
    private final Linear value;
    private final Linear out;

    public MultiHeadAttention(int width, int heads, float dropout) {
        if (width % heads != 0) {
            throw new IllegalArgumentException("width " + width + " is not a multiple of " + heads + " heads");
        }
        this.width = width;
        this.heads = heads;
        this.dropout = dropout;
        query = addChildBlock("query", Linear.builder().setUnits(width).build());
        key = addChildBlock("key", Linear.builder().setUnits(width).build());
        value = addChildBlock("value", Linear.builder().setUnits(width).build());
        out = addChildBlock("out", Linear.builder().setUnits(width).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        int headWidth = width / heads;
        NDArray q = split(query.forward(store, new NDList(inputs.get(0)), training).singletonOrThrow(), headWidth)
                .mul(1 / Math.sqrt(headWidth));
        NDArray k = split(key.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow(), headWidth);
        NDArray v = split(value.forward(store, new NDList(inputs.get(2)), training).singletonOrThrow(), headWidth);
        NDArray weights = q.matMul(k.transpose(0, 1, 3, 2)).softmax(-1);
        weights = TrainingDropout.apply(weights, dropout, training, params);
        NDArray o = weights.matMul(v).transpose(0, 2, 1, 3); // B×Lq×h×(d/h)
        Shape s = o.getShape();
        o = o.reshape(s.get(0), s.get(1), width);
        return out.forward(store, new NDList(o), training);
    }

    /** B×L×d → B×h×L×(d/h). */
    private NDArray split(NDArray x, int headWidth) {
        Shape s = x.getShape();
        return x.reshape(s.get(0), s.get(1), heads, headWidth).transpose(0, 2, 1, 3);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        query.initialize(manager, dataType, inputShapes[0]);
        key.initialize(manager, dataType, inputShapes[1]);
        value.initialize(manager, dataType, inputShapes[2]);
        out.initialize(manager, dataType, outputShape(inputShapes));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {outputShape(inputShapes)};
    }

    private Shape outputShape(Shape[] inputShapes) {
        long batch = Math.max(inputShapes[0].get(0), inputShapes[1].get(0));
        return new Shape(batch, inputShapes[0].get(1), width);
    }
}
