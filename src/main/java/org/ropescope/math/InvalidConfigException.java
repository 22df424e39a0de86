package org.ropescope.math;

/**
 * A value outside RoPEScope's domain. The message is one line meant for a person: it names the
 * field and says what is allowed, for example {@code d must be an even integer from 4 to 8192, got 3}.
 */
public final class InvalidConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidConfigException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The short name of the offending field ({@code b}, {@code d}, {@code m_l}, {@code m}). */
    public String field() {
        return field;
    }
}
