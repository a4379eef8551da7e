/**
 * Model profiles (ALGORITHMS.md §4): the flips-vs-budget probe ({@link dev.atk.stdlib.profile.Profiler}), its stop
 * rule ({@link dev.atk.stdlib.profile.StopRule}, pure Java) and the least-squares polynomial fit of E(ε) ({@link
 * dev.atk.stdlib.profile.PolyFit}, ojAlgo's Householder QR on a scaled ε).
 */
package dev.atk.stdlib.profile;
