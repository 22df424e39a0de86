package org.ropescope.export;

import org.ropescope.format.Numbers;
import org.ropescope.math.Limits;
import org.ropescope.math.RopeConfig;

/** File names that say what is in the file: {@code rope-periods-b10000-d128-4k-to-16k.png}. */
public final class ExportNames {

    private ExportNames() {
    }

    /** The proposed name for the period chart or table of {@code c} in {@code format}. */
    public static String periods(RopeConfig c, ExportFormat format) {
        return of("periods", c, format);
    }

    /** The proposed name for the chart {@code what} ("periods", "stretch", "rotation") of {@code c}. */
    public static String of(String what, RopeConfig c, ExportFormat format) {
        return "rope-" + what + "-b" + Limits.plain(c.base()) + "-d" + c.dim()
                + "-" + Numbers.contextLength(c.originalLength()) + "-to-" + Numbers.contextLength(c.newLength())
                + "." + format.extension();
    }
}
