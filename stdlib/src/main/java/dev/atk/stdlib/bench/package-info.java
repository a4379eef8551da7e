/** Kernel benchmarks (mains, not tests): see {@link dev.atk.stdlib.bench.KernelBench}. */
package dev.atk.stdlib.bench;
