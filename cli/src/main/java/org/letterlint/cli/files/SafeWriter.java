package org.letterlint.cli.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The one way letterlint writes files: reports ({@code -o}), baselines, the starter config and fixed
 * letters. Every write goes to a temporary file beside the target, is flushed to disk, and is then
 * moved over the target in one step, so a reader sees the old file or the new one, never half.
 *
 * <p>Before writing it refuses what could lose or damage something: a letter this run reads (an
 * input is never a report's destination), anything that is not a regular file (writing "over"
 * {@code /dev/null} or a pipe would replace it with a file), a folder, a read-only file (unless
 * {@code --force}). A symbolic link is followed, so its target is written and the link stays. The
 * new file keeps the old one's permissions and, where the user may set them, its owner and group.
 */
public final class SafeWriter {
    /** Text produced as it is written, so a report of thousands of letters is never held whole. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** A destination after its checks: where the bytes really go, and what the file there was. */
    public record Target(Path path, PosixFileAttributes existing) {
    }

    private final Set<Object> protectedFiles = new HashSet<>();
    private final boolean force;

    /**
     * @param inputs files this run reads, which it must never write over (compared by file identity,
     *               so a hard link or a symlink to an input is protected too)
     * @param force  whether read-only files (and, for letters, files with several hard links) may be replaced
     */
    public SafeWriter(Collection<Path> inputs, boolean force) {
        this.force = force;
        for (Path input : inputs) {
            Object identity = identity(input);
            if (identity != null) {
                protectedFiles.add(identity);
            }
        }
    }

    /** Whether an output name means standard output rather than a file. */
    public static boolean meansStandardOutput(String name) {
        return name.equals("-") || name.equals("/dev/stdout") || name.equals("/dev/fd/1") || name.equals("/proc/self/fd/1");
    }

    /** Creates or replaces {@code target} with UTF-8 text. Returns where it was written. */
    public Path write(Path target, Content content) throws IOException {
        Target checked = checkOutput(target);
        replace(checked, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
        return checked.path();
    }

    /** Creates or replaces {@code target} with UTF-8 text. */
    public Path write(Path target, String text) throws IOException {
        return write(target, out -> out.write(text));
    }

    /** Checks that a report, baseline or config may be written at {@code target}; says why not otherwise. */
    public Target checkOutput(Path target) throws IOException {
        Target checked = resolve(target);
        if (checked.existing() != null && protectedFiles.contains(identity(checked.path()))) {
            throw new WriteRefused(target + ": is one of the letters or files this run reads; choose another output file");
        }
        return checked;
    }

    /**
     * Checks that a letter may be rewritten in place: an existing regular file, writable (or
     * {@code --force}), and with one name only, since replacing a file with several hard links would
     * leave the others with the old text (unless {@code --force}, which rewrites it in place).
     */
    public Target checkLetter(Path letter) throws IOException {
        Target checked = resolve(letter);
        if (checked.existing() == null) {
            throw new WriteRefused(letter + ": no such file");
        }
        if (links(checked.path()) > 1 && !force) {
            throw new WriteRefused(letter + ": has " + links(checked.path()) + " hard links, and replacing it would leave"
                    + " the others unfixed; use --force to rewrite it in place (the backup is still kept)");
        }
        return checked;
    }

    /** Rewrites a letter checked by {@link #checkLetter} with new bytes (its encoding is the caller's). */
    public void rewrite(Target letter, byte[] bytes) throws IOException {
        if (links(letter.path()) > 1) {
            // Only with --force (see checkLetter): in place, so every name sees the new text.
            try (FileChannel channel = FileChannel.open(letter.path(), StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writeFully(channel, bytes);
                channel.force(true);
            }
            return;
        }
        replace(letter, out -> out.write(bytes));
    }

    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private Target resolve(Path requested) throws IOException {
        Path path = requested.toAbsolutePath();
        if (Files.isSymbolicLink(path)) {
            if (!Files.exists(path)) {
                throw new WriteRefused(requested + ": is a symbolic link to a file that does not exist; letterlint will not create its target");
            }
            path = path.toRealPath();
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            Path parent = path.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                if (Files.exists(parent)) {
                    throw new WriteRefused(requested + ": " + parent + " is not a folder");
                }
                Files.createDirectories(parent);
            }
            return new Target(path, null);
        }
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isDirectory()) {
            throw new WriteRefused(requested + ": is a folder; give a file name");
        }
        if (!attributes.isRegularFile()) {
            throw new WriteRefused(requested + ": is not a regular file (a device, pipe or socket); letterlint writes only"
                    + " regular files (use '-' for standard output)");
        }
        PosixFileAttributes posix = posix(path);
        boolean readOnly = !Files.isWritable(path) || posix != null && !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
        if (readOnly && !force) {
            throw new WriteRefused(requested + ": is read-only; use --force to replace it");
        }
        return new Target(path, posix);
    }

    private static PosixFileAttributes posix(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        return view == null ? null : view.readAttributes();
    }

    private static void replace(Target target, Body body) throws IOException {
        Path dir = target.path().getParent();
        Path temp = TempFiles.create(dir, target.path(), target.existing() != null);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (target.existing() != null) {
                keepAttributes(target.existing(), temp);
            }
            move(temp, target.path());
            syncFolder(dir);
        } finally {
            TempFiles.delete(temp);
        }
    }

    /** Owner and group first (changing them can clear set-id bits), then the permissions. */
    private static void keepAttributes(PosixFileAttributes original, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(original.owner())) {
                view.setOwner(original.owner());
            }
        } catch (IOException | SecurityException e) {
            // Only root may give a file away; the file stays the user's, as any editor leaves it.
        }
        try {
            if (!now.group().equals(original.group())) {
                view.setGroup(original.group());
            }
        } catch (IOException | SecurityException e) {
            // Allowed only for groups the user is in.
        }
        view.setPermissions(original.permissions());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable: without this a crash can leave the folder naming the old file. */
    static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a folder for syncing (Windows); the file itself is synced.
        }
    }

    static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static int links(Path path) {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** A file's identity (device and inode where the platform has them), or null if it cannot be read. */
    private static Object identity(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : path.toRealPath();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
