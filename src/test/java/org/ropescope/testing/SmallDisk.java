package org.ropescope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real full disk for tests: a tmpfs of a few kilobytes mounted on a temporary folder. Mounting
 * needs root (CI and the developers' machines run as root); elsewhere the test that asks for it is
 * skipped with the reason, never silently passed.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code kilobytes} on a new folder under {@code parent}. */
    public static SmallDisk mount(Path parent, int kilobytes) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve("small-disk"));
        int rc = run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString());
        Assumptions.assumeTrue(rc == 0, "a full-disk test needs root to mount a small tmpfs (mount exit " + rc + ")");
        return new SmallDisk(dir);
    }

    /** Makes the disk read-only, as a write-protected stick or a read-only network share is. */
    public void makeReadOnly() throws IOException, InterruptedException {
        int rc = run("mount", "-o", "remount,ro", mountPoint.toString());
        Assumptions.assumeTrue(rc == 0, "remounting the small disk read-only failed (mount exit " + rc + ")");
    }

    public Path root() {
        return mountPoint;
    }

    @Override
    public void close() throws IOException {
        try {
            run("umount", mountPoint.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unmounting " + mountPoint, e);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return -1; // no mount command at all
        }
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -2;
        }
        return p.exitValue();
    }
}
