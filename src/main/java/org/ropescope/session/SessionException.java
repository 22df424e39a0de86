package org.ropescope.session;

/**
 * A session file that cannot be read or written. The message is one line for a person: it names
 * the file, says what is wrong (and where) and, when it can, what to do.
 */
public final class SessionException extends Exception {

    private static final long serialVersionUID = 1L;

    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
