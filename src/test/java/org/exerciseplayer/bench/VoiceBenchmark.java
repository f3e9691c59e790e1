package org.exerciseplayer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import org.exerciseplayer.audio.Cue;
import org.exerciseplayer.audio.JavaFxSoundCues;
import org.exerciseplayer.audio.SoundStatus;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.session.SystemClock;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.voice.ClockTimer;
import org.exerciseplayer.voice.PhraseCache;
import org.exerciseplayer.voice.SpeechEngines;
import org.exerciseplayer.voice.Voice;
import org.exerciseplayer.voice.VoiceCoach;

/**
 * The voice against the clock, for {@code bench/voice.sh}: a hip session played at 1× against the real clock, with the
 * real engine (espeak-ng), the real JavaFX sound path (headless; ALSA's default device set by the script) and a 60 Hz
 * frame loop that drives the session as the player does, answering each check after 1.5 s. Measured, all in wall
 * milliseconds against each sound's planned instant (from the plan and the instants the session ran from):
 * <ul>
 *   <li>each phrase: when its player was told to play, and when JavaFX said it plays;</li>
 *   <li>the plain cues (the baseline, in the same run): the same two instants, the cue played as the player plays it,
 *       on the session event that marks its moment;</li>
 *   <li>the time to render the session's phrases into an empty cache, and to find them all in it again, and the
 *       cache's size.</li>
 * </ul>
 * Arguments: {@code [minutes]}, the plan cut after the exercise that passes that many minutes (default: all of it).
 */
public final class VoiceBenchmark {

    private static final long FRAME_MILLIS = 16;

    private record Sound(String what, long plannedNanos, long askedNanos) {}

    private VoiceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : Integer.MAX_VALUE;
        Catalogue hip = BundledCatalogue.load();
        SessionSetup setup = SessionSetup.of(hip, routine(hip, minutes));
        Path cacheFolder = Files.createTempDirectory("voice-bench-cache-");

