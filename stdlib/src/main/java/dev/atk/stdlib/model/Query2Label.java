package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * Architecture {@code q2l_fashion_v1}: a small Query2Label (Liu et al. 2021) for 1×56×56 scenes — a CNN
 * backbone, a transformer whose decoder lets one learned query per label cross-attend to the image tokens,
 * and a group-wise linear head. Output: logits.
 *
 * <pre>
 * conv 3×3 16, pad 1 → relu → maxpool 2   (16×28×28)
 * conv 3×3 32, pad 1 → relu → maxpool 2   (32×14×14)
 * conv 3×3 48, pad 1 → relu → maxpool 2   (48×7×7)
 * conv 3×3 64, pad 1 → relu                (64×7×7; receptive field 38 px, wider than a 28×28 garment)
 * 49 tokens × 64 → linear → 49 × d                       (Q2L's 1×1 input projection), d = 64
 * fixed 2-D sine positional encoding, added to queries and keys ({@link SinePositionEncoding})
 * 1 encoder layer: self-attention (4 heads) + FFN 128   ({@link TransformerEncoderLayer}, post-norm)
 * L learned label queries (L×d), the decoder's input
 * 2 decoder layers: self-attention, cross-attention to the tokens, FFN 128 ({@link TransformerDecoderLayer})
 * group-wise linear: logit_c = &lt;W_c, h_c&gt; + b_c   ({@link GroupWiseLinear})
 * </pre>
 * Dropout 0.1 on the attention weights (as {@code nn.MultiheadAttention(dropout=0.1)} in Q2L) acts only in a
 * training forward pass; {@link DjlClassifier} evaluates with {@code training=false}, so a loaded model is a
 * deterministic function of its input. Q2L's further dropouts on the residual branches and in the FFN are set to
 * 0 here: in one-epoch trials they cost 7 points of validation mAP and 40% more training time (docs/models.md).
 *
 * <p>The label queries are the same for every image, so the first decoder layer's query self-attention runs
 * once on a batch of 1 and broadcasts in the cross-attention (the same function as repeating the queries per
 * image, at a fraction of the cost).
 */
public final class Query2Label extends AbstractBlock {
    public static final String ARCHITECTURE = "q2l_fashion_v1";
    public static final int WIDTH = 64;
    public static final int HEADS = 4;
    public static final int FFN = 128;
    public static final int DECODER_LAYERS = 2;
    public static final float ATTENTION_DROPOUT = 0.1f;
    public static final float RESIDUAL_DROPOUT = 0f;

    private final int labels;
    private final Parameter queries;
    private final SequentialBlock backbone;
    private final Linear inputProjection;
    private final TransformerEncoderLayer encoder;
    private final TransformerDecoderLayer[] decoders;
    private final GroupWiseLinear head;
    private volatile Encoding encoding;

    /** The sine encoding of one grid size, in both float widths. */
    private record Encoding(int height, int width, double[] values, float[] floats) {}

    private Query2Label(int labels) {
        this.labels = labels;
        queries = addParameter(Parameter.builder().setName("label_queries").setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(1f)).build());
        backbone = addChildBlock("backbone", new SequentialBlock()
                .add(conv(16)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(conv(32)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(conv(48)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
                .add(conv(WIDTH)).add(Activation::relu));
        inputProjection = addChildBlock("input_projection", Linear.builder().setUnits(WIDTH).build());
        encoder = addChildBlock("encoder",
                new TransformerEncoderLayer(WIDTH, HEADS, FFN, ATTENTION_DROPOUT, RESIDUAL_DROPOUT));
        decoders = new TransformerDecoderLayer[DECODER_LAYERS];
        for (int k = 0; k < DECODER_LAYERS; k++) {
            decoders[k] = addChildBlock("decoder" + (k + 1),
                    new TransformerDecoderLayer(WIDTH, HEADS, FFN, ATTENTION_DROPOUT, RESIDUAL_DROPOUT));
        }
        head = addChildBlock("head", new GroupWiseLinear(labels, WIDTH));
    }

    /** A fresh, uninitialised block with {@code numLabels} outputs. */
    public static Query2Label build(int numLabels) {
        return new Query2Label(numLabels);
    }

    private static Conv2d conv(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(filters)
                .build();
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray features = backbone.forward(store, new NDList(x), training).singletonOrThrow();
        Shape f = features.getShape(); // B×C×H×W
        int h = (int) f.get(2);
        int w = (int) f.get(3);
        NDArray tokens = features.reshape(f.get(0), f.get(1), (long) h * w).transpose(0, 2, 1);
        NDArray src = inputProjection.forward(store, new NDList(tokens), training).singletonOrThrow();
        NDArray pos = positionEncoding(x.getManager(), h, w, src.getDataType());
        NDArray memory = encoder.forward(store, new NDList(src, pos), training, params).singletonOrThrow();
        NDArray q = store.getValue(queries, x.getDevice(), training);
        // the queries enter through an op whose receiver lives in the input's manager (DJL trap 5)
        NDArray tgt = x.getManager().zeros(new Shape(1, labels, WIDTH), src.getDataType()).add(q);
        for (TransformerDecoderLayer decoder : decoders) {
            tgt = decoder.forward(store, new NDList(tgt, memory, pos), training, params).singletonOrThrow();
        }
        return head.forward(store, new NDList(tgt), training);
    }

    /** The 1×(H·W)×d sine encoding in {@code manager}, of {@code type} (computed once per grid size). */
    private NDArray positionEncoding(NDManager manager, int h, int w, DataType type) {
        Encoding e = encoding;
        if (e == null || e.height() != h || e.width() != w) {
            double[] values = SinePositionEncoding.grid(h, w, WIDTH);
            float[] floats = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                floats[i] = (float) values[i];
            }
            e = new Encoding(h, w, values, floats);
            encoding = e;
        }
        Shape shape = new Shape(1, (long) h * w, WIDTH);
        if (type == DataType.FLOAT64) {
            return manager.create(e.values(), shape);
        }
        NDArray a = manager.create(e.floats(), shape);
        return type == DataType.FLOAT32 ? a : a.toType(type, false);
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        queries.setShape(new Shape(labels, WIDTH));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape in = inputShapes[0];
        backbone.initialize(manager, dataType, in);
        Shape f = backbone.getOutputShapes(new Shape[] {in})[0];
        long batch = f.get(0);
        long tokens = f.get(2) * f.get(3);
        inputProjection.initialize(manager, dataType, new Shape(batch, tokens, f.get(1)));
        Shape src = new Shape(batch, tokens, WIDTH);
        Shape pos = new Shape(1, tokens, WIDTH);
        encoder.initialize(manager, dataType, src, pos);
        Shape tgt = new Shape(1, labels, WIDTH);
        for (TransformerDecoderLayer decoder : decoders) {
            decoder.initialize(manager, dataType, tgt, src, pos);
            tgt = decoder.getOutputShapes(new Shape[] {tgt, src, pos})[0];
        }
        head.initialize(manager, dataType, tgt);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), labels)};
    }
}
