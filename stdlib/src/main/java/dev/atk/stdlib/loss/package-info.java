/**
 * Multi-label attack losses on sigmoid confidences, with torch semantics (ALGORITHMS.md §3): {@link
 * dev.atk.stdlib.loss.BceLoss} ({@code torch.nn.BCELoss}), {@link dev.atk.stdlib.loss.LinearLoss} and {@link
 * dev.atk.stdlib.loss.SlamLoss}. Each loss gives its value and the exact gradient torch's backward computes with
 * respect to the confidences; attacks back-propagate that gradient through the model with {@link
 * dev.atk.stdlib.loss.Loss#surrogate}.
 */
package dev.atk.stdlib.loss;
