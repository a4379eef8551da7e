/**
 * Training and evaluation of the bundled models: the asymmetric loss, mean average precision,
 * confidence statistics, and the command-line mains that regenerate the shipped data
 * ({@link dev.atk.stdlib.train.MakeFashionData}), retrain a bundled model ({@link dev.atk.stdlib.train.TrainFashionCnn}
 * with a {@link dev.atk.stdlib.train.TrainingRecipe}: {@code fashion_cnn} or {@code q2l_fashion}) and measure it
 * ({@link dev.atk.stdlib.train.EvaluateFashionCnn}). See docs/models.md.
 */
package dev.atk.stdlib.train;
