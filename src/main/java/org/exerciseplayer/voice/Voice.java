package org.exerciseplayer.voice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.session.Clock;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences;

/**
 * The app's voice: finds the speech engine once (in the background, on first use), keeps one output per voice (the
 * rendered phrases' lengths, the render thread), renders a session's phrases ahead, and gives each session its
 * {@link VoiceSession}. Made once per app; thread-safe.
 */
public final class Voice implements AutoCloseable {

    private final Supplier<SpeechEngines.Found> finder;
    private final PhraseCache cache;
    private final Supplier<SoundCues> sound;
    private final Supplier<VoiceTimer> timers;
    private final Map<VoiceChoice, VoiceOutput> outputs = new HashMap<>();
    /** One thread renders for every voice and speed, one phrase after another. */
    private final java.util.concurrent.ExecutorService renderer = RenderedVoice.renderThread();
    private CompletableFuture<SpeechEngines.Found> found;
    private volatile Consumer<String> notes = note -> { };
    private volatile VoiceSession current;
    private volatile Consumer<VoiceCoach.Heard> heard = phrase -> { };

    /**
     * @param finder finds the engine (run once, off the calling thread)
     * @param timers makes each session's timer, on the session's clock
     */
    public Voice(Supplier<SpeechEngines.Found> finder, PhraseCache cache, Supplier<SoundCues> sound,
                 Supplier<VoiceTimer> timers) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.sound = Objects.requireNonNull(sound, "sound");
        this.timers = Objects.requireNonNull(timers, "timers");
    }

    /** The voice of this computer: its engine, the per-user cache, the real clock's timer. */
    public static Voice forThisComputer(Supplier<SoundCues> sound, Clock clock) {
        return new Voice(SpeechEngines::forThisComputer, PhraseCache.forThisUser(), sound, () -> new ClockTimer(clock));
    }

    /** A voice with no engine that says nothing about it: for tests of other parts, and where speech is not wanted. */
    public static Voice silent(Supplier<SoundCues> sound) {
        return new Voice(() -> new SpeechEngines.Found(Optional.empty(), ""), new PhraseCache(
                java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "exercise-player-no-voice"), 0), sound,
                () -> new VoiceTimer() {
                    @Override
                    public Scheduled at(long clockNanos, Runnable task) {
                        return () -> { };
                    }

                    @Override
                    public void close() {
                    }
                });
    }

    /** The engine found, or why none was; finding it starts on the first call. */
    public synchronized CompletableFuture<SpeechEngines.Found> engine() {
        if (found == null) {
            found = CompletableFuture.supplyAsync(finder, runnable -> {
                Thread thread = new Thread(runnable, "voice-engine");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return found;
    }

    /** "espeak-ng 1.51", or empty while not known or when there is none. */
    public Optional<String> engineName() {
        CompletableFuture<SpeechEngines.Found> engine = engine();
        return engine.isDone() ? engine.join().engine().map(e -> e.name() + " " + e.version()) : Optional.empty();
    }

    /**
     * Starts rendering the phrases of a session about to be played (from "Before you start", so that the first ones
     * are ready when it starts). Returns when all are rendered, or the voice is off or has no engine.
     */
    public CompletableFuture<Void> prepare(SessionSetup setup, VoicePreferences preferences) {
        if (!preferences.on()) {
            return CompletableFuture.completedFuture(null);
        }
        List<String> texts = VoiceScript.of(setup, preferences.verbosity()).texts();
        VoiceChoice choice = choice(setup, preferences);
        return engine().thenCompose(engine -> output(engine, choice) instanceof RenderedVoice rendered
                ? rendered.renderAhead(texts) : CompletableFuture.completedFuture(null));
    }

    /**
     * The voice of a session, listening to it; silent while the voice is off.
     *
     * @param note shows a quiet note to the person (no engine, the engine failed), on any thread
     */
    public VoiceSession start(Session session, Clock clock, VoicePreferences preferences, Consumer<String> note) {
        notes = note;
        VoiceSession started = new VoiceSession(this, session, clock, preferences);
        current = started;
        session.addListener(started);
        return started;
    }

    /** Tells {@code listener} of each phrase as it starts, on the voice's timer thread (for the benchmark). */
    public void onHeard(Consumer<VoiceCoach.Heard> listener) {
        heard = Objects.requireNonNull(listener, "listener");
    }

    Consumer<VoiceCoach.Heard> heard() {
        return heard;
    }

    /** The voice settings changed: the session under way, if any, speaks as they now say. */
    public void preferencesChanged(VoicePreferences preferences) {
        VoiceSession session = current;
        if (session != null) {
            session.preferencesChanged(preferences);
        }
    }

    /** A phrase to try a voice on, in the catalogue's language: "Hold for 20 seconds." */
    public static String sampleText(String language) {
        return VoiceWords.forLanguage(language).get("work.hold", 20);
    }

    /** Says a phrase now, to try a voice and speed (the Voice dialog), if the engine can. */
    public void sample(String text, String language, VoicePreferences preferences) {
        VoiceChoice choice = new VoiceChoice(language, preferences.voice(), preferences.speedPercent());
        engine().thenCombineAsync(soundKnown(), (engine, known) -> engine)
                .thenAcceptAsync(engine -> output(engine, choice).prepare(text, true)
                        .ifPresent(VoiceOutput.Utterance::start));
    }

    /** Completes once the sound device has been checked (the first "Try it" may be what starts the check). */
    private CompletableFuture<Void> soundKnown() {
        CompletableFuture<Void> known = new CompletableFuture<>();
        SoundCues cues = sound.get();
        Consumer<org.exerciseplayer.audio.SoundStatus> listener = status -> {
            if (status.state() != org.exerciseplayer.audio.SoundStatus.State.UNKNOWN) {
                known.complete(null);
            }
        };
        cues.addStatusListener(listener);
        return known.completeOnTimeout(null, 6, java.util.concurrent.TimeUnit.SECONDS)
                .whenComplete((done, failed) -> cues.removeStatusListener(listener));
    }

    /** The output of a session: what the engine found says, once it is found; nothing meanwhile. */
    VoiceOutput output(SessionSetup setup, VoicePreferences preferences) {
        VoiceChoice choice = choice(setup, preferences);
        CompletableFuture<SpeechEngines.Found> engine = engine();
        return new VoiceOutput() {
            private VoiceOutput resolved() {
                return engine.isDone() ? output(engine.join(), choice) : VoiceOutput.NONE;
            }

            @Override
            public java.util.OptionalLong millis(String text) {
                return resolved().millis(text);
            }

            @Override
            public Optional<Utterance> prepare(String text, boolean renderIfMissing) {
                return resolved().prepare(text, renderIfMissing);
            }
        };
    }

    VoiceTimer timer() {
        return timers.get();
    }

    void note(String text) {
        notes.accept(text);
    }

    void ended(VoiceSession session) {
        if (current == session) {
            current = null;
        }
    }

    SoundCues sound() {
        return sound.get();
    }

    private synchronized VoiceOutput output(SpeechEngines.Found engine, VoiceChoice choice) {
        if (engine.engine().isEmpty()) {
            return VoiceOutput.NONE;
        }
        return outputs.computeIfAbsent(choice, chosen -> engine.engine().get().writesFiles()
                ? new RenderedVoice(engine.engine().get(), chosen, cache, sound, this::note, renderer)
                : new LiveVoice(engine.engine().get(), chosen, sound, this::note));
    }

    private static VoiceChoice choice(SessionSetup setup, VoicePreferences preferences) {
        return new VoiceChoice(setup.catalogue().language(), preferences.voice(), preferences.speedPercent());
    }

    public PhraseCache cache() {
        return cache;
    }

    /** Stops rendering; what is rendered stays in the cache. */
    @Override
    public void close() {
        renderer.shutdownNow();
    }
}
