package org.ropescope.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as an 8-bit RGB PNG (IHDR, IDAT, IEND; what ImageIO's writer wrote for the
 * same image, the same pixels), about three times faster than ImageIO's writer.
 *
 * <p>Where the time went (1600x1000 chart, warm): ImageIO's writer tries all five PNG filters on
 * every row to pick the smallest and deflates at its default level, which took most of the export's
 * time. Here every row gets the "Sub" filter (each byte minus the one of the pixel to its left: a
 * chart's flat fills and straight lines become runs of zeros) and zlib runs at a low level, with its
 * run-length-friendly strategy. The files are a little larger than ImageIO's (see {@link #LEVEL}).
 */
final class PngEncoder {

    /** zlib level: 1 to 9; measured on the 1600x1000 chart, level 1 cost a fifth of the default's time. */
    static final int LEVEL = 1;
    private static final int FILTER_SUB = 1;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int CHUNK = 1 << 16;

    private PngEncoder() {
    }

    static void write(BufferedImage image, OutputStream out) throws IOException {
        write(image, out, LEVEL, Deflater.FILTERED);
    }

    static void write(BufferedImage image, OutputStream out, int level, int strategy) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, w);
        putInt(ihdr, 4, h);
        ihdr[8] = 8; // bits per sample
        ihdr[9] = 2; // colour type: RGB
        // compression 0 (deflate), filter method 0, no interlace
        chunk(out, "IHDR", ihdr, ihdr.length);

        int[] packed = packedRgb(image);
        int stride = packed != null ? ((SinglePixelPackedSampleModel) image.getSampleModel()).getScanlineStride() : w;
        int offset = packed != null ? image.getRaster().getDataBuffer().getOffset() : 0;
        int[] argb = packed != null ? packed : new int[w];
        byte[] row = new byte[1 + 3 * w];
        byte[] buf = new byte[CHUNK];
        Deflater z = new Deflater(level);
        z.setStrategy(strategy);
        try {
            for (int y = 0; y < h; y++) {
                int base;
                if (packed != null) {
                    base = offset + y * stride;
                } else {
                    image.getRGB(0, y, w, 1, argb, 0, w);
                    base = 0;
                }
                row[0] = FILTER_SUB;
                int r0 = 0;
                int g0 = 0;
                int b0 = 0;
                for (int x = 0, i = 1; x < w; x++, i += 3) {
                    int p = argb[base + x];
                    int r = (p >> 16) & 0xFF;
                    int g = (p >> 8) & 0xFF;
                    int b = p & 0xFF;
                    row[i] = (byte) (r - r0);
                    row[i + 1] = (byte) (g - g0);
                    row[i + 2] = (byte) (b - b0);
                    r0 = r;
                    g0 = g;
                    b0 = b;
                }
                z.setInput(row);
                while (!z.needsInput()) {
                    int n = z.deflate(buf);
                    if (n > 0) {
                        chunk(out, "IDAT", buf, n);
                    }
                }
            }
            z.finish();
            while (!z.finished()) {
                int n = z.deflate(buf);
                if (n > 0) {
                    chunk(out, "IDAT", buf, n);
                }
            }
        } finally {
            z.end();
        }
        chunk(out, "IEND", new byte[0], 0);
    }

    /** The image's own pixel array when it is packed opaque RGB (what {@code toImage} draws into), else null. */
    private static int[] packedRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && image.getSampleModel() instanceof SinglePixelPackedSampleModel
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
            return ints.getData();
        }
        return null;
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        out.write(head);
        out.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
