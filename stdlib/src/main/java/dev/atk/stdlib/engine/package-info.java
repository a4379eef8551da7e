/**
 * The stdlib's implementation of the interpreter's SPI on DJL/PyTorch: {@link dev.atk.stdlib.engine.DjlStdlib}
 * (found by ServiceLoader), its {@link dev.atk.stdlib.engine.DjlCatalog} (names and parameters, no tensors) and
 * {@link dev.atk.stdlib.engine.DjlBackend} (models, data, clean passes, profiles and attacks in batches).
 */
package dev.atk.stdlib.engine;
