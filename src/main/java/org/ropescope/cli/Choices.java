package org.ropescope.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.ropescope.math.scaling.MethodKind;

/**
 * The values an option takes from a fixed list, kept once: picocli shows them in {@code --help} (as
 * {@code ${COMPLETION-CANDIDATES}}) and offers them to shell completion, and the messages for a value
 * outside the list are built from them.
 */
final class Choices {

    private Choices() {
    }

    /** {@code --chart}: what the PNG, SVG and PDF show, one per chart tab of the window. */
    static final class Charts implements Iterable<String> {
        static final List<String> ALL = List.of("periods", "stretch", "ratio", "rotation", "decay", "angles");

        @Override
        public Iterator<String> iterator() {
            return ALL.iterator();
        }
    }

    /** {@code --method}: every scaling method but {@code default}, by its {@code rope_type}. */
    static final class Methods implements Iterable<String> {
        static final List<String> ALL = Arrays.stream(MethodKind.values()).filter(k -> k != MethodKind.DEFAULT)
                .map(MethodKind::id).toList();

        @Override
        public Iterator<String> iterator() {
            return ALL.iterator();
        }
    }

    /** {@code periods, stretch or decay}: the values for a message. */
    static String oneOf(List<String> values) {
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
