package org.ropescope.hfconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ropescope.math.InvalidConfigException;
import org.ropescope.math.RopeConfig;
import org.ropescope.math.scaling.ScalingContext;

/**
 * Every field of every real configuration in the corpus replaced, one at a time, by a value a broken
 * or hostile file could hold: the reader never throws, every problem is one line (never twice the same),
 * and the context it gives is either drawable or refused with an {@link InvalidConfigException}.
 */
class CorpusMutationTest {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final List<JsonNode> VALUES = List.of(N.numberNode(0), N.numberNode(-1), N.numberNode(1),
            N.numberNode(3), N.numberNode(0.5), N.numberNode(1e12), N.textNode("8"), N.booleanNode(true),
            N.nullNode(), N.arrayNode(), N.objectNode());

    @Test
    void noFieldValueMakesTheReaderThrowOrRepeatItself() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int reads = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(RealConfigCorpusTest.corpus())) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path p : files) {
            JsonNode root = json.readTree(p.toFile());
            for (List<String> path : paths(root, new ArrayList<>())) {
                for (JsonNode v : VALUES) {
                    ObjectNode copy = root.deepCopy();
                    ObjectNode parent = (ObjectNode) copy.at(pointer(path.subList(0, path.size() - 1)));
                    parent.set(path.get(path.size() - 1), v);
                    for (String layer : new String[] {null, "sliding_attention"}) {
                        String where = p.getFileName() + " " + String.join(".", path) + " = " + v + " " + layer;
                        HfModelConfig c;
                        try {
                            c = HfConfigReader.fromTree(copy, "mutant", layer);
                        } catch (RuntimeException | HfConfigException e) {
                            fail(where + " threw " + e);
                            return;
                        }
                        reads++;
                        Set<String> seen = new HashSet<>();
                        for (String w : c.warnings()) {
                            assertFalse(w.contains("\n"), where + ": " + w);
                            assertFalse(!seen.add(w), where + " says twice: " + w);
                        }
                        try {
                            ScalingContext ctx = c.context(RopeConfig.DEFAULT);
                            c.scaling().ifPresent(m -> m.evaluate(ctx));
                        } catch (InvalidConfigException e) {
                            assertFalse(e.getMessage().isBlank(), where);
                        }
                    }
                }
            }
        }
        assertEquals(true, reads > 5000, "reads: " + reads);
    }

    /** Paths to every object member (not list elements), depth first. */
    private static List<List<String>> paths(JsonNode node, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        if (!node.isObject()) {
            return out;
        }
        node.fieldNames().forEachRemaining(k -> {
            List<String> p = new ArrayList<>(prefix);
            p.add(k);
            out.add(p);
            out.addAll(paths(node.get(k), p));
        });
        return out;
    }

    private static String pointer(List<String> path) {
        StringBuilder sb = new StringBuilder();
        for (String k : path) {
            sb.append('/').append(k.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }
}
