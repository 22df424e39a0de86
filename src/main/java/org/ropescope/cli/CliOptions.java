package org.ropescope.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.ropescope.export.ChartExporter;
import org.ropescope.hfconfig.HfConfigException;
import org.ropescope.hfconfig.HfConfigReader;
import org.ropescope.hfconfig.HfModelConfig;
import org.ropescope.input.InputField;
import org.ropescope.input.NumberText;
import org.ropescope.input.Parsed;

/** Reading option values as the commands share it: every failure is a {@link UsageException} naming the option. */
final class CliOptions {

    private CliOptions() {
    }

    /** {@code text} read as {@code field} reads it in the window; the message names the option. */
    static double read(InputField field, String text) {
        Parsed<Double> p = field.parse(text);
        if (!p.isOk()) {
            String msg = p.error();
            // the window says "d must be ..."; here the option is what the person typed
            if (msg.startsWith(field.label() + " ")) {
                msg = field.option() + msg.substring(field.label().length());
            } else {
                msg = field.option() + ": " + msg;
            }
            throw new UsageException(msg);
        }
        return p.value();
    }

    static int pixels(String option, String text) {
        String t = text == null ? "" : text.strip();
        try {
            int v = Integer.parseInt(t);
            if (v >= ChartExporter.MIN_SIZE && v <= ChartExporter.MAX_SIZE) {
                return v;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new UsageException(option + " must be a whole number of pixels from " + ChartExporter.MIN_SIZE
                + " to " + ChartExporter.MAX_SIZE + ", got " + NumberText.echo(t));
    }

    /**
     * {@code text} as a whole number ({@code 4k} = 4,096 and {@code 1e8} allowed), or a
     * {@link UsageException} whose message is {@code rule} (which names the option) and what was given.
     */
    static long whole(String rule, String text) {
        BigDecimal v = NumberText.parse(text, NumberText.Suffixes.BINARY);
        if (v == null || v.stripTrailingZeros().scale() > 0 || v.abs().compareTo(BigDecimal.valueOf(1e15)) > 0) {
            throw new UsageException(rule + ", got " + NumberText.echo(text == null ? "" : text.strip()));
        }
        return v.longValueExact();
    }

    /**
     * The {@code --hf-config} file with its warnings printed, each as one line on {@code err}; empty
     * without the option. A file that cannot be read, or a {@code --layer-type} it has not, is a
     * {@link UsageException}.
     */
    static Optional<HfModelConfig> readHfConfig(Path hfConfig, String layerType, PrintWriter err) {
        if (hfConfig == null) {
            return Optional.empty();
        }
        try {
            HfModelConfig c = HfConfigReader.read(hfConfig, layerType == null ? null : layerType.strip());
            if (layerType != null && !c.layerTypes().isEmpty() && !c.layerTypes().contains(layerType.strip())) {
                throw new UsageException("--layer-type must be " + String.join(" or ", c.layerTypes()) + " (the kinds"
                        + " in " + hfConfig.getFileName() + "), got '" + layerType.strip() + "'");
            }
            for (String warning : c.warnings()) {
                err.println("--hf-config: " + warning);
            }
            return Optional.of(c);
        } catch (HfConfigException e) {
            throw new UsageException("--hf-config: " + e.getMessage());
        }
    }
}
