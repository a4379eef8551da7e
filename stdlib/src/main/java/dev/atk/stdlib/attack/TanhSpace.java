package dev.atk.stdlib.attack;

import ai.djl.ndarray.NDArray;

/**
 * Carlini–Wagner's change of variables, as ML-CW and Rank I/II use it (ALGORITHMS.md §8.2): an image x in [0,1]
 * becomes w0 = artanh((2x − 1)·0.999999), and a modifier m maps back to x'(m) = (tanh(m + w0) + 1)/2, always a valid
 * image, so the optimiser needs no clipping. The reference image the distance is measured from is x'(0), not x (they
 * differ by the 0.999999 squeeze).
 */
record TanhSpace(NDArray w0, NDArray reference) {

    static TanhSpace of(NDArray x) {
        NDArray u = x.mul(2).sub(1).mul(0.999999);
        NDArray w0 = u.add(1).div(u.neg().add(1)).log().mul(0.5); // artanh(u); DJL's PyTorch engine lacks atanh
        return new TanhSpace(w0, w0.tanh().add(1).div(2));
    }

    /** x'(m), differentiable in m. */
    NDArray image(NDArray modifier) {
        return modifier.add(w0).tanh().add(1).div(2);
    }
}
