package org.ropescope.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ropescope.input.NumberText;
import org.ropescope.math.Limits;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.Param;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code export}'s method-parameter options, one per {@link Param} ({@code --factor}, {@code --beta-fast},
 * ..., {@code --no-truncate}), added to a command under their own heading in {@code --help}. The text
 * given is kept as typed and read when the methods are built, so a bad value ends in one line naming
 * its option.
 */
final class ParameterOptions {

    /** The text of each option given; {@code "true"} for the switch. */
    private final Map<Param, String> given = new EnumMap<>(Param.class);

    /** Adds one option per {@link Param} to {@code spec}, under the heading "Method parameters". */
    void addTo(CommandSpec spec) {
        ArgGroupSpec.Builder group = ArgGroupSpec.builder().exclusive(false).validate(false).multiplicity("0..1")
                .heading("%nMethod parameters (for --method, or on top of --hf-config's method):%n");
        for (Param p : Param.values()) {
            OptionSpec.Builder o = OptionSpec.builder(p.option()).description(p.usage().replace("%", "%%"));
            if (p.type() == Param.Type.BOOLEAN) {
                o.type(boolean.class).arity("0");
            } else {
                o.type(String.class).paramLabel(p.paramLabel());
            }
            group.addArg(o.setter(new picocli.CommandLine.Model.ISetter() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> T set(T value) {
                    if (value != null && given.put(p, value.toString()) != null) { // as picocli says it
                        throw new picocli.CommandLine.OverwrittenOptionException(spec.commandLine(), spec.findOption(
                                p.option()), "option '" + p.option() + "'" + (p.paramLabel().isEmpty() ? ""
                                        : " (" + p.paramLabel() + ")") + " should be specified only once");
                    }
                    return null;
                }
            }).build());
        }
        spec.addArgGroup(group.build());
    }

    /** {@code p} with every parameter option that was given. */
    MethodParameters on(MethodParameters p) {
        MethodParameters out = p;
        for (Map.Entry<Param, String> e : given.entrySet()) {
            Param q = e.getKey();
            String text = e.getValue();
            Object v = switch (q.type()) {
                case NUMBER -> number(q.option(), text);
                case LENGTH -> length(q.option(), text);
                case BOOLEAN -> false; // --no-truncate
                case LIST -> numbers(q.option(), text);
            };
            out = out.with(q, Optional.of(v));
        }
        return out;
    }

    static double number(String option, String text) {
        BigDecimal v = NumberText.parse(text, NumberText.Suffixes.DECIMAL);
        if (v == null || !Double.isFinite(v.doubleValue())) {
            throw new UsageException(option + " must be a number, got " + shown(text));
        }
        return v.doubleValue();
    }

    private static long length(String option, String text) {
        BigDecimal v = NumberText.parse(text, NumberText.Suffixes.BINARY);
        if (v == null || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(Limits.LENGTH_MAX)) > 0
                || v.stripTrailingZeros().scale() > 0) {
            throw new UsageException(option + " must be a whole number of tokens from 1 to 100,000,000 (1e8), got "
                    + shown(text));
        }
        return v.longValueExact();
    }

    private static List<Double> numbers(String option, String text) {
        List<Double> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            out.add(number(option, part));
        }
        return out;
    }

    private static String shown(String text) {
        String t = text == null ? "" : NumberText.oneLine(text.strip());
        if (t.length() > 40) {
            t = t.substring(0, 37) + "...";
        }
        return t.isEmpty() ? "nothing" : "'" + t + "'";
    }
}
