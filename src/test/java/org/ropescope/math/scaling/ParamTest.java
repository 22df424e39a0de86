package org.ropescope.math.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one list of method parameters: the keys transformers reads, the options, and one value per parameter. */
class ParamTest {

    @Test
    void eachKindReadsTheConfigKeysTransformersChecks() {
        // transformers' modeling_rope_utils.py, _validate_*_parameters: required and optional keys
        // besides rope_type and original_max_position_embeddings
        assertEquals(Set.of(), Param.configKeys(MethodKind.DEFAULT));
        assertEquals(Set.of("factor"), Param.configKeys(MethodKind.LINEAR));
        assertEquals(Set.of("factor"), Param.configKeys(MethodKind.DYNAMIC));
        assertEquals(Set.of("factor", "beta_fast", "beta_slow", "truncate", "attention_factor", "mscale",
                "mscale_all_dim"), Param.configKeys(MethodKind.YARN));
        assertEquals(Set.of("factor", "low_freq_factor", "high_freq_factor"), Param.configKeys(MethodKind.LLAMA3));
        assertEquals(Set.of("factor", "attention_factor", "long_factor", "short_factor"),
                Param.configKeys(MethodKind.LONGROPE));
    }

    @Test
    void optionsAreTheKeysSpeltForACommandLine() {
        assertEquals(List.of("--factor", "--seq-len", "--beta-fast", "--beta-slow", "--no-truncate",
                "--attention-factor", "--mscale", "--mscale-all-dim", "--low-freq-factor", "--high-freq-factor",
                "--long-factor", "--short-factor"), List.of(Param.values()).stream().map(Param::option).toList());
        assertEquals("yarn beta_fast. Default: 32", Param.BETA_FAST.usage());
    }

    @Test
    void theWindowTypesNumbersWithTheLengthLast() {
        assertEquals(List.of(Param.FACTOR, Param.ATTENTION_FACTOR, Param.SEQ_LEN), Param.typed(MethodKind.LONGROPE));
        assertEquals(List.of(Param.FACTOR, Param.SEQ_LEN), Param.typed(MethodKind.DYNAMIC));
        assertEquals(List.of(Param.FACTOR, Param.BETA_FAST, Param.BETA_SLOW, Param.ATTENTION_FACTOR, Param.MSCALE,
                Param.MSCALE_ALL_DIM), Param.typed(MethodKind.YARN));
    }

    @Test
    void everyParameterIsSetAndReadBackThroughItsOwnValue() {
        MethodParameters p = MethodParameters.DEFAULTS;
        List<Object> values = List.of(4.0, 8192L, 16.0, 2.0, false, 1.2, 0.7, 0.6, 2.0, 8.0, List.of(1.0, 2.0),
                List.of(3.0));
        for (Param q : Param.values()) {
            p = p.with(q, Optional.of(values.get(q.ordinal())));
        }
        for (Param q : Param.values()) {
            assertEquals(Optional.of(values.get(q.ordinal())), p.value(q), q.key());
        }
        assertEquals(Yarn.of(4).withBetas(16, 2).withTruncate(false).withAttentionFactor(1.2).withMscale(0.7, 0.6),
                p.build(MethodKind.YARN));
        assertEquals(Optional.empty(), p.with(Param.BETA_FAST, Optional.empty()).value(Param.BETA_FAST));
    }
}
