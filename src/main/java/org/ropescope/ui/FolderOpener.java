package org.ropescope.ui;

import static org.ropescope.text.Texts.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Opens a folder in the system's file manager ({@code explorer}, {@code open}, {@code xdg-open}),
 * without AWT. What it could not do is returned as one sentence for the message bar.
 */
final class FolderOpener {

    private FolderOpener() {
    }

    /** The command that shows {@code folder} on this OS. */
    static List<String> command(String osName, Path folder) {
        String os = osName.toLowerCase(Locale.ROOT);
        String f = folder.toAbsolutePath().toString();
        if (os.contains("win")) {
            return List.of("explorer.exe", f);
        }
        if (os.contains("mac")) {
            return List.of("open", f);
        }
        return List.of("xdg-open", f);
    }

    /** Shows {@code folder}; {@code null} when started, else why not. */
    static String open(Path folder) {
        List<String> cmd = command(System.getProperty("os.name", ""), folder);
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return null;
        } catch (IOException e) {
            return text("folder.cannotOpen", folder.toString(), cmd.get(0), String.valueOf(e.getMessage()));
        }
    }
}
