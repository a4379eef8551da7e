/**
 * Analyses that attack many (image, label) pairs to measure the model rather than to fool it: the label-correlation
 * matrices of Algorithm 1 (ALGORITHMS.md §5) and per-label attackability (§7.6). They reuse the MI-FGSM kernel with
 * one-hot label weights and explicit targets, batched over (image, label) rows.
 */
package dev.atk.stdlib.analysis;
