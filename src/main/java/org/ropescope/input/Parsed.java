package org.ropescope.input;

import java.util.Objects;
import java.util.function.Consumer;

/** The outcome of reading one typed value: either a value, or a one-line message for a person. */
public final class Parsed<T> {

    private final T value;
    private final String error;

    private Parsed(T value, String error) {
        this.value = value;
        this.error = error;
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(Objects.requireNonNull(value), null);
    }

    public static <T> Parsed<T> error(String message) {
        return new Parsed<>(null, Objects.requireNonNull(message));
    }

    public boolean isOk() {
        return error == null;
    }

    /** The value; only when {@link #isOk()}. */
    public T value() {
        if (error != null) {
            throw new IllegalStateException(error);
        }
        return value;
    }

    /** The message; {@code null} when {@link #isOk()}. */
    public String error() {
        return error;
    }

    public void ifOk(Consumer<? super T> action) {
        if (error == null) {
            action.accept(value);
        }
    }

    @Override
    public String toString() {
        return error == null ? "ok(" + value + ")" : "error(" + error + ")";
    }
}
