package dev.atk.stdlib.data.folder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PilResize} against real Pillow. The expected bytes were produced by this script with Pillow 10.4.0 and
 * again with 12.3.0 (pip, throwaway venvs; both print the same); output bytes are row-major, RGB interleaved:
 *
 * <pre>
 * from PIL import Image
 * import hashlib
 * def pattern(w, h, seed):
 *     img = Image.new('RGB', (w, h))
 *     img.putdata([((x * 37 + y * 91 + seed) % 256,
 *                   (x * x * 11 + y * 5 + 3 * seed) % 256,
 *                   (x * y * 29 + 17 * x + seed * 7) % 256) for y in range(h) for x in range(w)])
 *     return img
 * cases = [('down', 13, 9, 1, 5, 7), ('up', 5, 4, 2, 7, 11), ('mixed', 13, 9, 3, 12, 5),
 *          ('bigdown', 40, 30, 4, 5, 7), ('sameH', 13, 9, 5, 9, 4)]   # name, src w, src h, seed, out H, out W
 * for name, w, h, seed, oh, ow in cases:
 *     print(name, pattern(w, h, seed).resize((ow, oh), Image.BILINEAR).tobytes().hex())
 * g = Image.new('L', (6, 5)); g.putdata([(x * 40 + y * 13) % 256 for y in range(5) for x in range(6)])
 * print('grey', g.convert('RGB').resize((4, 3), Image.BILINEAR).tobytes().hex())
 * for name, w, h, seed, oh, ow in [('coco', 640, 480, 6, 448, 448), ('voc', 500, 375, 7, 224, 224),
 *                                  ('tall', 333, 517, 8, 448, 448)]:
 *     print(name, hashlib.sha256(pattern(w, h, seed).resize((ow, oh), Image.BILINEAR).tobytes()).hexdigest())
 * </pre>
 *
 * torchvision's {@code Resize((H, W))} on a PIL image is {@code img.resize((W, H), BILINEAR)}, so these are the
 * reference's preprocessing. The match is exact (max |diff| = 0) on every case.
 *
 * <p>Pillow 13.0 (2026, PR #9549) runs the vertical pass first when the height shrinks much more than the width;
 * its 'tall' hash is then 8ed704b7…, and on portrait images resized to 448×448 about 12% of the values differ by 1.
 * The reference ran on an older Pillow, which always goes horizontal first, as this class does.
 */
class PilResizeTest {
    @TempDir
    Path tmp;

    private void check(String name, int w, int h, int seed, int outH, int outW, String expectedHex) {
        // Through a PNG file and ImageFiles, so decoding is covered too (PNG is lossless).
        RgbImage src = ImageFiles.read(Fixtures.png(Fixtures.pattern(w, h, seed), tmp.resolve(name + ".png")));
        assertArrayEquals(Fixtures.pattern(w, h, seed).rgb(), src.rgb(), name + ": PNG round trip");
        RgbImage out = PilResize.resize(src, outH, outW);
        assertEquals(outW, out.width());
        assertEquals(outH, out.height());
        byte[] expected = Fixtures.hex(expectedHex);
        assertEquals(0, maxDiff(expected, out.rgb()), name + ": max |diff| vs Pillow");
        assertArrayEquals(expected, out.rgb(), name);
    }

    static int maxDiff(byte[] a, byte[] b) {
        assertEquals(a.length, b.length);
        int max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs((a[i] & 0xff) - (b[i] & 0xff)));
        }
        return max;
    }

    @Test
    void downscaleMatchesPillow() {
        check("down", 13, 9, 1, 5, 7, "4a0f1c7944529a7882745a6656877f8c62a7933a7f7d17375b4c957b807c8d627c7d8f6d606a97"
                + "8142777e20478955705c8968796b7386986f8573785b4b94772963765e8b8992646474787ca1957c7c9491549fb031488966"
                + "bd659aac877c8c70a9b97c84b4675c95");
    }

    @Test
    void upscaleMatchesPillow() {
        check("up", 5, 4, 2, 7, 11, "02060e0908111a0d192a14213b23284c32305d4b386e643f7e85478fa84f96b65223080e2a0a13"
                + "3b0f1f4b162c5c25386d34457e4d518f665d9f876ab0aa77b7b87b570b0e5e0d166f122a7f193e902852a13766b2507ac3"
                + "698ed38aa2e4adb6ebbbbe8b0e0e921019a31535a71c507e2b6c553a876653a3776cbe878dab98b08d9fbe80ac100eb3121c"
                + "c4173fbf1e62642d85083ca81955c32a6edd3a8fa84bb26052c0424e130e55151f661a4a6e217455309f3c3fc94d58a95e71"
                + "896e92837fb58486c38513150e1a17212b1c503b237f4c32af5d41de6e5a997f73548f946ca0b79ba7c5ae");
    }

    @Test
    void upOneAxisDownTheOtherMatchesPillow() {
        check("mixed", 13, 9, 3, 12, 5, "2a1e277f6b4e91677b4380a89846cf63213aa06e8b6a6a7a7c83a0a149858b25528772a96c6e"
                + "7e8c8787854d5989296747769a9872876a8b6a595162462c71867985a17585578e849e548f743061807d726d797788928471"
                + "588d9c346268817e6f7d7b98967d565c789a387758859b9d818e7b9a746a605c573b819788695e847c689d70af6350853f96"
                + "918c865a886199a19c82677486436b76908c788c8c8ba5c4676ba24f460e579372a38feb41a8d9706ec8");
    }

    @Test
    void strongDownscaleWidensTheFilterLikePillow() {
        check("bigdown", 40, 30, 4, 5, 7, "785d747d7f857f6e86827a7b84977b87897883a4887a786d7b91967d8782807480827b718496"
                + "7a86946e837e737986757b937a7d708d7f4f84827589856a9085876f848d70799d7c7b7d7e7d5d867f638681518284936b85"
                + "807183a17f7874797b787f7d7e83826a88");
    }

    @Test
    void unchangedHeightSkipsTheVerticalPassLikePillow() {
        check("sameH", 13, 9, 5, 9, 4, "3a333b98716e557da48c58d79538658c7676798281ad5d79803d5f5e7b7391877f4c626b4b4289"
                + "a9808a668c9c9d67639c47685785778a9188686c95914c6c6f8a7aa2968c5d71725c518b938f7c509b78ae766aad56b56894"
                + "859ba054797b9d4c5b1980993b6da5df6480d9");
    }

    @Test
    void greyImageIsConvertedToRgbThenResizedLikePillow() {
        int[] samples = new int[30];
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 6; x++) {
                samples[y * 6 + x] = (x * 40 + y * 13) % 256;
            }
        }
        RgbImage grey = ImageFiles.read(Fixtures.write(Fixtures.grey(6, 5, samples), "png", tmp.resolve("g.png")));
        RgbImage out = PilResize.resize(grey, 3, 4);
        assertArrayEquals(Fixtures.hex("1515154d4d4d878787bfbfbf2929296161619b9b9bd3d3d33d3d3d757575afafafe7e7e7"),
                out.rgb());
    }

    @Test
    void modelSizedResizesHashEqualToPillow() throws Exception {
        assertEquals("d4ca23bf479bb5053d682216acfdabbd896c5cf73ab7c5dae71c3ffcd2d7076b", sha256(640, 480, 6, 448, 448));
        assertEquals("8a22a6b6da3fd05f9dc0c27fa872b5556ca5fb704c837c90d6e637798be43c50", sha256(500, 375, 7, 224, 224));
        // A portrait image: the case where Pillow 13 differs (see above).
        assertEquals("d73f4c5c9137504264c77dc829974c0d2aa93f74829c16e881296e9359aafaf2", sha256(333, 517, 8, 448, 448));
    }

    private static String sha256(int w, int h, int seed, int outH, int outW) throws Exception {
        byte[] out = PilResize.resize(Fixtures.pattern(w, h, seed), outH, outW).rgb();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out));
    }

    @Test
    void sameSizeIsACopy() {
        RgbImage src = Fixtures.pattern(7, 5, 9);
        RgbImage out = PilResize.resize(src, 5, 7);
        assertArrayEquals(src.rgb(), out.rgb());
        assertEquals(false, src.rgb() == out.rgb());
    }
}
