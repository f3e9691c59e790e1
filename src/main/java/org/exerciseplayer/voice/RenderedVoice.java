package org.exerciseplayer.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.audio.PreparedSound;
import org.exerciseplayer.audio.SoundCues;

/**
 * Phrases rendered ahead by an engine that writes files, into the {@link PhraseCache}, and played through the sound
 * cues' own path ({@link SoundCues#prepare}): the same volume, mute and no-device fallback. A phrase's length is known
 * once it is rendered (the lengths, a number a phrase, are the only thing held in memory); until then the fitting
 * leaves it out, so a slow engine makes the voice say less, never late. If the engine fails, it is not asked again
 * and the person is told once.
 */
final class RenderedVoice implements VoiceOutput {

    private static final System.Logger LOG = System.getLogger(RenderedVoice.class.getName());
    /** Phrases rendered in one go: one process for an engine that renders a batch (PowerShell). */
    private static final int BATCH = 12;

    private final SpeechEngine engine;
    private final VoiceChoice choice;
    private final PhraseCache cache;
    private final Supplier<SoundCues> sound;
    private final Consumer<String> problem;
    private final Map<String, Long> lengths = new ConcurrentHashMap<>();
    private final Executor renderer;
    private volatile String failed;

    /** @param renderer renders in the background, one phrase after another (the app's one render thread) */
    RenderedVoice(SpeechEngine engine, VoiceChoice choice, PhraseCache cache, Supplier<SoundCues> sound,
                  Consumer<String> problem, Executor renderer) {
        this.engine = engine;
        this.choice = choice;
        this.cache = cache;
        this.sound = sound;
        this.problem = problem;
        this.renderer = renderer;
    }

    /** With a render thread of its own, for tests and the benchmark. */
    RenderedVoice(SpeechEngine engine, VoiceChoice choice, PhraseCache cache, Supplier<SoundCues> sound,
                  Consumer<String> problem) {
        this(engine, choice, cache, sound, problem, renderThread());
    }

    /** A daemon thread of low priority that renders one phrase after another. */
    static ExecutorService renderThread() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "voice-render");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /** Renders what is not in the cache yet, in order, in the background; completes when all are (or it failed). */
    CompletableFuture<Void> renderAhead(List<String> texts) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            renderer.execute(() -> {
                ensure(texts);
                done.complete(null);
            });
        } catch (RejectedExecutionException closed) {
            done.complete(null);
        }
        return done;
    }

    @Override
    public OptionalLong millis(String text) {
        Long millis = lengths.get(text);
        return millis == null || failed != null ? OptionalLong.empty() : OptionalLong.of(millis);
    }

    @Override
    public Optional<Utterance> prepare(String text, boolean renderIfMissing) {
        if (failed != null) {
            return Optional.empty();
        }
        if (!lengths.containsKey(text) && renderIfMissing) {
            ensure(List.of(text));
        }
        if (!lengths.containsKey(text)) {
            return Optional.empty();
        }
        Optional<PreparedSound> prepared = sound.get().prepare(cache.file(PhraseCache.key(engine, choice, text)));
        return prepared.map(playing -> new Utterance() {
            @Override
            public void start() {
                playing.start();
            }

            @Override
            public void stop() {
                playing.stop();
            }
        });
    }

    /** The phrases found in the cache or rendered now, each with its length. */
    private void ensure(List<String> texts) {
        List<SpeechEngine.Job> batch = new ArrayList<>();
        List<String> batchTexts = new ArrayList<>();
        for (String text : texts) {
            if (failed != null) {
                return;
            }
            if (lengths.containsKey(text)) {
                continue;
            }
            String key = PhraseCache.key(engine, choice, text);
            OptionalLong known = cache.millis(key);
            if (known.isPresent()) {
                lengths.put(text, known.getAsLong());
                continue;
            }
            try {
                batch.add(new SpeechEngine.Job(text, cache.scratch(key)));
                batchTexts.add(text);
            } catch (IOException e) {
                fail(VoiceMessages.text("voice.cache", cache.folder(), e.getMessage()), e);
                return;
            }
            if (batch.size() == BATCH) {
                render(batch, batchTexts);
                batch.clear();
                batchTexts.clear();
            }
        }
        if (!batch.isEmpty()) {
            render(batch, batchTexts);
        }
    }

    private void render(List<SpeechEngine.Job> batch, List<String> texts) {
        try {
            engine.render(batch, choice);
            for (int i = 0; i < batch.size(); i++) {
                String key = PhraseCache.key(engine, choice, texts.get(i));
                lengths.put(texts.get(i), cache.store(key, batch.get(i).wav()));
            }
        } catch (IOException | RuntimeException e) {
            fail(VoiceMessages.text("voice.failed", engine.name() + ": " + e.getMessage()), e);
        } finally {
            for (SpeechEngine.Job job : batch) {
                try {
                    java.nio.file.Files.deleteIfExists(job.wav());
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "A part-written phrase stays: " + job.wav(), e);
                }
            }
        }
    }

    private void fail(String why, Exception cause) {
        if (failed == null) {
            failed = why;
            LOG.log(System.Logger.Level.INFO, why);
            LOG.log(System.Logger.Level.DEBUG, "Why the voice stopped", cause);
            problem.accept(why);
        }
    }

    /** Why the voice stopped working, if it did. */
    Optional<String> failure() {
        return Optional.ofNullable(failed);
    }

    Path file(String text) {
        return cache.file(PhraseCache.key(engine, choice, text));
    }
}
