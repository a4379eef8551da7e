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
 * A post-norm transformer decoder layer as in DETR / Query2Label: the label queries attend to each other,
 * then to the image tokens (cross-attention; the positional encoding is added to the keys), then pass an FFN.
 *
 * <pre>
 * inputs: tgt Bq×L×d (Bq = 1 for the learned queries of the first layer), memory B×N×d, pos 1×N×d
 * tgt = norm1(tgt + dropout(selfAttn(tgt, tgt, tgt)))
 * tgt = norm2(tgt + dropout(crossAttn(q = tgt, k = memory + pos, v = memory)))     → B×L×d
 * tgt = norm3(tgt + dropout(ffn(tgt)))
 * </pre>
 * {@code attentionDropout} acts on the attention weights, {@code dropout} on the residual branches and the FFN's
 * hidden layer; both only in a training forward pass.
 */
public final class TransformerDecoderLayer extends AbstractBlock {
    private final float dropout;
    private final MultiHeadAttention selfAttention;
    private final TokenLayerNorm norm1;
    private final MultiHeadAttention crossAttention;
    private final TokenLayerNorm norm2;
    private final FeedForward ffn;
    private final TokenLayerNorm norm3;

    public TransformerDecoderLayer(int width, int heads, int hidden, float attentionDropout, float dropout) {
        this.dropout = dropout;
        selfAttention = addChildBlock("self_attention", new MultiHeadAttention(width, heads, attentionDropout));
        norm1 = addChildBlock("norm1", new TokenLayerNorm(width));
        crossAttention = addChildBlock("cross_attention", new MultiHeadAttention(width, heads, attentionDropout));
        norm2 = addChildBlock("norm2", new TokenLayerNorm(width));
        ffn = addChildBlock("ffn", new FeedForward(width, hidden, dropout));
        norm3 = addChildBlock("norm3", new TokenLayerNorm(width));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tgt = inputs.get(0);
        NDArray memory = inputs.get(1);
        NDArray a = selfAttention.forward(store, new NDList(tgt, tgt, tgt), training, params).singletonOrThrow();
        tgt = norm1.forward(store, new NDList(tgt.add(TrainingDropout.apply(a, dropout, training, params))), training)
                .singletonOrThrow();
        NDArray keys = memory.add(inputs.get(2));
        NDArray c = crossAttention.forward(store, new NDList(tgt, keys, memory), training, params).singletonOrThrow();
        // c is B×L×d; tgt may still be 1×L×d: make the broadcast-capable batch array the receiver
        tgt = norm2.forward(store, new NDList(TrainingDropout.apply(c, dropout, training, params).add(tgt)), training)
                .singletonOrThrow();
        NDArray f = ffn.forward(store, new NDList(tgt), training, params).singletonOrThrow();
        return norm3.forward(store, new NDList(tgt.add(TrainingDropout.apply(f, dropout, training, params))), training);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape tgt = inputShapes[0];
        Shape memory = inputShapes[1];
        Shape out = getOutputShapes(inputShapes)[0];
        selfAttention.initialize(manager, dataType, tgt, tgt, tgt);
        norm1.initialize(manager, dataType, tgt);
        crossAttention.initialize(manager, dataType, tgt, memory, memory);
        norm2.initialize(manager, dataType, out);
        ffn.initialize(manager, dataType, out);
        norm3.initialize(manager, dataType, out);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        long batch = Math.max(inputShapes[0].get(0), inputShapes[1].get(0));
        return new Shape[] {new Shape(batch, inputShapes[0].get(1), inputShapes[0].get(2))};
    }
}
