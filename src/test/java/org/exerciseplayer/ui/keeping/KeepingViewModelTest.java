package org.exerciseplayer.ui.keeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.FillingHistoryStore;
import org.exerciseplayer.history.HistoryStore;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecorder;
import org.exerciseplayer.history.UnsavedSessions;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the end screen and home say about sessions not in the history, and what their buttons do: no toolkit. */
class KeepingViewModelTest {

    private final ManualClock clock = new ManualClock();
    private final UnsavedSessions unsaved = new UnsavedSessions();
    private final List<List<SessionRecorder>> savedToFile = new ArrayList<>();
    private Catalogue hip;

    @TempDir
    java.nio.file.Path folder;

    @BeforeEach
    void load() throws Exception {
        hip = BundledCatalogue.load();
    }

    /** Plays a session of two exercises to the end on {@code history}; returns its recorder. */
    private SessionRecorder play(HistoryStore history) {
        Routine routine = Routine.of(List.of(hip.exercise("inner-thigh-stretch").orElseThrow(),
                hip.exercise("hip-flexor-stretch").orElseThrow()));
        Session session = new Session(new SessionSetup(hip, routine, List.of(), PainRule.anyIncrease(),
                Optional.empty()), clock);
        SessionRecorder recorder = new SessionRecorder(() -> history, hip, Optional.empty(), Runnable::run,
                Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC), problem -> { });
        session.addListener(recorder);
        unsaved.add(recorder);
        session.start(OptionalInt.empty());
        while (!session.isEnded()) {
            clock.advanceMillis(250);
            session.update();
            session.carryOn();
        }
        return recorder;
    }

    @Test
    void aSessionTheDiskDidNotTakeSaysSoUntilItIsSavedAfterAll() {
        FillingHistoryStore disk = new FillingHistoryStore();
        disk.fillAfterExercises = 1;
        SessionRecorder recorder = play(disk);
        KeepingViewModel end = KeepingViewModel.ofSession(recorder, Runnable::run, savedToFile::add);

        assertThat(end.textProperty().get()).isEqualTo("This session is not in your history yet. "
                + FillingHistoryStore.FULL + " Everything you did is kept while Exercise Player stays open, and saving "
                + "is tried again every minute. To be sure of it, save it to a file.");
        assertThat(end.retryableProperty().get()).isTrue();
        assertThat(end.saveableProperty().get()).isTrue();
        end.saveToFile();
        assertThat(savedToFile).containsExactly(List.of(recorder));
        recorder.savedTo("/home/sam/today.csv");
        assertThat(end.textProperty().get()).endsWith("save it to a file. It was saved to /home/sam/today.csv.");

        end.retry(); // still full
        assertThat(end.retryableProperty().get()).isTrue();
        disk.full = false;
        end.retry();

        assertThat(end.textProperty().get()).isEqualTo("This session is now saved in your history.");
        assertThat(end.retryableProperty().get()).isFalse();
        assertThat(end.saveableProperty().get()).isFalse();
        assertThat(disk.kept.sessions().get(0).exercises()).hasSize(2);
    }

    @Test
    void aSessionSavedAllAlongSaysNothing() {
        FillingHistoryStore disk = new FillingHistoryStore();
        KeepingViewModel end = KeepingViewModel.ofSession(play(disk), Runnable::run, savedToFile::add);

        assertThat(end.textProperty().get()).isEmpty();
        assertThat(end.saveableProperty().get()).isFalse();
    }

    @Test
    void aHistoryThatKeepsNothingSaysWhyOnTheEndScreenAndCountsTheSessionsOnHome() throws Exception {
        java.nio.file.Path blocker = java.nio.file.Files.writeString(folder.resolve("not-a-folder"), "x");
        OpenedHistory opened = OpenedHistory.open(blocker.resolve("exercise-player"));
        String why = opened.note().orElseThrow();
        KeepingViewModel home = KeepingViewModel.ofRun(unsaved, Runnable::run, savedToFile::add);
        assertThat(home.textProperty().get()).isEmpty();

        SessionRecorder first = play(opened.store());
        KeepingViewModel end = KeepingViewModel.ofSession(first, Runnable::run, savedToFile::add);
        assertThat(end.textProperty().get()).isEqualTo("This session is not kept in your history. " + why
                + " Save it to a file to keep it.");
        assertThat(end.retryableProperty().get()).as("trying again would not help").isFalse();
        assertThat(home.textProperty().get()).isEqualTo("One session played since Exercise Player opened is not kept "
                + "in your history. Save it to a file to keep it.");

        SessionRecorder second = play(opened.store());
        assertThat(home.textProperty().get()).isEqualTo("2 sessions played since Exercise Player opened are not kept "
                + "in your history. Save them to a file to keep them.");
        home.saveToFile();
        assertThat(savedToFile).containsExactly(List.of(first, second));
        first.savedTo("/home/sam/both.csv");
        second.savedTo("/home/sam/both.csv");
        assertThat(home.textProperty().get()).endsWith("Save them to a file to keep them. They were saved to "
                + "/home/sam/both.csv.");
    }

    @Test
    void homeSaysWhySessionsAreNotSavedYetAndTryingAgainSavesThem() {
        FillingHistoryStore disk = new FillingHistoryStore();
        disk.full = true;
        KeepingViewModel home = KeepingViewModel.ofRun(unsaved, Runnable::run, savedToFile::add);
        play(disk);

        assertThat(home.textProperty().get()).isEqualTo("One session from this run is not in your history yet. "
                + FillingHistoryStore.FULL + " Everything in it is kept while Exercise Player stays open, and saving "
                + "is tried again every minute. To be sure of it, save it to a file.");
        assertThat(home.retryableProperty().get()).isTrue();
        disk.full = false;
        home.retry();
        assertThat(home.textProperty().get()).isEmpty();
        assertThat(disk.kept.sessions()).hasSize(1);

        home.dispose();
        disk.full = true;
        play(disk);
        assertThat(home.textProperty().get()).as("no longer following once disposed").isEmpty();
    }
}
