/**
 * Bundled multi-label data: composite Fashion-MNIST scenes.
 *
 * <p>A scene is a 56×56 grayscale image, a 2×2 grid of 28×28 cells, each cell empty or holding one
 * Fashion-MNIST garment. Its labels are garment class × quadrant (40 labels, see {@link
 * dev.atk.stdlib.data.FashionLabels}). {@link dev.atk.stdlib.data.SceneGenerator} builds scenes from
 * the Debian package's IDX files ({@link dev.atk.stdlib.data.IdxReader}) following outfit templates,
 * deterministically from a seed; {@link dev.atk.stdlib.data.SceneSampleFile} stores them, and
 * {@link dev.atk.stdlib.data.BundledScenes} loads the 1000-scene test sample shipped in the jar.
 * Every failure surfaces as a one-line {@link dev.atk.stdlib.data.DataException}.
 */
package dev.atk.stdlib.data;
