package org.ropescope.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/linux/launcher.sh, the app image's launcher on Linux, started in a made-up image whose
 * "runtime" prints the command line it was given: the .cfg's options in order with $APPDIR expanded,
 * the class path joined, the main class, then the person's arguments untouched (spaces and all),
 * also when started through a symbolic link (/usr/bin/ropescope in the .deb) from a folder with a space.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherTest {

    @TempDir
    Path tmp;

    @Test
    void startsTheRuntimeWithTheCfgsOptionsClassPathAndArguments() throws Exception {
        Path launcher = image(tmp.resolve("Ro PE"), List.of(
                "[Application]",
                "app.classpath=$APPDIR/ropescope.jar",
                "app.mainclass=org.ropescope.Launcher",
                "app.classpath=$APPDIR/lib one.jar",
                "",
                "[JavaOptions]",
                "java-options=-XX:AOTCache=$APPDIR/ropescope.aot",
                "java-options=-Xmx256m"));
        Path app = tmp.resolve("Ro PE/lib/app");
        Path link = tmp.resolve("ropescope");
        Files.createSymbolicLink(link, launcher);

        for (Path start : List.of(launcher, link)) {
            Process p = new ProcessBuilder(start.toString(), "--dark", "my session.ropescope").redirectErrorStream(true).start();
            List<String> args = List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            assertEquals(0, p.waitFor());
            String appDir = app.toRealPath().toString();
            assertEquals(List.of("-XX:AOTCache=" + appDir + "/ropescope.aot", "-Xmx256m",
                    "-Djpackage.app-path=" + launcher.toRealPath(), "-cp",
                    appDir + "/ropescope.jar:" + appDir + "/lib one.jar", "org.ropescope.Launcher",
                    "--dark", "my session.ropescope"), args, "started as " + start);
        }
    }

    @Test
    void leavesTheAotCacheOutWhenTheJarsAreNotTheOnesItWasMadeWith() throws Exception {
        Path launcher = image(tmp.resolve("img"), List.of("[Application]", "app.classpath=$APPDIR/a.jar",
                "app.mainclass=M", "[JavaOptions]", "java-options=-XX:AOTCache=$APPDIR/ropescope.aot", "java-options=-Xss1m"));
        Path app = tmp.resolve("img/lib/app");
        Files.writeString(app.resolve("a.jar"), "jar");
        Files.writeString(app.resolve(".aot-jar-mtime"), "1700000000\n");
        String aot = "-XX:AOTCache=" + app.toRealPath() + "/ropescope.aot";

        Files.setLastModifiedTime(app.resolve("a.jar"), FileTime.fromMillis(1_700_000_000_000L));
        assertEquals(aot, run(launcher).get(0), "the jar as the cache was made: the cache is used");

        Files.setLastModifiedTime(app.resolve("a.jar"), FileTime.fromMillis(1_700_000_005_000L));
        assertEquals("-Xss1m", run(launcher).get(0), "the jar copied with another time: no cache, no error line");
    }

    /**
     * A made-up app image at {@code root}: lib/app/RoPEScope.cfg with {@code cfg}, a "runtime" whose
     * java prints its arguments a line each, and the launcher script as bin/RoPEScope, which it returns.
     */
    private static Path image(Path root, List<String> cfg) throws IOException {
        Path app = root.resolve("lib/app");
        Path java = root.resolve("lib/runtime/bin/java");
        Files.createDirectories(app);
        Files.createDirectories(java.getParent());
        Files.createDirectories(root.resolve("bin"));
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        executable(java);
        Files.write(app.resolve("RoPEScope.cfg"), cfg);
        Path launcher = root.resolve("bin/RoPEScope");
        Files.copy(Path.of("packaging/linux/launcher.sh"), launcher);
        executable(launcher);
        return launcher;
    }

    private static List<String> run(Path launcher) throws Exception {
        Process p = new ProcessBuilder(launcher.toString()).redirectErrorStream(true).start();
        List<String> args = List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertEquals(0, p.waitFor(), String.join("\n", args));
        return args;
    }

    @Test
    void saysWhatIsMissingWhenTheCfgIsGone() throws Exception {
        Path launcher = tmp.resolve("img/bin/RoPEScope");
        Files.createDirectories(launcher.getParent());
        Files.copy(Path.of("packaging/linux/launcher.sh"), launcher);
        executable(launcher);
        Process p = new ProcessBuilder(launcher.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.waitFor());
        assertEquals(1, out.strip().lines().count(), out);
        assertTrue(out.contains("RoPEScope.cfg is missing"), out);
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertTrue(Files.isExecutable(file));
    }
}
