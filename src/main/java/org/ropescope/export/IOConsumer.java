package org.ropescope.export;

import java.io.IOException;

/** Writes to a target and may fail with an {@link IOException}; the body of {@link AtomicFiles#write}. */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T target) throws IOException;
}
