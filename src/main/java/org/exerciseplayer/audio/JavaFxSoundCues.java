package org.exerciseplayer.audio;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;

/**
 * The cues played through JavaFX media. Create it with {@link #start()} once the JavaFX toolkit runs; it checks the
 * sound device in the background (status {@link SoundStatus.State#UNKNOWN} meanwhile) and then becomes available or
 * unavailable. A cue asked for while the check runs is played when it ends, unless it is half a second late by then.
 *
 * <p>Why not {@code AudioClip}: where no sound device opens, {@code AudioClip.play()} fails on JavaFX's own clip
 * thread with {@code MediaException: Could not create player!}, uncaught, out of the app's reach; that thread then
 * dies, so no clip plays again in that JVM, while {@code isPlaying()} stays true. A {@link MediaPlayer} reports the
 * same failure to its caller: its constructor throws the {@link MediaException}, and a later failure comes through
 * {@code onError}. So each cue gets a short-lived player, made on this class's worker thread, started on the JavaFX
 * thread, and disposed of when the sound ends. Nothing is thrown out of this class.
 *
 * <p>The volume is baked into the samples (see {@link CueFiles}) rather than set on the player, which JavaFX applies
 * only after the first 100 ms of sound; and the files played are stereo, which JavaFX plays 6 dB louder than mono.
 */
