package org.ropescope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ropescope.math.RopeConfig;

class ExportNamesTest {

    @Test
    void namesSayWhatIsInTheFile() {
        assertEquals("rope-periods-b10000-d128-4k-to-16k.png", ExportNames.periods(RopeConfig.DEFAULT, ExportFormat.PNG));
        assertEquals("rope-periods-b500000-d128-8k-to-128k.csv",
                ExportNames.periods(RopeConfig.of(500000, 128, 8192, 131072), ExportFormat.CSV));
        assertEquals("rope-periods-b2.5-d64-1000-to-1M.pdf",
                ExportNames.periods(RopeConfig.of(2.5, 64, 1000, 1 << 20), ExportFormat.PDF));
    }

    @Test
    void formatsAreKnownByTheirExtension() {
        assertEquals(Optional.of(ExportFormat.SVG), ExportFormat.of(Path.of("a/b/Chart.SVG")));
        assertEquals(Optional.empty(), ExportFormat.of(Path.of("chart.jpeg")));
    }
}
