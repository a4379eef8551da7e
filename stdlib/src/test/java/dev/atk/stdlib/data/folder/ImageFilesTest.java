package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.atk.stdlib.data.DataException;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding to RGB with PIL's {@code convert('RGB')} semantics, and the errors for bad files. */
class ImageFilesTest {
    @TempDir
    Path tmp;

    @Test
    void rgbPngKeepsExactSamples() {
        RgbImage src = Fixtures.pattern(9, 7, 3);
        assertArrayEquals(src.rgb(), ImageFiles.read(Fixtures.png(src, tmp.resolve("a.png"))).rgb());
    }

    @Test
    void greyPngIsReplicatedWithoutGammaConversion() {
        // BufferedImage.getRGB would treat TYPE_BYTE_GRAY as linear and turn 64 into about 137; PIL gives 64.
        int[] samples = {0, 1, 64, 128, 200, 255};
        RgbImage img = ImageFiles.read(Fixtures.write(Fixtures.grey(3, 2, samples), "png", tmp.resolve("g.png")));
        for (int p = 0; p < samples.length; p++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(samples[p], img.get(p % 3, p / 3, c), "pixel " + p + " channel " + c);
            }
        }
    }

    @Test
    void greyJpegBecomesEqualChannels() {
        int[] samples = new int[16 * 16];
        Arrays.setAll(samples, i -> 40 + (i % 16) * 8);
        RgbImage img = ImageFiles.read(Fixtures.write(Fixtures.grey(16, 16, samples), "jpeg", tmp.resolve("g.jpg")));
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(img.get(x, y, 0), img.get(x, y, 1));
                assertEquals(img.get(x, y, 0), img.get(x, y, 2));
                assertTrue(Math.abs(img.get(x, y, 0) - samples[y * 16 + x]) <= 6, "JPEG is lossy, but not that much");
            }
        }
    }

    @Test
    void rgbJpegKeepsChannelOrder() {
        BufferedImage b = new BufferedImage(16, 16, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                b.getRaster().setPixel(x, y, new int[] {220, 120, 30});
            }
        }
        RgbImage img = ImageFiles.read(Fixtures.write(b, "jpeg", tmp.resolve("c.jpg")));
        assertTrue(Math.abs(img.get(5, 5, 0) - 220) <= 4 && Math.abs(img.get(5, 5, 1) - 120) <= 4
                && Math.abs(img.get(5, 5, 2) - 30) <= 4, "got " + img.get(5, 5, 0) + "," + img.get(5, 5, 1) + ","
                        + img.get(5, 5, 2));
    }

    @Test
    void palettePngIsLookedUp() {
        byte[] r = {10, (byte) 200, 0};
        byte[] g = {20, 100, (byte) 255};
        byte[] bl = {30, 50, 7};
        BufferedImage b = new BufferedImage(3, 1, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(8, 3, r, g, bl));
        b.getRaster().setPixels(0, 0, 3, 1, new int[] {2, 0, 1});
        RgbImage img = ImageFiles.read(Fixtures.write(b, "png", tmp.resolve("p.png")));
        assertArrayEquals(new byte[] {0, (byte) 255, 7, 10, 20, 30, (byte) 200, 100, 50}, img.rgb());
    }

    @Test
    void alphaIsDroppedNotComposited() {
        BufferedImage b = new BufferedImage(2, 1, BufferedImage.TYPE_4BYTE_ABGR);
        b.getRaster().setPixel(0, 0, new int[] {100, 150, 200, 0});
        b.getRaster().setPixel(1, 0, new int[] {1, 2, 3, 128});
        RgbImage img = ImageFiles.read(Fixtures.write(b, "png", tmp.resolve("a.png")));
        assertArrayEquals(new byte[] {100, (byte) 150, (byte) 200, 1, 2, 3}, img.rgb());
    }

    @Test
    void sixteenBitGreyClipsLikePil() {
        // PIL opens 16-bit grey as I;16 and convert('RGB') clips to 255 (Pillow 10.4 and 13.0).
        BufferedImage b = new BufferedImage(3, 1, BufferedImage.TYPE_USHORT_GRAY);
        b.getRaster().setPixels(0, 0, 3, 1, new int[] {100, 258, 65535});
        RgbImage img = ImageFiles.read(Fixtures.write(b, "png", tmp.resolve("g16.png")));
        assertArrayEquals(new byte[] {100, 100, 100, (byte) 255, (byte) 255, (byte) 255, (byte) 255, (byte) 255,
                (byte) 255}, img.rgb());
    }

    @Test
    void missingFileIsNamed() {
        Path f = tmp.resolve("nope.jpg");
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(f));
        assertEquals("image file " + f + " not found", e.getMessage());
    }

    @Test
    void nonImageIsNamed() throws Exception {
        Path f = Fixtures.text(tmp.resolve("notes.jpg"), "this is not a JPEG\n");
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(f));
        assertEquals("image file " + f + " is not a JPEG or PNG image", e.getMessage());
    }

    @Test
    void truncatedJpegIsRefusedLikePil() throws Exception {
        Path full = Fixtures.jpeg(Fixtures.pattern(64, 64, 1), tmp.resolve("full.jpg"));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(tmp.resolve("cut.jpg"), Arrays.copyOf(bytes, bytes.length / 2));
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(cut));
        assertTrue(e.getMessage().startsWith("image file " + cut + " is truncated ("), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    @Test
    void corruptPngIsNamed() throws Exception {
        Path full = Fixtures.png(Fixtures.pattern(64, 64, 1), tmp.resolve("full.png"));
        byte[] bytes = Files.readAllBytes(full);
        Path cut = Files.write(tmp.resolve("cut.png"), Arrays.copyOf(bytes, bytes.length / 2));
        DataException e = assertThrows(DataException.class, () -> ImageFiles.read(cut));
        assertTrue(e.getMessage().startsWith("cannot decode image file " + cut + ": "), e.getMessage());
        assertEquals(-1, e.getMessage().indexOf('\n'));
    }

    /**
     * A 4:2:0 JPEG written by Pillow decodes to exactly Pillow's pixels (ImageIO's libjpeg and Pillow's libjpeg-turbo
     * share the integer IDCT and the "fancy" chroma upsampling). Produced with Pillow 10.4.0 (12.3.0 and 13.0.0 print
     * the same), {@code pattern} as in {@link PilResizeTest}:
     *
     * <pre>
     * buf = io.BytesIO()
     * pattern(24, 18, 5).save(buf, format='JPEG', quality=85)   # 4:2:0, Pillow's default
     * im = Image.open(io.BytesIO(buf.getvalue())).convert('RGB')
     * print(base64.b64encode(buf.getvalue()).decode())
     * print(hashlib.sha256(im.tobytes()).hexdigest())
     * print(im.resize((7, 5), Image.BILINEAR).tobytes().hex())
     * </pre>
     */
    @Test
    void pillowJpegDecodesToPillowsPixels() throws Exception {
        Path f = Files.write(tmp.resolve("pil.jpg"), Base64.getDecoder().decode(PIL_JPEG));
        RgbImage img = ImageFiles.read(f);
        assertEquals(24, img.width());
        assertEquals(18, img.height());
        assertEquals("8ffe01167357f78578a5296a1f3bf46f633e3a221998d903000f32a3bd3d5d12",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(img.rgb())));
        assertArrayEquals(Fixtures.hex(PIL_JPEG_RESIZED), PilResize.resize(img, 5, 7).rgb());
    }

    /**
     * A CMYK JPEG (Pillow writes Adobe-inverted CMYK) converts to Pillow's RGB exactly. Produced with Pillow 10.4.0
     * (12.3.0 and 13.0.0 give the same RGB):
     *
     * <pre>
     * im = Image.new('CMYK', (8, 8))
     * im.putdata([((x*31) % 256, (y*29+50) % 256, (x*y*13) % 256, (x*17+y*11) % 256) for y in range(8) for x in range(8)])
     * buf = io.BytesIO(); im.save(buf, format='JPEG', quality=95)
     * print(base64.b64encode(buf.getvalue()).decode())
     * print(Image.open(io.BytesIO(buf.getvalue())).convert('RGB').tobytes().hex())
     * </pre>
     */
    @Test
    void cmykJpegConvertsLikePil() throws Exception {
        Path f = Files.write(tmp.resolve("cmyk.jpg"), Base64.getDecoder().decode(""
                + "/9j/7gAOQWRvYmUAZAAAAAAA/9sAQwACAQEBAQECAQEBAgICAgIEAwICAgIFBAQDBAYFBgYGBQYGBgcJCAYHCQcGBggLCAkK"
                + "CgoKCgYICwwLCgwJCgoK/8AAFAgACAAIBEMRAE0RAFkRAEsRAP/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//E"
                + "ALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2"
                + "Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrC"
                + "w8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/aAA4EQwBNAFkASwAAPwD0r/g41/5j3/bT+teO/wDEQj/1"
                + "O/8A5Mf/AF6+v/21P21P2j9U/aP8YfDb4bfF/wAQeE/D/hPxBa6VHH4f0xpL/wASX7sZp9Psp5ilpa+RZRSz3N5M7rZLLbSy"
                + "wPFI7p7p/wAFNv2yf+Qh/wATX+9/HX//2Q=="));
        assertArrayEquals(Fixtures.hex(""
                + "ffcdffd2c0eda7b2dd81a4cb6196bb4389aa297a97146d88f4a8f1c89ddd9f91b87a86a75b798b3f6e78266263135751"
                + "e987e9be7dc096739e736a7e5560623a5647234b33114221de66deb55fae8e56816c4e5f50473c363f2020370b0f3060"
                + "d24ad1aa449b853e6a65383d4a3217312c7e1d26530e2035c82fc8a22b897e27505e2324441f822d1b551b172e0c1313"
                + "bc17ba97157b75133c57110a3e0f5f290d31170a0e0a093cb201b28e01676d012950017639013f24011514014109001e"), ImageFiles.read(f).rgb());
    }

    /**
     * A JPEG with an embedded ICC profile (Java's linear-RGB profile, so applying it would brighten every value a lot)
     * decodes to Pillow's bytes: the profile is ignored, as PIL ignores it. Produced with Pillow 10.4.0, where
     * {@code linear.icc} is {@code ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData()} written by Java:
     *
     * <pre>
     * buf = io.BytesIO()
     * pattern(8, 6, 3).save(buf, format='JPEG', quality=90, icc_profile=open('linear.icc', 'rb').read())
     * print(base64.b64encode(buf.getvalue()).decode())
     * print(Image.open(io.BytesIO(buf.getvalue())).convert('RGB').tobytes().hex())
     * </pre>
     */
    @Test
    void jpegIccProfileIsIgnoredLikePil() throws Exception {
        Path f = Files.write(tmp.resolve("icc.jpg"), Base64.getDecoder().decode(""
                + "/9j/4AAQSkZJRgABAQAAAQABAAD/4gH4SUNDX1BST0ZJTEUAAQEAAAHobGNtcwIwAABtbnRyUkdCIFhZWiAH2AADABwADgAY"
                + "ACVhY3NwQVBQTAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAQAA9tYAAQAAAADTLWxjbXMAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAAGZjcHJ0AAABWAAAAA13dHB0AAABaAAAABRyWFlaAAABfAAA"
                + "ABRnWFlaAAABkAAAABRiWFlaAAABpAAAABRyVFJDAAABuAAAABBnVFJDAAAByAAAABBiVFJDAAAB2AAAABBkZXNjAAAAAAAA"
                + "AAxsaW5lYXIgc1JHQgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAHRleHQAAAAAbm9uZQAAAABYWVogAAAAAAAA8zoAAQAAAAEWm1hZWiAAAAAAAABvlwAA"
                + "OO8AAAOPWFlaIAAAAAAAAGKjAAC3jQAAGNxYWVogAAAAAAAAJJwAAA+DAAC2vGN1cnYAAAAAAAAAAQEAAABjdXJ2AAAAAAAA"
                + "AAEBAAAAY3VydgAAAAAAAAABAQAAAP/bAEMAAwICAwICAwMDAwQDAwQFCAUFBAQFCgcHBggMCgwMCwoLCw0OEhANDhEOCwsQ"
                + "FhARExQVFRUMDxcYFhQYEhQVFP/bAEMBAwQEBQQFCQUFCRQNCw0UFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU"
                + "FBQUFBQUFBQUFBQUFBQUFP/AABEIAAYACAMBIgACEQEDEQH/xAAfAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgv/xAC1"
                + "EAACAQMDAgQDBQUEBAAAAX0BAgMABBEFEiExQQYTUWEHInEUMoGRoQgjQrHBFVLR8CQzYnKCCQoWFxgZGiUmJygpKjQ1Njc4"
                + "OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPE"
                + "xcbHyMnK0tPU1dbX2Nna4eLj5OXm5+jp6vHy8/T19vf4+fr/xAAfAQADAQEBAQEBAQEBAAAAAAAAAQIDBAUGBwgJCgv/xAC1"
                + "EQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3"
                + "ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrC"
                + "w8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/APPvhx4YW3+Gs2hxxwAm4kEyQjyYgTpV"
                + "ywwQC7qQ5ypYDIxyCNpRRX2+UN/vP+3fy/r53e7Z+gYLDUcTj8dTrR5lCo1G/Rb29O3bZaH/2Q=="));
        assertTrue(IccJpeg.hasIccProfile(f));
        assertArrayEquals(Fixtures.hex(""
                + "2a0019480c3264204595557ac692c068446ab0a2af2c28295b133b5f1e46824f78a77da1ecc5e44d2d457e687d47384b"
                + "842044934b733e2c5e696c8f998d8d543b3eb896bb6f487f6100146b1d476058895c7392bbc8be5f5b52c2a0c55c2c6a"
                + "850d3d89325f715b8197a9bd5e837c2e47418d7b93714b70a0275cb259874e315072839386b7b3315a56b8adbd826079"), ImageFiles.read(f).rgb());
    }

    @Test
    void jpegsWithoutProfileAreNotTakenForIccOnes() {
        assertFalse(hasProfile(Fixtures.jpeg(Fixtures.pattern(8, 8, 1), tmp.resolve("plain.jpg"))));
        assertFalse(hasProfile(Fixtures.png(Fixtures.pattern(8, 8, 1), tmp.resolve("plain.png"))));
    }

    private static boolean hasProfile(Path f) {
        try {
            return IccJpeg.hasIccProfile(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String PIL_JPEG = ""
            + "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAUDBAQEAwUEBAQFBQUGBwwIBwcHBw8LCwkMEQ8SEhEPERETFhwXExQaFRERGCEYGh0d"
            + "Hx8fExciJCIeJBweHx7/2wBDAQUFBQcGBw4ICA4eFBEUHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4e"
            + "Hh4eHh4eHh7/wAARCAASABgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF"
            + "BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW"
            + "V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi"
            + "4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC"
            + "AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm"
            + "Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq"
            + "8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDnfC2mpbeAPLkjEVtI7kYUxI3+hzj5QAZHHzcqePw5HV31kn/CzVt7sIIHmDxrLGQnLZB8"
            + "pBuZflOCxzz9az/DSwafoUVjHE6TXP2i586MbFxHBKG/enLs581PuDBAY57NraVe7bjTde1efFvNp8V3cyrGYUP7lTIyxoPMkGSx"
            + "ZcY6dsYJVJOEujd7RWt76dLN8rVrW3a1bbtONr1FWqzS0tJW9Xp6wbT13izE8AW1w/iLw3p9x5sjQSOLaObLNGp05X2LEvyo26Qk"
            + "EnncT6iiqniTz9J0DTLpEhc22oQXMCTRMEkKRQMMxR/OyfuxjLA8n8SpxmU4zGSjVwfLyWtZ8qtq5aXT097y+e4sx4dxudyjXwzX"
            + "urld58jvdvX+bfR9vMm8HTTTafazTSySSx6Nq2x2YllxChGD255qeaSSL4RXVxG7JN/wjqN5inDZMK5OevOT+dFFfIVPjj/17j/6"
            + "UbS/j0v+3vzmT+MoYY/gtp/lxInmahGj7VA3KbSPIPqPaiiiv3jhX/kV0P8ABD/0lGeG/wB0p/M//9k=";

    private static final String PIL_JPEG_RESIZED = ""
            + "70455d8273807b86947f60787b7570885a707d8a7f844f747a85807d9b8876707784858c7d5b7d89956f75645785917f7599"
            + "a37d80867797858b6b94767076817170798d88797b8277907f7f9b7f817e8e7c4388847a60837c6e6f8a4d8d98746e7d5d87"
            + "8c9e784ca4";
}
