package dev.atk.stdlib.data.folder;

import dev.atk.stdlib.data.DataException;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Decodes a JPEG or PNG file into 8-bit RGB the way the reference's {@code Image.open(path).convert('RGB')} does.
 *
 * <p>PIL does no colour management: it hands back the stored samples, replicates grey into R, G and B, looks palette
 * entries up and drops alpha. Java's {@code BufferedImage.getRGB} instead converts through colour spaces (a grey image
 * is treated as linear and gamma-encoded, a JPEG's embedded ICC profile is applied), which shifts pixel values. So the
 * samples are read straight from the raster and only the PIL conversions are applied (CMYK JPEGs included), and a
 * JPEG with an ICC profile is decoded without it. JPEG pixels then equal Pillow's: ImageIO's libjpeg and Pillow's libjpeg-turbo share the integer IDCT and the chroma
 * upsampling (ImageFilesTest decodes a Pillow-written JPEG to Pillow's exact bytes).
 */
public final class ImageFiles {

    private ImageFiles() {}

    /**
     * The file's pixels as RGB.
     *
     * @throws DataException naming the file when it is missing, not a readable image, or truncated
     */
    public static RgbImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("image file " + file + " not found");
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DataException("image file " + file + " is not a JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            List<String> truncation = new ArrayList<>();
            // PIL refuses a truncated file ("image file is truncated"); ImageIO only warns and fills the rest grey.
            reader.addIIOReadWarningListener(truncationListener(truncation));
            RgbImage raw;
            try {
                reader.setInput(in, true, false);
                raw = jpegWithIccProfile(file, reader);
                image = raw == null ? reader.read(0) : null;
            } finally {
                reader.dispose();
            }
            if (!truncation.isEmpty()) {
                throw new DataException("image file " + file + " is truncated (" + truncation.get(0) + ")");
            }
            if (raw != null) {
                return raw;
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException d) {
                throw d;
            }
            // ImageIO reports corrupt data as IIOException, but also as IllegalArgumentException or index errors.
            throw new DataException("cannot decode image file " + file + ": " + oneLine(e), e);
        }
        return toRgb(image);
    }

    private static IIOReadWarningListener truncationListener(List<String> sink) {
        return (source, warning) -> {
            if (warning != null && warning.toLowerCase(java.util.Locale.ROOT).contains("premature end")) {
                sink.add(warning);
            }
        };
    }

    /**
     * A JPEG with an embedded ICC profile decoded without applying it ({@link IccJpeg}), or null for any other file
     * (or a coding other than 3-band YCbCr or RGB, left to ImageIO).
     */
    private static RgbImage jpegWithIccProfile(Path file, ImageReader reader) throws IOException {
        if (!reader.getFormatName().equalsIgnoreCase("jpeg") || !IccJpeg.hasIccProfile(file)) {
            return null;
        }
        String coding = colourSpaceType(reader.getImageMetadata(0));
        if (!"YCbCr".equals(coding) && !"RGB".equals(coding)) {
            return null;
        }
        Raster samples = reader.readRaster(0, null);
        if (samples.getNumBands() != 3) {
            return null;
        }
        return "YCbCr".equals(coding) ? IccJpeg.toRgb(samples) : IccJpeg.raw(samples);
    }

    /** The JPEG's coding (YCbCr, RGB, GRAY, CMYK…) from ImageIO's standard metadata. */
    private static String colourSpaceType(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return null;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        NodeList nodes = ((Element) root).getElementsByTagName("ColorSpaceType");
        return nodes.getLength() == 0 ? null : ((Element) nodes.item(0)).getAttribute("name");
    }

    /** PIL's {@code convert('RGB')} on the decoded samples: palette lookup, grey replicated, alpha dropped. */
    static RgbImage toRgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        ColorModel cm = image.getColorModel();
        byte[] out = new byte[w * h * 3];
        int bands = raster.getNumBands();
        int[] row = new int[w * bands];
        if (cm instanceof IndexColorModel icm) {
            for (int y = 0; y < h; y++) {
                raster.getPixels(0, y, w, 1, row);
                for (int x = 0; x < w; x++) {
                    int idx = row[x * bands];
                    int q = (y * w + x) * 3;
                    out[q] = (byte) icm.getRed(idx);
                    out[q + 1] = (byte) icm.getGreen(idx);
                    out[q + 2] = (byte) icm.getBlue(idx);
                }
            }
            return new RgbImage(w, h, out);
        }
        if (cm.getColorSpace().getType() == ColorSpace.TYPE_CMYK && bands == 4) {
            return cmykToRgb(raster, w, h);
        }
        // Grey (with or without alpha) has one or two bands; anything with three or more is R, G, B (+ alpha).
        int colours = cm.getNumColorComponents() >= 3 && bands >= 3 ? 3 : 1;
        // 16-bit PNG samples: PIL keeps the most significant byte, except for plain 16-bit grey, which it opens as
        // mode I;16 and clips to 255 on convert('RGB') (checked with Pillow 10.4 and 13.0).
        int shift = Math.max(0, cm.getComponentSize(0) - 8);
        boolean clip = shift > 0 && bands == 1;
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int q = (y * w + x) * 3;
                for (int c = 0; c < 3; c++) {
                    int v = row[x * bands + (colours == 3 ? c : 0)];
                    out[q + c] = (byte) (clip ? Math.min(v, 255) : v >>> shift);
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    /**
     * PIL's {@code cmyk2rgb}: {@code R = 255-K - C·(255-K)/255} with its rounding integer division. ImageIO already
     * un-inverts Adobe CMYK JPEGs, giving the same CMYK samples as PIL (checked on a Pillow-written CMYK JPEG).
     */
    private static RgbImage cmykToRgb(Raster raster, int w, int h) {
        byte[] out = new byte[w * h * 3];
        int[] row = new int[w * 4];
        for (int y = 0; y < h; y++) {
            raster.getPixels(0, y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int nk = 255 - row[x * 4 + 3];
                for (int c = 0; c < 3; c++) {
                    int t = row[x * 4 + c] * nk + 128;
                    int v = nk - (((t >> 8) + t) >> 8);
                    out[(y * w + x) * 3 + c] = (byte) Math.max(0, Math.min(255, v));
                }
            }
        }
        return new RgbImage(w, h, out);
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
