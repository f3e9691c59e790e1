package org.exerciseplayer.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder in the temporary folder that the cue sounds are written to ({@code exercise-player-cues-<pid>-<n>}),
 * marked as in use for as long as this process holds a lock on the file {@value #IN_USE} in it. The operating system
 * drops the lock when the process ends, however it ends, so a folder whose lock can be taken was left by a process
 * that is gone (killed, say) and can be removed: {@link #removeLeftOvers}.
 */
final class CueFolder implements AutoCloseable {

    static final String PREFIX = "exercise-player-cues-";
    static final String IN_USE = ".in-use";
    /** A folder from before the lock (no {@value #IN_USE} file) is taken as left over once it is this old. */
    static final Duration UNMARKED_AFTER = Duration.ofDays(1);
    /** A mark younger than this is left alone: the process making it takes the lock a moment after. */
    static final Duration MARK_SETTLES = Duration.ofMinutes(1);

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private CueFolder(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Makes a new, owner-only folder in {@code temporary} and marks it as in use by this process. */
    static CueFolder create(Path temporary) throws IOException {
        Path path = Files.createTempDirectory(temporary, PREFIX + ProcessHandle.current().pid() + "-");
        FileChannel channel = FileChannel.open(path.resolve(IN_USE), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try {
            return new CueFolder(path, channel, channel.lock());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    Path path() {
        return path;
    }

    /** No longer in use (its files are then deleted by {@link CueFiles#delete()}). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // The lock goes with the process anyway.
        }
    }

    /**
     * Removes the cue folders in {@code temporary} that a process that is gone left behind: this user's own, real
     * folders (no link is followed) holding nothing but cue sounds and the mark, whose mark no process holds (or, from
     * before the mark, not touched for a day). Anything else is left as it is. Returns the folders removed.
     */
    static List<Path> removeLeftOvers(Path temporary, Instant now) {
        List<Path> removed = new ArrayList<>();
        UserPrincipal me;
        try {
            me = temporary.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return removed;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, PREFIX + "*")) {
            for (Path folder : folders) {
                if (isLeftOver(folder, me, now) && removeCueFiles(folder)) {
                    removed.add(folder);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Nothing to clear up, or the temporary folder cannot be listed: nothing is lost either way.
        }
        return removed;
    }

    private static boolean isLeftOver(Path folder, UserPrincipal me, Instant now) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory() || !me.equals(Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS))
                    || !holdsOnlyCues(folder)) {
                return false;
            }
            Path mark = folder.resolve(IN_USE);
            if (!Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) {
                return attributes.lastModifiedTime().toInstant().isBefore(now.minus(UNMARKED_AFTER));
            }
            if (!Files.getLastModifiedTime(mark, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(now.minus(MARK_SETTLES))) {
                return false; // just made: its process may not have locked it yet
            }
            try (FileChannel channel = FileChannel.open(mark, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return false; // another process holds it: in use
                }
                lock.release();
                return true;
            } catch (OverlappingFileLockException thisProcess) {
                return false; // this process's own folder
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean holdsOnlyCues(Path folder) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        || !(name.equals(IN_USE) || name.matches("[a-z0-9-]+\\.wav"))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean removeCueFiles(Path folder) {
        try {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