        Platform.startup(() -> { });
        JavaFxSoundCues cues = JavaFxSoundCues.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (cues.status().state() == SoundStatus.State.UNKNOWN && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (!cues.status().isAvailable()) {
            System.out.println("No sound device: " + cues.status().reason() + " (bench/voice.sh sets ALSA's)");
            System.exit(2);
        }
        Map<String, long[]> played = new ConcurrentHashMap<>();
        cues.observe(new JavaFxSoundCues.Observer() {
            @Override
            public void played(String what, long askedNanos, long playNanos) {
                played.computeIfAbsent(what + "@" + askedNanos, k -> new long[2])[0] = playNanos;
            }

            @Override
            public void playing(String what, long askedNanos, long playingNanos) {
                played.computeIfAbsent(what + "@" + askedNanos, k -> new long[2])[1] = playingNanos;
            }
        });

        // Rendering: an empty cache, then the same phrases found in it by a voice that knows none of them.
        Voice cold = new Voice(SpeechEngines::forThisComputer, new PhraseCache(cacheFolder,
                PhraseCache.DEFAULT_MAX_BYTES), () -> cues, () -> new ClockTimer(SystemClock.INSTANCE));
        String engine = cold.engine().join().engine().map(e -> e.name() + " " + e.version())
                .orElseThrow(() -> new IllegalStateException("no speech engine: apt-get install -y espeak-ng"));
        long renderStart = System.nanoTime();
        cold.prepare(setup, VoicePreferences.DEFAULT).join();
        double renderSeconds = (System.nanoTime() - renderStart) / 1e9;
        Voice voice = new Voice(SpeechEngines::forThisComputer, new PhraseCache(cacheFolder,
                PhraseCache.DEFAULT_MAX_BYTES), () -> cues, () -> new ClockTimer(SystemClock.INSTANCE));
        voice.engine().join();
        long findStart = System.nanoTime();
        voice.prepare(setup, VoicePreferences.DEFAULT).join();
        double findSeconds = (System.nanoTime() - findStart) / 1e9;
        long cacheBytes;
        long phrases;
        try (Stream<Path> files = Files.list(cacheFolder)) {
            List<Path> all = files.toList();
            phrases = all.size();
            cacheBytes = all.stream().mapToLong(VoiceBenchmark::size).sum();
        }

        List<VoiceCoach.Heard> heard = new CopyOnWriteArrayList<>();
        List<String> heardFiles = new CopyOnWriteArrayList<>();
        voice.onHeard(phrase -> {
            heard.add(phrase);
            heardFiles.add(phrase.line() == null ? "" : lastPhrase(played, phrase.startedNanos()));
        });
        List<Sound> cueSounds = new ArrayList<>();
        long[] anchors = run(setup, voice, cues, cueSounds);
        Thread.sleep(3000);
        cues.close();

        Plan plan = heard.isEmpty() ? null : new Session(setup, SystemClock.INSTANCE).plan();
        System.out.printf(Locale.ROOT, "Engine %s; plan: %d exercises, %d phases, %d s at 1x%n", engine,
                setup.routine().size(), plan == null ? 0 : plan.size(), plan == null ? 0 : plan.totalSeconds());
        System.out.printf(Locale.ROOT, "Render the session's %d phrases into an empty cache: %.2f s (%.0f ms each); "
                + "find them all in it again: %.3f s; cache: %d files, %.1f MB%n%n", phrases, renderSeconds,
                renderSeconds * 1000 / Math.max(1, phrases), findSeconds, phrases, cacheBytes / 1e6);

        List<double[]> phraseLate = new ArrayList<>();
        for (int k = 0; k < heard.size(); k++) {
            VoiceCoach.Heard phrase = heard.get(k);
            if (phrase.line() == null) {
                continue;
            }
            long planned = clockOf(anchors, phrase.planMillis());
            long[] times = played.get(heardFiles.get(k));
            phraseLate.add(new double[] {(phrase.startedNanos() - planned) / 1e6,
                    times == null || times[0] == 0 ? Double.NaN : (times[0] - planned) / 1e6,
                    times == null || times[1] == 0 ? Double.NaN : (times[1] - planned) / 1e6});
        }
        List<double[]> cueLate = new ArrayList<>();
        for (Sound cue : cueSounds) {
            long[] times = played.get(nearest(played, cue.what() + "@", cue.askedNanos()));
            cueLate.add(new double[] {(cue.askedNanos() - cue.plannedNanos()) / 1e6,
                    times == null || times[0] == 0 ? Double.NaN : (times[0] - cue.plannedNanos()) / 1e6,
                    times == null || times[1] == 0 ? Double.NaN : (times[1] - cue.plannedNanos()) / 1e6});
        }
        writeCsv(phraseLate, cueLate);
        System.out.printf(Locale.ROOT, "%-46s %6s %8s %8s %8s %8s%n", "late against the planned instant, ms", "n",
                "median", "p99", "max", "missing");
        report("phrases: asked to start (the voice's timer)", phraseLate, 0);
        report("phrases: player told to play", phraseLate, 1);
        report("phrases: JavaFX says playing", phraseLate, 2);
        report("cues: asked (on the frame's session event)", cueLate, 0);
        report("cues: player told to play", cueLate, 1);
        report("cues: JavaFX says playing", cueLate, 2);
        System.out.printf(Locale.ROOT, "%nPhrases heard: %d (%d questions and endings, not timed); cues: %d%n",
                heard.size(), heard.stream().filter(h -> h.line() == null).count(), cueSounds.size());
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Heap in use at the end: %.0f MB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
        Platform.exit();
        System.exit(0);
    }

    /** Plays the session on a 60 Hz loop; returns the (clock, plan millis) pairs it ran from, flattened. */
    private static long[] run(SessionSetup setup, Voice voice, JavaFxSoundCues cues, List<Sound> cueSounds)
            throws InterruptedException {
        Session session = new Session(setup, SystemClock.INSTANCE);
        List<long[]> anchors = new ArrayList<>();
        voice.start(session, SystemClock.INSTANCE, VoicePreferences.DEFAULT, note -> System.out.println("note: " + note));
        session.addListener(event -> {
            if (event instanceof SessionEvent.Started || event instanceof SessionEvent.Resumed) {
                anchors.add(new long[] {System.nanoTime(), session.state().elapsedMillis()});
            }
            Cue cue = cueOf(event);
            if (cue != null) {
                long planned = clockOf(flatten(anchors), plannedMillis(session.plan(), event));
                long asked = System.nanoTime();
                cues.play(cue);
                cueSounds.add(new Sound(cue.name(), planned, asked));
            }
        });
        session.start(OptionalInt.empty());
        long askedAt = 0;
        while (!session.isEnded()) {
            Thread.sleep(FRAME_MILLIS);
            session.update();
            if (session.question().isPresent()) {
                askedAt = askedAt == 0 ? System.nanoTime() : askedAt;
                if (System.nanoTime() - askedAt > 1_500_000_000L) {
                    session.carryOn();
                    askedAt = 0;
                }
            }
        }
        return flatten(anchors);
    }

