package org.ropescope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The jar's entry point as a person meets it in a terminal: one line, never a stack trace. */
class LauncherTest {

    private record Run(int exit, String output) {
    }

    private static Run launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.ropescope.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out);
    }

    @Test
    void versionPrintsNameAndVersion() throws Exception {
        Run r = launch("--version");
        assertEquals(0, r.exit());
        assertEquals("RoPEScope " + AppInfo.version(), r.output().strip());
    }

    @Test
    void helpNamesTheSubcommands() throws Exception {
        Run r = launch("--help");
        assertEquals(0, r.exit());
        assertTrue(r.output().contains("export [OPTIONS]"), r.output());
    }

    @Test
    void noDisplayGivesOneLineNotAStackTrace() throws Exception {
        Run r = launch();
        assertEquals(2, r.exit());
        assertEquals(1, r.output().strip().lines().count(), r.output());
        assertTrue(r.output().startsWith("RoPEScope: there is no display"), r.output());
        assertFalse(r.output().contains("Exception"));
    }
}
