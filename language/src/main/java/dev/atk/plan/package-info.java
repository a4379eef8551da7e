/**
 * Plan stage: a checked script becomes a logical plan, an immutable DAG of nodes (load, sample, clean pass, profile,
 * attack, report, print) with stable digests and a canonical {@code explain} text. Digests are cache and resume keys.
 */
package dev.atk.plan;
