/**
 * Image data sets read from a user's folder: MS-COCO 2014 ({@link dev.atk.stdlib.data.folder.Coco2014}), VOC2007
 * ({@link dev.atk.stdlib.data.folder.Voc2007}) and NUS-WIDE in ASL's form ({@link dev.atk.stdlib.data.folder.NusWide}),
 * opened by name through {@link dev.atk.stdlib.data.folder.FolderDatasets}.
 *
 * <p>Each is a {@link dev.atk.stdlib.data.folder.FolderImageSet}: labels come from the annotations when the set is
 * opened; pixels are decoded lazily ({@link dev.atk.stdlib.data.folder.ImageFiles}, PIL's {@code convert('RGB')}),
 * resized exactly as torchvision's {@code Resize((H,W))} on a PIL image
 * ({@link dev.atk.stdlib.data.folder.PilResize}), scaled to [0,1] like {@code ToTensor}, and kept in a bounded LRU
 * {@link dev.atk.stdlib.data.folder.ImageCache}. Every problem surfaces as a one-line
 * {@link dev.atk.stdlib.data.DataException} naming the file.
 */
package dev.atk.stdlib.data.folder;
