package org.ropescope.cli;

/** A bad option or value: its message is the one line a person reads; the command exits 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
