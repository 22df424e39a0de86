package org.ropescope.presets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.ropescope.hfconfig.HfConfigException;
import org.ropescope.hfconfig.HfConfigReader;
import org.ropescope.hfconfig.HfModelConfig;

/**
 * The bundled model presets, kept as data in {@code /org/ropescope/presets/presets.json}: Llama 2 7B,
 * Llama 3.1 8B, Code Llama 7B, Mistral 7B v0.2, Qwen2.5 7B with YaRN, Phi-3 mini 128k, GPT-NeoX 20B and
 * the book's example, each naming its source. Adding a preset means adding an entry to that file.
 */
public final class Presets {

    /** Where the presets live on the class path. */
    public static final String RESOURCE = "/org/ropescope/presets/presets.json";

    private Presets() {
    }

    /**
     * Every preset, in menu order. Parsed on each call (a few kilobytes); callers keep the list.
     *
     * @throws IllegalStateException if the bundled file is broken (a build error, caught by the tests)
     */
    public static List<Preset> load() {
        return load(null);
    }

    /**
     * {@code p} showing the layers of {@code layerType} (Gemma 3: {@code full_attention} or
     * {@code sliding_attention}); {@code p} itself when it has no such kind.
     */
    public static Preset withLayerType(Preset p, String layerType) {
        return load(layerType).stream().filter(q -> q.id().equals(p.id())).findFirst().orElse(p);
    }

    private static List<Preset> load(String layerType) {
        try (InputStream in = Presets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Preset> out = new ArrayList<>();
            for (JsonNode p : root.path("presets")) {
                String id = p.path("id").asText();
                HfModelConfig config = HfConfigReader.fromTree(p.get("config"), id, layerType);
                OptionalLong target = p.hasNonNull("target_length")
                        ? OptionalLong.of(p.get("target_length").asLong()) : OptionalLong.empty();
                out.add(new Preset(id, p.path("name").asText(), p.path("source").asText(), p.path("note").asText(),
                        config, target));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        } catch (HfConfigException e) {
            throw new IllegalStateException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The preset with {@code id}, if there is one. */
    public static Optional<Preset> byId(String id) {
        return load().stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
