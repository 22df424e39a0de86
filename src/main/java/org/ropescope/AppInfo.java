package org.ropescope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application's name and version, filtered from {@code pom.xml} into {@code version.properties}. */
public final class AppInfo {

    public static final String NAME = "RoPEScope";

    private static final String VERSION = load();

    private AppInfo() {
    }

    /** The version from {@code pom.xml}, for example {@code 1.0.0}. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/ropescope/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
