package org.ropescope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.ropescope.chart.DecayChart;
import org.ropescope.math.diagnostics.BaseBound;
import org.ropescope.math.diagnostics.CriticalDimension;
import org.ropescope.math.diagnostics.FirstNegative;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;
import org.ropescope.math.scaling.ScalingContext;

/**
 * The diagnostics part of {@code export}: the summary fields {@code critical_pairs},
 * {@code extrapolation_bound} (Liu et al. 2024, for the scaled base {@code lambda * b}) and
 * {@code base_lower_bound} (Men et al. 2024, for the new length {@code m} and the rotated
 * dimension), and the decay chart with each curve's first distance below zero.
 */
final class DiagnosticsSummary {

    private DiagnosticsSummary() {
    }

    /**
     * {@code critical_pairs=N extrapolation_bound=X base_lower_bound=Y}; when the bound is not
     * computed, {@code base_lower_bound=not_computed} and one line on {@code err} saying why.
     */
    static String fields(ScalingContext c, PrintWriter err) {
        int d = c.rotaryDim();
        CriticalDimension crit = CriticalDimension.of(c.base(), d, c.originalLength());
        double lambdaB = c.rotaryConfig().newBase();
        BaseBound bound = BaseBound.compute(c.newLength(), d);
        String y = switch (bound.status()) {
            case EXACT -> Double.toString(bound.base());
            case ANY_BASE -> "1.0";
            default -> "not_computed";
        };
        if (bound.status() == BaseBound.Status.NOT_COMPUTED || bound.status() == BaseBound.Status.ABOVE_SEARCH) {
            err.println("base_lower_bound not computed: " + bound.reason());
        }
        return "critical_pairs=" + crit.criticalPairs() + " extrapolation_bound=" + crit.extrapolationBound(lambdaB)
                + " base_lower_bound=" + y;
    }

    /** The decay chart of {@code all}, linear distance axis, each curve's first distance below zero searched. */
    static JFreeChart decayChart(MethodTable all) {
        List<FirstNegative> first = new ArrayList<>();
        for (ScaledFrequencies f : all.results()) {
            first.add(FirstNegative.search(f.invFreqs(), all.context().newLength()));
        }
        DecayChart chart = new DecayChart(all, false);
        chart.update(all, false, first);
        return chart.chart();
    }
}
