package org.letterlint.cli.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Keeps a letter's original before it is rewritten, as {@code NAME.orig}, or {@code NAME.orig.1},
 * {@code NAME.orig.2} ... when earlier backups exist: a backup is never overwritten, so the text
 * before the first fix is always there. Each name is claimed with an exclusive create, which fails
 * on an existing file or symbolic link, so nothing is written through or over one. Callers hold the
 * letter's {@link LetterLock}, so no other letterlint run is choosing a name at the same time.
 */
public final class Backups {
    private static final int MOST = 10_000;

    private Backups() {
    }

    /** Copies {@code letter} (a real path) to its first free backup name, flushed to disk; returns that name. */
    public static Path keep(Path letter) throws IOException {
        String name = letter.getFileName() + ".orig";
        PosixFileAttributeView original = Files.getFileAttributeView(letter, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        for (int n = 0; n < MOST; n++) {
            Path backup = letter.resolveSibling(n == 0 ? name : name + "." + n);
            FileChannel channel;
            try {
                channel = original != null
                        ? FileChannel.open(backup, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : FileChannel.open(backup, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try (channel) {
                OutputStream out = Channels.newOutputStream(channel);
                Files.copy(letter, out);
                out.flush();
                channel.force(true);
            } catch (IOException e) {
                Files.deleteIfExists(backup);
                throw e;
            }
            if (original != null) {
                Files.setPosixFilePermissions(backup, original.readAttributes().permissions());
            }
            SafeWriter.syncFolder(letter.getParent());
            return backup;
        }
        throw new IOException(letter + ": " + MOST + " backups exist already; remove some");
    }
}