public final class JavaFxSoundCues extends SoundCuesBase implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(JavaFxSoundCues.class.getName());
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);
    /** A cue later than this is dropped: a countdown beep out of step with the clock is worse than none. */
    private static final Duration STALE_AFTER = Duration.ofMillis(500);
    /** Every cue is under half a second; a player still there after this is disposed of anyway. */
    private static final Duration LEFTOVER_AFTER = Duration.ofSeconds(3);

    private final CueFiles files;
    /** Where the files are, marked in use while this process runs; null when it could not be made. */
    private final CueFolder folder;
    private final ScheduledThreadPoolExecutor worker;
    /** The phrases opened and not yet disposed of, so that muting silences them. */
    private final java.util.Set<Phrase> phrases = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong phraseNumber = new java.util.concurrent.atomic.AtomicLong();
    private volatile Observer observer = Observer.NONE;

    /**
     * Told when each sound starts, for measuring how late sounds are (bench/voice.sh): when it was asked for
     * ({@code play} or a phrase's {@code start}), when its player was told to play, and when the player said it
     * plays. Called on the thread that found out; must return at once.
     */
    public interface Observer {
        Observer NONE = (what, askedNanos, playNanos) -> { };

        /** {@code what}: a cue's name, or a phrase's file name. Times are {@link System#nanoTime()} readings. */
        void played(String what, long askedNanos, long playNanos);

        default void playing(String what, long askedNanos, long playingNanos) {
        }
    }

    public void observe(Observer observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
    }
    /** Worker thread only. */
    private final Map<URI, Media> media = new HashMap<>();

    private JavaFxSoundCues(CueFiles files, CueFolder folder) {
        super(SoundStatus.UNKNOWN);
        this.files = files;
        this.folder = folder;
        this.worker = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "sound-cues");
            thread.setDaemon(true);
            return thread;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Starts checking the sound device and returns at once. Call it after the JavaFX toolkit has started (in
     * {@code Application.init()} or {@code start()}), from any thread.
     */
    public static JavaFxSoundCues start() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        CueFolder folder;
        try {
            folder = CueFolder.create(temporary);
        } catch (IOException e) {
            JavaFxSoundCues cues = new JavaFxSoundCues(null, null);
            cues.lose(SilenceReason.FILES_UNREADABLE, e);
            return cues;
        }
        JavaFxSoundCues cues = start(new CueFiles(CueFiles::bundled, folder.path()), folder);
        // Folders that runs which are gone left behind (killed before they could close theirs).
        cues.worker.execute(() -> CueFolder.removeLeftOvers(temporary, Instant.now()));
        // The app closes its cues when it exits (ExercisePlayerApp.stop); this covers an exit that skips that.
        Runtime.getRuntime().addShutdownHook(new Thread(cues::close, "sound-cues-close"));
        return cues;
    }

    static JavaFxSoundCues start(CueFiles files) {
        return start(files, null);
    }

    private static JavaFxSoundCues start(CueFiles files, CueFolder folder) {
        JavaFxSoundCues cues = new JavaFxSoundCues(files, folder);
        cues.worker.execute(cues::prepare);
        return cues;
    }

    @Override
    void playAudibly(Cue cue, double volume) {
        long asked = System.nanoTime();
        try {
            worker.execute(() -> startPlayer(cue, volume, asked));
        } catch (RejectedExecutionException closed) {
            // Closed: the app is ending, and the cue does not matter any more.
        }
    }

    /**
     * A phrase as a player made ready on the caller's thread (not the cues' worker, so that neither waits for the
     * other), from a stereo copy of the file at the volume, as the cues are. {@link Phrase#start} calls {@code play()}
     * straight from the caller's thread, which {@link MediaPlayer} allows, so the phrase starts without waiting for
     * the JavaFX thread; disposing goes through the JavaFX thread.
     */
    @Override
    java.util.Optional<PreparedSound> prepareAudibly(java.nio.file.Path wav, double volume) {
        if (!status().isAvailable()) {
            return java.util.Optional.empty();
        }
        try {
            // In the cues' folder: marked in use by this process, so a run that is killed leaves nothing for long.
            java.nio.file.Path copy = files.folder().resolve("phrase-" + phraseNumber.incrementAndGet() + ".wav");
            WavFile sound = WavFile.parse(Files.readAllBytes(wav));
            Files.write(copy, sound.toStereo(volume));
            Phrase phrase = new Phrase(new MediaPlayer(new Media(copy.toUri().toString())), copy,
                    sound.samples().length * 1000L / sound.sampleRate());
            phrases.add(phrase);
            Platform.runLater(phrase::watch);
            return java.util.Optional.of(phrase);
        } catch (IllegalArgumentException | IOException e) {
            LOG.log(Level.INFO, "A spoken phrase could not be read: {0}", String.valueOf(e));
            return java.util.Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            lose(SilenceReason.STOPPED_WORKING, e);
            return java.util.Optional.empty();
        }
    }

    @Override
    void silenced() {
        phrases.forEach(Phrase::stop);
    }

    /** One phrase's player: started once, disposed of when it ends, is stopped, or is left too long. */
    private final class Phrase implements PreparedSound {
        private final MediaPlayer player;
        private final java.nio.file.Path copy;
        private final long millis;
        private final java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        private volatile boolean started;
        private volatile long startedNanos;

        Phrase(MediaPlayer player, java.nio.file.Path copy, long millis) {
            this.player = player;
            this.copy = copy;
            this.millis = millis;
        }

        /** On the JavaFX thread: what happens when it plays, ends or fails. */
        void watch() {
            Observer told = observer;
            if (told != Observer.NONE) {
                String name = copy.getFileName().toString();
                player.setOnPlaying(() -> told.playing(name, startedNanos, System.nanoTime()));
            }
            player.setOnEndOfMedia(this::stop);
            player.setOnError(() -> {
                stop();
                lose(SilenceReason.STOPPED_WORKING, player.getError());
            });
        }

        @Override
        public void start() {
            if (!over.get() && !started) {
                started = true;
                startedNanos = System.nanoTime();
                player.play();
                observer.played(copy.getFileName().toString(), startedNanos, System.nanoTime());
                worker.schedule(this::stop, millis + LEFTOVER_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void stop() {
            if (over.compareAndSet(false, true)) {
                if (started) {
                    player.stop();
                }
                phrases.remove(this);
                try {
                    Platform.runLater(() -> {
                        player.dispose();
                        deleteCopy();
                    });
                } catch (IllegalStateException toolkitGone) {
                    deleteCopy(); // the app is ending; the player goes with it
                }
            }
        }

        private void deleteCopy() {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "A phrase's copy stays in " + copy, e);
            }
        }
    }

    /**
     * Stops the worker (waiting up to a second for a cue it is making, which usually takes a few milliseconds), then
     * removes the folder and the cue files in it, and the spoken phrases' copies once their players have let go of them.
     * Later cues are not heard. Closing again does nothing.
     */
    @Override
    public void close() {
        synchronized (worker) {
            if (worker.isShutdown()) {
                return;
            }
            phrases.forEach(Phrase::stop);
            worker.shutdown();
        }
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
            if (phraseNumber.get() > 0) {
                // The players let go of their copies on the JavaFX thread, in turn: the files go after that.
                java.util.concurrent.CountDownLatch disposed = new java.util.concurrent.CountDownLatch(1);
                if (!Platform.isFxApplicationThread()) {
                    try {
                        Platform.runLater(disposed::countDown);
                        disposed.await(1, TimeUnit.SECONDS);
                    } catch (IllegalStateException toolkitGone) {
                        // No player is left to hold a copy.
                    }
                }
            }
        } catch (RejectedExecutionException alreadyClosed) {
            // Nothing left to do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (folder != null) {
            folder.close();
        }
        if (files != null) {
            files.delete();
        }
    }

    private void prepare() {
        try {
            files.load();
        } catch (IOException | RuntimeException e) {
            lose(SilenceReason.FILES_UNREADABLE, e);
            return;
        }
        try {
            probe();
        } catch (RuntimeException | LinkageError e) { // LinkageError: JavaFX's native media library did not load
            lose(SilenceReason.COULD_NOT_START, e);
        }
    }

    /** Opens the sound device with a player that is made ready but never started, so nothing is heard. */
    private void probe() {
        Media sound;
        try {
            sound = media(Cue.COUNTDOWN, volume());
        } catch (IOException | MediaException e) {
            lose(SilenceReason.FILES_UNREADABLE, e);
            return;
        }
        MediaPlayer player;
        try {
            player = new MediaPlayer(sound);
        } catch (MediaException e) {
            lose(SilenceReason.NO_DEVICE, e);
            return;
        }
        CompletableFuture<MediaException> outcome = new CompletableFuture<>();
        Platform.runLater(() -> {
            player.setOnReady(() -> outcome.complete(null));
            player.setOnError(() -> outcome.complete(player.getError()));
            if (player.getStatus() == MediaPlayer.Status.READY || player.getError() != null) {
                outcome.complete(player.getError());
            }
        });
        try {
            MediaException error = outcome.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (error == null) {
                changeStatus(SoundStatus.AVAILABLE);
            } else {
                lose(SilenceReason.NO_DEVICE, error);
            }
        } catch (TimeoutException e) {
            lose(SilenceReason.NO_ANSWER, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lose(SilenceReason.COULD_NOT_START, e);
        } catch (ExecutionException e) {
            lose(SilenceReason.COULD_NOT_START, e);
        } finally {
            Platform.runLater(player::dispose);
        }
    }

    private void startPlayer(Cue cue, double volume, long asked) {
        if (!status().isAvailable() || System.nanoTime() - asked > STALE_AFTER.toNanos()) {
            return;
        }
        try {
            MediaPlayer player = new MediaPlayer(media(cue, volume));
            Platform.runLater(() -> {
                player.setOnEndOfMedia(player::dispose);
                player.setOnError(() -> {
                    player.dispose();
                    lose(SilenceReason.STOPPED_WORKING, player.getError());
                });
                Observer told = observer;
                if (told != Observer.NONE) {
                    player.setOnPlaying(() -> told.playing(cue.name(), asked, System.nanoTime()));
                }
                player.play();
                told.played(cue.name(), asked, System.nanoTime());
            });
            worker.schedule(() -> Platform.runLater(player::dispose), LEFTOVER_AFTER.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException | LinkageError e) {
            lose(SilenceReason.STOPPED_WORKING, e);
        }
    }

    private Media media(Cue cue, double volume) throws IOException {
        URI file = files.file(cue, volume);
        Media known = media.get(file);
        if (known == null) {
            known = new Media(file.toString());
            media.put(file, known);
        }
        return known;
    }

    private void lose(SilenceReason reason, Throwable cause) {
        if (changeStatus(reason.status())) {
            LOG.log(Level.INFO, "Sound cues are off ({0}): {1}", reason, String.valueOf(cause));
            LOG.log(Level.DEBUG, "Why sound cues are off", cause);
        }
    }
}
