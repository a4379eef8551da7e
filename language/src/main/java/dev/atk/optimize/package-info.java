/**
 * Optimize stage: named rewrite rules over the logical plan, in the manner of Calcite/Catalyst rule batches.
 * Every rule keeps results identical; it only removes repeated work (shared clean passes and profiles, fused
 * budget sweeps).
 */
package dev.atk.optimize;
