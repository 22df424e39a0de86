package org.ropescope.cli;

import java.util.List;
import java.util.OptionalDouble;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodTable;
import org.ropescope.math.scaling.ScaledFrequencies;

/** The line {@code export} prints after writing: the book's numbers, then what each method changes. */
final class ExportSummary {

    private ExportSummary() {
    }

    /**
     * {@code s=.. lambda=.. new_base=..}, then {@code attention_factor=<a>} for the method that has one
     * ({@code attention_factor_<method>=<a>} for each when several do).
     */
    static String line(RopeConfig config, MethodTable methods) {
        StringBuilder sb = new StringBuilder("s=" + config.scale() + " lambda=" + config.lambda() + " new_base="
                + config.newBase());
        List<String> names = methods.columnNames();
        long with = methods.results().stream().filter(f -> f.attentionFactor().isPresent()).count();
        for (int k = 0; k < methods.size(); k++) {
            OptionalDouble a = methods.get(k).attentionFactor();
            if (a.isPresent()) {
                sb.append(with == 1 ? " attention_factor=" : " attention_factor_" + names.get(k).substring(7) + "=")
                        .append(a.getAsDouble());
            }
        }
        for (int k = 0; k < methods.size(); k++) { // Llama 3.1: factor 8 while m/m_l = 16
            ScaledFrequencies f = methods.get(k);
            double used = f.method().factor(f.context());
            if (used != config.scale() && f.method().kind() != MethodKind.DEFAULT) {
                sb.append(" factor_").append(names.get(k).substring(7)).append('=').append(used);
            }
        }
        return sb.toString();
    }
}
