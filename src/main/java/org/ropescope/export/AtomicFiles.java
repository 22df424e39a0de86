package org.ropescope.export;

import static org.ropescope.text.Texts.text;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that decides how RoPEScope writes a path, for every file it makes (exports from the
 * window and the command line, sessions):
 * <ul>
 * <li>a regular file, or a new one: written atomically, so nobody ever sees half of it: the content
 * goes to a temporary file in the target's own folder, which is then moved over the target in one
 * step. After any failure the temporary file is gone and an older file of the same name is untouched.
 * A new file gets the permissions of any new document (the umask's); a replaced file keeps its own.</li>
 * <li>a symbolic link: followed to its final target, which is written as above; the link stays a
 * link, and a dangling link's target is created.</li>
 * <li>a named pipe (FIFO), a character device ({@code /dev/null}) or the process's own streams
 * ({@code /dev/stdout}, {@code /dev/fd/N}): opened and written directly, never renamed over.</li>
 * <li>a folder, a block device or a socket: refused with a reason.</li>
 * </ul>
 * {@code -} for standard output is the command line's business: it passes its own stream.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Symbolic links followed before giving up, as the kernel's own limit (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /** How a path is written. */
    enum Kind {
        /** a regular file or a new one: temporary file, then a rename */
        ATOMIC,
        /** a FIFO, a character device: opened and written in place */
        DIRECT,
        /** this process's standard output */
        STDOUT,
        /** this process's standard error */
        STDERR
    }

    /** Where {@code write} puts the bytes and how. */
    record Resolved(Path file, Kind kind) {
    }

    /**
     * Writes {@code target} with {@code body}: atomically for a regular file, through a symbolic link
     * to its target, straight into a pipe or a device (see the class comment).
     *
     * @throws IOException if the folder is missing or not writable, the disk is full, the target is
     *     a folder, or {@code body} fails; {@link #reason(IOException)} turns it into words for a person
     */
    public static void write(Path target, IOConsumer<OutputStream> body) throws IOException {
        Resolved r = resolve(target);
        switch (r.kind()) {
            case STDOUT -> {
                System.out.flush(); // what the process printed before comes first
                writeTo(new FileOutputStream(FileDescriptor.out), body, false);
            }
            case STDERR -> {
                System.err.flush();
                writeTo(new FileOutputStream(FileDescriptor.err), body, false);
            }
            // no CREATE, no TRUNCATE: a pipe or a device is there already and has no length
            case DIRECT -> writeTo(Files.newOutputStream(r.file(), StandardOpenOption.WRITE), body, true);
            case ATOMIC -> replace(r.file(), body);
        }
    }

    private static void writeTo(OutputStream raw, IOConsumer<OutputStream> body, boolean close) throws IOException {
        OutputStream out = new BufferedOutputStream(raw);
        try {
            body.accept(out);
            out.flush();
        } finally {
            if (close) {
                out.close(); // the process's own streams stay open for whatever else it prints
            }
        }
    }

    /**
     * What {@code target} is and which file a write goes to: links followed one by one (a dangling
     * link's target is where a new file goes), a folder or a file that cannot take bytes refused.
     */
    static Resolved resolve(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        for (int links = 0; ; links++) {
            Kind own = ownStream(file);
            if (own != null) {
                return new Resolved(file, own);
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return new Resolved(file, Kind.ATOMIC); // a new file
            }
            if (a.isSymbolicLink()) {
                if (links == MAX_LINKS) {
                    throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
                }
                if (isProcessLink(file)) {
                    // /proc/self/fd/3 names an open file ("pipe:[123]", a deleted file): open it, do not rename
                    return new Resolved(file, Kind.DIRECT);
                }
                Path parent = file.getParent();
                Path link = Files.readSymbolicLink(file);
                file = (parent == null ? link : parent.resolve(link)).toAbsolutePath();
                continue;
            }
            if (a.isDirectory()) {
                throw new FileSystemException(target.toString(), null, "it is a folder");
            }
            if (a.isRegularFile()) {
                return new Resolved(file, Kind.ATOMIC);
            }
            return new Resolved(file, special(file, target));
        }
    }

    /** A FIFO or a character device is written in place; a block device or a socket is refused. */
    private static Kind special(Path file, Path target) throws IOException {
        int type;
        try {
            type = ((Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Kind.DIRECT; // no unix view: not a file, not a folder, not a link; write it in place
        }
        return switch (type) {
            case 0010000, 0020000 -> Kind.DIRECT; // FIFO, character device
            case 0060000 -> throw new FileSystemException(target.toString(), null,
                    "it is a block device (a disk): RoPEScope does not write to disks");
            case 0140000 -> throw new FileSystemException(target.toString(), null, "it is a socket");
            default -> Kind.DIRECT;
        };
    }

    /** {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1} and the like: this process's own streams. */
    private static Kind ownStream(Path file) {
        String p = file.normalize().toString();
        if (p.equals("/dev/stdout") || p.equals("/dev/fd/1") || p.equals("/proc/self/fd/1")) {
            return Kind.STDOUT;
        }
        if (p.equals("/dev/stderr") || p.equals("/dev/fd/2") || p.equals("/proc/self/fd/2")) {
            return Kind.STDERR;
        }
        return null;
    }

    /** A link in /proc (/dev/fd is one) names an open file of a process, not a path. */
    private static boolean isProcessLink(Path file) {
        String p = file.normalize().toString();
        return p.startsWith("/proc/") || p.startsWith("/dev/fd/");
    }

    private static void replace(Path file, IOConsumer<OutputStream> body) throws IOException {
        Path folder = file.getParent();
        if (folder == null) {
            throw new FileSystemException(file.toString(), null, "not a file name");
        }
        Set<PosixFilePermission> keep = permissions(file);
        // CREATE_NEW with a random name rather than Files.createTempFile: the new file gets the
        // ordinary permissions (the umask's), not createTempFile's owner-only rw-------
        Path temp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                + ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                body.accept(out);
            }
            if (keep != null) {
                Files.setPosixFilePermissions(temp, keep); // a replaced file keeps its permissions
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

    /** The permissions of an existing regular file, or {@code null} for a new file (or no POSIX view). */
    private static Set<PosixFilePermission> permissions(Path file) {
        PosixFileAttributeView v = Files.getFileAttributeView(file, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (v == null) {
            return null;
        }
        try {
            return v.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Why a write failed, in a few words for a person: {@code the folder does not exist},
     * {@code permission denied}, {@code no space left on device}; in the language in use (the command
     * line's is English).
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
            return text("file.noFolder");
        }
        if (e instanceof NotDirectoryException) {
            return text("file.notAFolder");
        }
        if (e instanceof AccessDeniedException) {
            return text("file.denied");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String r = fse.getReason();
            return r.equals("Not a directory") ? text("file.partIsAFile")
                    : r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
        }
        String m = e.getMessage();
        if (m != null && m.equalsIgnoreCase("No space left on device")) {
            return text("file.noSpace");
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** One line naming the file and the reason: {@code cannot write /tmp/x/a.png: the folder does not exist}. */
    public static String describe(Path target, IOException e) {
        return text("file.cannotWrite", target.toAbsolutePath().normalize().toString(), reason(e));
    }
}
