package org.ropescope.presets;

import java.util.List;
import java.util.OptionalLong;
import org.ropescope.hfconfig.HfModelConfig;
import org.ropescope.math.scaling.ScalingContext;
import org.ropescope.math.scaling.ScalingMethod;

/**
 * A model preset: a name for the menu, where its numbers come from, and the RoPE part of the model's
 * {@code config.json}, read by {@link org.ropescope.hfconfig.HfConfigReader} like any opened file.
 *
 * @param id           a stable key ({@code llama-3.1-8b}); usable on a command line
 * @param name         the menu text ({@code Llama 3.1 8B (llama3 scaling)})
 * @param source       where the numbers come from: the model's config.json address, or the book
 * @param note         one or two sentences on what the preset shows
 * @param config       the loaded configuration (presets load without warnings; a test keeps it so)
 * @param targetLength an illustrative new length {@code m} chosen by RoPEScope (see {@code note}), or empty to use
 *                     the configuration's own {@link HfModelConfig#targetLength()}
 */
public record Preset(String id, String name, String source, String note, HfModelConfig config,
        OptionalLong targetLength) {

    /** The context to show: the configuration's, with {@code m} set to {@link #targetLength()} when there is one. */
    public ScalingContext context() {
        ScalingContext c = config.context();
        return targetLength.isPresent() ? c.withNewLength(targetLength.getAsLong()) : c;
    }

    /** The methods to draw: the original and the model's own scaling, or the book's three when it has none. */
    public List<ScalingMethod> methods() {
        return config.methods();
    }
}
