package org.ropescope.chart;

import java.util.Arrays;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.testing.Book;

/**
 * Not a test: how long one heatmap raster takes at window sizes, printed as median/p95/max.
 * Run with {@code java -cp target/classes:target/test-classes org.ropescope.chart.RotationRasterBench}.
 */
public final class RotationRasterBench {

    private RotationRasterBench() {
    }

    public static void main(String[] args) {
        int[][] sizes = {{800, 280}, {1600, 560}};
        for (int dim : new int[] {128, 8192}) {
            double[] theta = RotationRaster.frequencies(
                    Book.table(RopeConfig.of(10000, dim, 4096, 16384)).first(MethodKind.NTK).periods());
            for (int[] size : sizes) {
                long sink = 0;
                for (int k = 0; k < 30; k++) { // warm-up
                    sink += RotationRaster.render(theta, 16384, size[0], size[1])[k];
                }
                long[] ns = new long[100];
                for (int k = 0; k < ns.length; k++) {
                    long t0 = System.nanoTime();
                    sink += RotationRaster.render(theta, 16384, size[0], size[1])[k];
                    ns[k] = System.nanoTime() - t0;
                }
                Arrays.sort(ns);
                System.out.printf("d=%d %dx%d px: median %.2f ms, p95 %.2f ms, max %.2f ms (%d)%n", dim, size[0],
                        size[1], ns[50] / 1e6, ns[94] / 1e6, ns[99] / 1e6, sink & 1);
            }
        }
    }
}
