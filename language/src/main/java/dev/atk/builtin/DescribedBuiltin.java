package dev.atk.builtin;

/**
 * A built-in family whose members differ only in their behaviour: each instance carries its own signature, doc and
 * example (linspace and logspace, mean/std/len, correlations and attackability).
 */
abstract class DescribedBuiltin implements Builtin {
    private final Signature signature;
    private final String doc;
    private final String example;

    DescribedBuiltin(Signature signature, String doc, String example) {
        this.signature = signature;
        this.doc = doc;
        this.example = example;
    }

    @Override
    public final Signature signature() {
        return signature;
    }

    @Override
    public final String doc() {
        return doc;
    }

    @Override
    public final String example() {
        return example;
    }
}
