package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.RopeMath;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.testing.Book;

class CsvExporterTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerPairWithTheMathLayersValuesToTheLastDigit() throws IOException {
        RopeConfig c = RopeConfig.of(500000, 128, 8192, 131072);
        Path file = dir.resolve("periods.csv");
        CsvExporter.write(ScalingContext.of(c), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("i,theta,period_original,period_interpolated,period_base_scaled", lines.get(0));
        assertEquals(1 + c.dim() / 2, lines.size());
        for (int i = 0; i < c.pairs(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertEquals(5, cells.length);
            assertEquals(i, Integer.parseInt(cells[0]));
            assertEquals(RopeMath.theta(c.base(), c.dim(), i), Double.parseDouble(cells[1]));
            assertEquals(Book.period(MethodKind.DEFAULT, c, i), Double.parseDouble(cells[2]));
            assertEquals(Book.period(MethodKind.LINEAR, c, i), Double.parseDouble(cells[3]));
            assertEquals(Book.period(MethodKind.NTK, c, i), Double.parseDouble(cells[4]));
        }
    }

    @Test
    void theBooksExampleReadsAsExpected() {
        String csv = CsvExporter.toCsv(ScalingContext.of(RopeConfig.DEFAULT));
        String[] lines = csv.split("\n");
        assertEquals(65, lines.length);
        assertEquals("0,1.0,6.283185307179586,25.132741228718345,6.283185307179586", lines[1]);
        assertEquals(Double.toString(Book.period(MethodKind.NTK, RopeConfig.DEFAULT, 63)), lines[64].split(",")[4]);
    }
}
