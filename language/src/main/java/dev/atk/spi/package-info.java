/**
 * The service-provider interface between the language and the tensor engine. The interpreter owns these types
 * and never depends on DJL; a stdlib implements {@link dev.atk.spi.Stdlib} and registers it with
 * {@link java.util.ServiceLoader}. Everything crossing this boundary is plain Java data (arrays, records), so the
 * executor can digest, cache and log it without knowing about tensors.
 */
package dev.atk.spi;
