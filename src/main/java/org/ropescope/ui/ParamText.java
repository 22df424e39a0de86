package org.ropescope.ui;

import java.math.BigDecimal;
import java.util.Optional;
import org.ropescope.format.Numbers;
import org.ropescope.input.NumberText;
import org.ropescope.math.Limits;
import org.ropescope.math.scaling.MethodKind;
import org.ropescope.math.scaling.MethodParameters;
import org.ropescope.math.scaling.Param;
import org.ropescope.text.Texts;

/**
 * A {@link Param} as the window's text field shows and reads it: a number, or a length with its
 * thousands separators; empty text means the method's default. Validation stays with the method
 * records: this only turns text into a value.
 */
final class ParamText {

    private ParamText() {
    }

    /** The control id stem: {@code yarn} + {@code BetaFast} = {@code yarnBetaFast}. */
    static String id(MethodKind k, Param p) {
        StringBuilder sb = new StringBuilder(k.id());
        for (String part : p.key().split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /** The value of {@code p} in {@code values} as the field shows it; empty text for an empty value. */
    static String text(Param p, MethodParameters values) {
        return values.value(p).map(v -> p.type() == Param.Type.LENGTH ? Numbers.grouped((Long) v)
                : Limits.plain((Double) v)).orElse("");
    }

    /**
     * {@code values} with {@code p} read from {@code text} (blank: empty).
     *
     * @throws IllegalArgumentException with the one line to show when the text is not a number
     */
    static MethodParameters parse(Param p, MethodParameters values, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return values.with(p, Optional.empty());
        }
        boolean length = p.type() == Param.Type.LENGTH;
        BigDecimal n = NumberText.parse(t, length ? NumberText.Suffixes.BINARY : NumberText.Suffixes.DECIMAL);
        if (n == null || !Double.isFinite(n.doubleValue())) {
            throw new IllegalArgumentException(Texts.text("param.invalid.number", p.key(), NumberText.echo(t, Texts.language())));
        }
        if (length && (n.signum() <= 0 || n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(Limits.LENGTH_MAX)) > 0)) {
            throw new IllegalArgumentException(Texts.text("input.invalid", Texts.text("input.length.rule", p.key()),
                    NumberText.echo(t, Texts.language())));
        }
        return values.with(p, Optional.of(length ? (Object) n.longValue() : (Object) n.doubleValue()));
    }
}
