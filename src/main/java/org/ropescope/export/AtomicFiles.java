package org.ropescope.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes files so that nobody ever sees half of one: the content goes to a temporary file in the
 * target's own folder, which is then moved over the target in one step. After any failure the
 * temporary file is gone and an older file of the same name is untouched.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with {@code body}, atomically.
     *
     * @throws IOException if the folder is missing or not writable, the disk is full, or
     *     {@code body} fails; {@link #reason(IOException)} turns it into words for a person
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null) {
            throw new FileSystemException(file.toString(), null, "not a file name");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "it is a folder");
        }
        // CREATE_NEW with a random name rather than Files.createTempFile: the new file gets the
        // ordinary permissions (the umask's), not createTempFile's owner-only rw-------
        Path temp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                body.accept(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup); // the folder was never writable: there is no temp file
            }
            throw e;
        }
    }

    /**
     * Why a write failed, in a few words for a person: {@code the folder does not exist},
     * {@code permission denied}, {@code no space left on device}.
     */
    public static String reason(IOException thrown) {
        // writers wrap the file system's error (ImageIO: "I/O error writing PNG file!"): the
        // innermost IOException says what a person can act on
        IOException e = thrown;
        for (Throwable c = thrown.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof IOException io) {
                e = io;
            }
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return "the folder is not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String r = fse.getReason();
            return r.equals("Not a directory") ? "a part of the path is a file, not a folder"
                    : r.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + r.substring(1);
        }
        String m = e.getMessage();
        if (m != null && m.equalsIgnoreCase("No space left on device")) {
            return "no space left on device";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** One line naming the file and the reason: {@code cannot write /tmp/x/a.png: the folder does not exist}. */
    public static String describe(Path target, IOException e) {
        return "cannot write " + target.toAbsolutePath().normalize() + ": " + reason(e);
    }
}
