package org.ropescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tick labels under each slider, as a person reads them. */
class SliderScaleTest {

    @Test
    void theEndLabelGivesWayToTheLastGridLabelWhenTheyWouldTouch() {
        assertEquals(List.of("16", "256", "4k", "64k", "1M", "16M", ""), labels(SliderScale.length()));
        assertEquals(List.of("4", "16", "64", "256", "1k", "4k", ""), labels(SliderScale.dim()));
        assertEquals(List.of("100", "10k", "1M", "100M", "10G"), labels(SliderScale.base()));
    }

    /** The labels JavaFX asks for: every major tick from the minimum, then the maximum. */
    private static List<String> labels(SliderScale s) {
        List<String> out = new ArrayList<>();
        double p = s.minPosition();
        for (; p < s.maxPosition() - 1e-9; p += s.majorTickUnit()) {
            out.add(s.tickLabel(p));
        }
        out.add(s.tickLabel(s.maxPosition()));
        return out;
    }
}
