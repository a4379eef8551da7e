/** Benchmarks that print measurements and ratios from one run. Not tests: nothing here asserts a time. */
package dev.atk.bench;
