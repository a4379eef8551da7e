/**
 * Training and evaluation of the bundled models: the asymmetric loss, mean average precision,
 * confidence statistics, and the command-line mains that regenerate the shipped data
 * ({@link dev.atk.stdlib.train.MakeFashionData}), retrain the CNN ({@link dev.atk.stdlib.train.TrainFashionCnn})
 * and measure it ({@link dev.atk.stdlib.train.EvaluateFashionCnn}). See docs/models.md.
 */
package dev.atk.stdlib.train;
