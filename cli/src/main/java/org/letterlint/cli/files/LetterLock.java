package org.letterlint.cli.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises runs that rewrite the same letter, in this process and across processes, so that two
 * `fix` runs at once cannot both back up and rewrite it: the second waits, then reads the letter the
 * first one wrote. The lock is a small file beside the letter ({@code .NAME.letterlint-lock}),
 * removed when the lock is released.
 *
 * <p>Why the checks around the lock: a lock file that is deleted on release can be deleted between
 * another run's opening it and locking it, leaving that run holding a lock on a file nobody else can
 * see. So a run notes the file's identity (device and inode) before opening it, and after locking
 * checks that the name still leads to that same file; otherwise it tries again. (The file is never
 * opened twice: on POSIX systems closing any descriptor of a file drops the process's locks on it.)
 */
public final class LetterLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ReentrantLock local;

    private LetterLock(Path file, FileChannel channel, FileLock lock, ReentrantLock local) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.local = local;
    }

    /** Waits until this run is the only one rewriting {@code letter} (a real path, symlinks resolved). */
    public static LetterLock acquire(Path letter) throws IOException {
        Path file = lockFileFor(letter);
        // FileLock is per process: threads of one process are kept apart by an ordinary lock first.
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
        local.lock();
        try {
            for (int attempt = 0; attempt < 1000; attempt++) {
                Object before = identity(file, true);
                FileChannel channel;
                try {
                    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                } catch (NoSuchFileException e) {
                    continue;
                }
                FileLock lock = null;
                try {
                    if (before.equals(identity(file, false))) {
                        lock = channel.lock();
                        if (before.equals(identity(file, false))) {
                            return new LetterLock(file, channel, lock, local);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (lock != null) {
                    lock.release();
                }
                channel.close();
            }
            throw new IOException("could not lock " + letter + " for rewriting");
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    static Path lockFileFor(Path letter) {
        String name = letter.getFileName().toString();
        return letter.resolveSibling("." + (name.length() > 80 ? name.substring(0, 80) : name) + ".letterlint-lock");
    }

    /** The identity of the file at {@code file} ("none" if there is none), creating an empty one first if asked. */
    private static Object identity(Path file, boolean create) throws IOException {
        for (;;) {
            try {
                Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
                // Without device and inode numbers (not POSIX) the name is all there is to go on.
                return key != null ? key : file;
            } catch (NoSuchFileException e) {
                if (!create) {
                    return "none";
                }
                try {
                    Files.createFile(file);
                } catch (FileAlreadyExistsException raced) {
                    // Another run made it first; read its identity.
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // Delete while still holding the lock, so a waiting run finds the name gone or new.
            Files.deleteIfExists(file);
        } finally {
            try {
                lock.release();
                channel.close();
            } finally {
                local.unlock();
            }
        }
    }
}
