package dev.atk.stdlib.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Layer normalisation over the last axis (the token features) of a {@code …×d} input, with a learned
 * scale γ and shift β of length {@code d}, ε = 1e-5.
 *
 * <p>Unlike DJL's {@link LayerNorm} block, the normalised width is fixed at construction: a freshly built,
 * never-initialised copy (what {@link DjlClassifier}'s float64 load fills with {@code setArray}) works
 * without knowing input shapes.
 */
public final class TokenLayerNorm extends AbstractBlock {
    private static final float EPSILON = 1e-5f;

    private final int width;
    private final Parameter gamma;
    private final Parameter beta;

    public TokenLayerNorm(int width) {
        this.width = width;
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build());
        beta = addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.head();
        NDArray g = store.getValue(gamma, x.getDevice(), training);
        NDArray b = store.getValue(beta, x.getDevice(), training);
        return LayerNorm.layerNorm(x, new Shape(width), g, b, EPSILON);
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        gamma.setShape(new Shape(width));
        beta.setShape(new Shape(width));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        // no children
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
