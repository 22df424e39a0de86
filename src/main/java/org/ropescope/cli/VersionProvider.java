package org.ropescope.cli;

import org.ropescope.AppInfo;
import picocli.CommandLine;

/** {@code --version}: the name and the version from {@code pom.xml}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {AppInfo.NAME + " " + AppInfo.version()};
    }
}