    /** The cue the player plays for an event (as {@code ui.player.PlayerCues} does, counting repetitions by tempo). */
    private static Cue cueOf(SessionEvent event) {
        if (event instanceof SessionEvent.PhaseStarted started) {
            Phase.Kind kind = started.phase().kind();
            return kind == Phase.Kind.HOLD || kind == Phase.Kind.TIMED ? Cue.HOLD_START
                    : kind == Phase.Kind.REP ? Cue.REP : null;
        }
        if (event instanceof SessionEvent.CountdownTick tick) {
            return tick.phase().kind() == Phase.Kind.REP ? null : Cue.COUNTDOWN;
        }
        if (event instanceof SessionEvent.RepetitionCounted counted) {
            return counted.phase().kind() == Phase.Kind.REP ? null : Cue.HOLD_END;
        }
        if (event instanceof SessionEvent.Switched) {
            return Cue.SWITCH_SIDE;
        }
        if (event instanceof SessionEvent.Ended ended && ended.summary().ending() == SessionSummary.Ending.COMPLETED) {
            return Cue.SESSION_DONE;
        }
        return null;
    }

    /** The plan instant of the moment an event marks. */
    private static long plannedMillis(Plan plan, SessionEvent event) {
        if (event instanceof SessionEvent.PhaseStarted started) {
            return plan.startMillis(started.phaseIndex());
        }
        if (event instanceof SessionEvent.Switched switched) {
            return plan.startMillis(switched.phaseIndex());
        }
        if (event instanceof SessionEvent.CountdownTick tick) {
            return plan.endMillis(tick.phaseIndex()) - tick.secondsLeft() * 1000L;
        }
        if (event instanceof SessionEvent.RepetitionCounted counted) {
            return plan.endMillis(counted.phaseIndex());
        }
        return plan.totalMillis();
    }

    /** The clock instant of a plan instant, from the last pair (clock, plan) at or before it. */
    private static long clockOf(long[] anchors, long planMillis) {
        long clock = anchors[0];
        long plan = anchors[1];
        for (int i = 0; i + 1 < anchors.length; i += 2) {
            if (anchors[i + 1] <= planMillis) {
                clock = anchors[i];
                plan = anchors[i + 1];
            }
        }
        return clock + (planMillis - plan) * 1_000_000L;
    }

    private static long[] flatten(List<long[]> anchors) {
        long[] flat = new long[anchors.size() * 2];
        for (int i = 0; i < anchors.size(); i++) {
            flat[2 * i] = anchors.get(i)[0];
            flat[2 * i + 1] = anchors.get(i)[1];
        }
        return flat;
    }

    /** The phrase file whose start was asked for at this instant (the coach reports it right after starting it). */
    private static String lastPhrase(Map<String, long[]> played, long startedNanos) {
        return nearest(played, "phrase-", startedNanos);
    }

    /** The sound observed whose name starts so and which was asked for nearest this instant (within 5 ms). */
    private static String nearest(Map<String, long[]> played, String prefix, long askedNanos) {
        return played.keySet().stream().filter(key -> key.startsWith(prefix))
                .filter(key -> Math.abs(asked(key) - askedNanos) < 5_000_000L)
                .min(Comparator.comparingLong(key -> Math.abs(asked(key) - askedNanos))).orElse("");
    }

    private static long asked(String key) {
        return Long.parseLong(key.substring(key.indexOf('@') + 1));
    }

    private static void report(String name, List<double[]> rows, int column) {
        double[] values = rows.stream().mapToDouble(row -> row[column]).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        long missing = rows.size() - values.length;
        if (values.length == 0) {
            System.out.printf(Locale.ROOT, "%-46s %6d %8s %8s %8s %8d%n", name, 0, "-", "-", "-", missing);
            return;
        }
        System.out.printf(Locale.ROOT, "%-46s %6d %8.1f %8.1f %8.1f %8d%n", name, values.length,
                values[values.length / 2], values[Math.max(0, (int) Math.ceil(values.length * 0.99) - 1)],
                values[values.length - 1], missing);
    }

    private static Routine routine(Catalogue hip, int minutes) {
        List<Exercise> chosen = new ArrayList<>();
        for (Exercise exercise : hip.exercises()) {
            chosen.add(exercise);
            if (org.exerciseplayer.session.Planner.plan(Routine.of(chosen)).totalMillis() >= minutes * 60_000L) {
                break;
            }
        }
        return Routine.of(chosen);
    }

    private static void writeCsv(List<double[]> phrases, List<double[]> cues) throws java.io.IOException {
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Path file = dir.resolve("voice-" + java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".csv");
        List<String> rows = new ArrayList<>(List.of("sound,askedLateMs,toldLateMs,playingLateMs"));
        phrases.forEach(row -> rows.add(String.format(Locale.ROOT, "phrase,%.3f,%.3f,%.3f", row[0], row[1], row[2])));
        cues.forEach(row -> rows.add(String.format(Locale.ROOT, "cue,%.3f,%.3f,%.3f", row[0], row[1], row[2])));
        Files.write(file, rows);
        System.out.println("Every sound: " + file);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    static double[] sorted(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
