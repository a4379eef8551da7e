package dev.atk.spi;

/** A tensor backend with its catalogue of attacks, losses, models and data sets. Found by ServiceLoader. */
public interface Stdlib {

    /** What exists, for the checker, completion and {@code atk attacks}: cheap, touches no tensors. */
    Catalog catalog();

    /** Starts the tensor engine (loads natives, picks the device). Expensive; the session does it lazily. */
    Backend open(BackendConfig config);
}
