package org.ropescope.hfconfig;

/**
 * A {@code config.json} that cannot be read at all: missing, too large, not JSON, cut short, nested
 * too deep, or not a JSON object. The message is one line meant for a person, starting with the
 * file's name, for example {@code config.json is not valid JSON: it ends early (line 12, column 3)}.
 * Problems with single fields are not exceptions: they are warnings in {@link HfModelConfig#warnings()}.
 */
public final class HfConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public HfConfigException(String message) {
        super(message);
    }
}
