package org.letterlint.cli.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files letterlint writes beside a target before moving them into place. Each is
 * deleted when its write ends, and any still there when the JVM stops (Ctrl-C, SIGTERM) are deleted
 * by a shutdown hook, so an interrupted run leaves no stray copy of a letter behind. (SIGKILL cannot
 * be caught; the names start with a dot and end in {@value #SUFFIX} so they are easy to find.)
 */
final class TempFiles {
    static final String SUFFIX = ".letterlint-tmp";
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Creating a file and recording it happen under this lock, and so does the clean-up at exit: a
     * SIGTERM between the two could otherwise leave a file the clean-up never heard of.
     */
    private static final Object LOCK = new Object();
    /** Set by the clean-up: no temporary file is created after it has run. Guarded by {@link #LOCK}. */
    private static boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "letterlint-temp-cleanup"));
    }

    private TempFiles() {
    }

    /**
     * Creates an empty temporary file in {@code dir}. A private one (owner read and write only) is
     * for text that replaces an existing file, whose own permissions are applied once it is written;
     * a new file gets the default permissions the user's umask gives, as any other tool's output.
     */
    static Path create(Path dir, Path target, boolean privateUntilDone) throws IOException {
        String base = target.getFileName().toString();
        // File names are limited to 255 bytes: keep the temp name well inside that.
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + base + "." + HexFormat.of().toHexDigits(RANDOM.nextInt()) + SUFFIX);
            boolean posix = privateUntilDone && Files.getFileStore(dir).supportsFileAttributeView("posix");
            try {
                synchronized (LOCK) {
                    if (stopping) {
                        throw new IOException("letterlint is stopping");
                    }
                    if (posix) {
                        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(temp);
                    }
                    LIVE.add(temp);
                }
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more to do: the name says what it is, and the write itself has been reported.
        } finally {
            LIVE.remove(temp);
        }
    }

    private static void deleteAll() {
        synchronized (LOCK) {
            stopping = true;
            for (Path temp : LIVE) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // The JVM is stopping; there is no one left to tell.
                }
            }
        }
    }
}
