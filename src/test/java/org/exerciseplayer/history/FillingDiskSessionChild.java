package org.exerciseplayer.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.audio.SilentSoundCues;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.keeping.KeepingViewModel;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.ui.player.RecordingScreenAwake;

/**
 * Run in a child JVM by {@link SqliteHistoryStoreProcessTest}, on a small disk of its own: the whole hip session
 * (14 exercises) played in virtual time through the real store, recorder and player ViewModel, with keep-awake
 * unavailable. Once exercise 3 is written the disk is filled to the last byte; the session goes on to the end and the
 * pain after. It prints, a line each: what the history held and whether history.db's bytes changed, the player's
 * notes, what the end screen and home say; then, once the filler is deleted and the retry has run, the same again and
 * what the file holds when reopened.
 */
public final class FillingDiskSessionChild {

    private FillingDiskSessionChild() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path filler = folder.getParent().resolve("filler");
        Catalogue hip = BundledCatalogue.load();
        SqliteHistoryStore store = SqliteHistoryStore.open(folder);
        ManualClock clock = new ManualClock();
        Session session = new Session(new SessionSetup(hip, Routine.of(hip.exercises()), List.of(),
                PainRule.anyIncrease(), Optional.empty()), clock);
        RecordingScreenAwake awake = new RecordingScreenAwake();
        awake.unavailable = true;
        PlayerViewModel player = new PlayerViewModel(session, new SilentSoundCues("no sound in this test"), awake, Runnable::run,
                Runnable::run);
        Deque<Runnable> retries = new ArrayDeque<>();
        SessionRecorder recorder = new SessionRecorder(() -> store, hip, Optional.empty(), Runnable::run,
                Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC),
                problem -> player.showNote(Messages.get("history.notSavedYet", problem)),
                (delay, retry) -> retries.add(retry));
        session.addListener(recorder);
        UnsavedSessions unsaved = new UnsavedSessions();
        unsaved.add(recorder);
        byte[][] fileBefore = new byte[1][];
        int[] finished = {0};
        session.addListener(event -> {
            if (event instanceof SessionEvent.ExerciseFinished && ++finished[0] == 3) {
                try {
                    // (Reading it here drops this process's POSIX locks on it: harmless, no other process uses it.)
                    fileBefore[0] = Files.readAllBytes(folder.resolve("history.db"));
                    fill(filler);
                    say("filled after " + store.sessions().get(0).exercises().size());
                } catch (Exception e) {
                    say("could not fill: " + e);
                }
            }
        });

        session.start(OptionalInt.of(3));
        while (!session.isEnded()) {
            clock.advanceMillis(1_000);
            player.tick();
            session.carryOn();
        }
        session.ratePainAfter(2);

        SessionRecord held = store.sessions().get(0);
        say("history holds " + held.exercises().size() + " exercises, ending " + held.ending());
        say("history.db unchanged: " + Arrays.equals(fileBefore[0], Files.readAllBytes(folder.resolve("history.db"))));
        say("held in memory " + recorder.record().exercises().size() + " exercises, ending "
                + recorder.record().ending() + ", pain after " + recorder.record().painAfter().orElse(-1));
        player.noteProperty().get().lines().forEach(line -> say("player: " + line));
        KeepingViewModel end = KeepingViewModel.ofSession(recorder, Runnable::run, sessions -> { });
        KeepingViewModel home = KeepingViewModel.ofRun(unsaved, Runnable::run, sessions -> { });
        say("end: " + end.textProperty().get());
        say("home: " + home.textProperty().get());

        Files.delete(filler);
        while (!retries.isEmpty()) {
            retries.poll().run();
        }
        say("after room, end: " + end.textProperty().get());
        say("after room, home: " + home.textProperty().get());
        store.close();
        try (SqliteHistoryStore again = SqliteHistoryStore.open(folder)) {
            SessionRecord kept = again.sessions().get(0);
            say("reopened: " + kept.exercises().size() + " exercises, ending " + kept.ending() + ", pain before "
                    + kept.painBefore().orElse(-1) + ", after " + kept.painAfter().orElse(-1) + ", same as held: "
                    + kept.exercises().equals(recorder.record().exercises()));
        }
    }

    /** Writes to the filler until the disk refuses a single byte more. */
    private static void fill(Path filler) throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int chunk : new int[] {65_536, 4_096, 1}) {
                byte[] bytes = new byte[chunk];
                try {
                    while (true) {
                        out.write(bytes);
                        out.flush();
                    }
                } catch (IOException full) {
                    // The next, smaller chunk fills what is left.
                }
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
