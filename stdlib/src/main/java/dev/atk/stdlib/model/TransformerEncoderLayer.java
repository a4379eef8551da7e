package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A post-norm transformer encoder layer as in DETR / Query2Label ({@code pre_norm=False}): the positional
 * encoding is added to the queries and keys of the self-attention, not to the values.
 *
 * <pre>
 * inputs: src B×N×d, pos 1×N×d
 * src = norm1(src + dropout(selfAttn(q = k = src + pos, v = src)))
 * src = norm2(src + dropout(ffn(src)))
 * </pre>
 * {@code attentionDropout} acts on the attention weights, {@code dropout} on the residual branches and the FFN's
 * hidden layer; both only in a training forward pass.
 */
public final class TransformerEncoderLayer extends AbstractBlock {
    private final float dropout;
    private final MultiHeadAttention selfAttention;
    private final TokenLayerNorm norm1;
    private final FeedForward ffn;
    private final TokenLayerNorm norm2;

    public TransformerEncoderLayer(int width, int heads, int hidden, float attentionDropout, float dropout) {
        this.dropout = dropout;
        selfAttention = addChildBlock("self_attention", new MultiHeadAttention(width, heads, attentionDropout));
        norm1 = addChildBlock("norm1", new TokenLayerNorm(width));
        ffn = addChildBlock("ffn", new FeedForward(width, hidden, dropout));
        norm2 = addChildBlock("norm2", new TokenLayerNorm(width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray src = inputs.get(0);
        NDArray qk = src.add(inputs.get(1));
        NDArray a = selfAttention.forward(store, new NDList(qk, qk, src), training, params).singletonOrThrow();
        src = norm1.forward(store, new NDList(src.add(TrainingDropout.apply(a, dropout, training, params))), training)
                .singletonOrThrow();
        NDArray f = ffn.forward(store, new NDList(src), training, params).singletonOrThrow();
        return norm2.forward(store, new NDList(src.add(TrainingDropout.apply(f, dropout, training, params))), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape src = inputShapes[0];
        selfAttention.initialize(manager, dataType, src, src, src);
        norm1.initialize(manager, dataType, src);
        ffn.initialize(manager, dataType, src);
        norm2.initialize(manager, dataType, src);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
