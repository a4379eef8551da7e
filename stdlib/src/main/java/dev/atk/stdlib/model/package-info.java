/**
 * Models as the attack kernels see them: {@link dev.atk.stdlib.model.Classifier} (images → logits),
 * JSON configs ({@link dev.atk.stdlib.model.ModelConfig}, validated by
 * {@link dev.atk.stdlib.model.ModelConfigLoader}), DJL-format models on a known architecture
 * ({@link dev.atk.stdlib.model.DjlClassifier}; architectures {@link dev.atk.stdlib.model.FashionCnn} and
 * {@link dev.atk.stdlib.model.Query2Label} with its transformer blocks) and the bundled model lookup
 * ({@link dev.atk.stdlib.model.BundledModels}). Every load failure is a one-line
 * {@link dev.atk.stdlib.model.ModelException}.
 */
package dev.atk.stdlib.model;
