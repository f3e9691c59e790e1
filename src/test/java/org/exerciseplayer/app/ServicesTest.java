package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SqliteHistoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own history: on disk where it can be, in memory with a plain note where it cannot. */
class ServicesTest {

    @TempDir
    Path folder;

    @Test
    void historyIsKeptOnDiskInTheDataFolder() throws Exception {
        OpenedHistory opened = Services.openHistory(Optional.of(folder.resolve("data")));
        try {
            assertThat(opened.store()).isInstanceOf(SqliteHistoryStore.class);
            assertThat(opened.note()).isEmpty();
            opened.store().sessionStarted(Instant.EPOCH, "hip", "Hip exercises", Optional.empty(), OptionalInt.of(3));
        } finally {
            opened.store().close();
        }
        assertThat(folder.resolve("data/history.db")).exists();
    }

    @Test
    void anUnusableFolderStillLetsTheSessionBePlayedAndSaysWhy() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");

        OpenedHistory opened = Services.openHistory(Optional.of(blocker.resolve("exercise-player")));

        assertThat(opened.store()).isNotInstanceOf(SqliteHistoryStore.class);
        assertThat(opened.note()).hasValueSatisfying(note -> assertThat(note)
                .contains(blocker.toString()).contains("your sessions will not be kept until this is fixed"));
        assertThat(opened.store().notKept()).isEqualTo(opened.note());
        opened.store().sessionStarted(Instant.EPOCH, "hip", "Hip exercises", Optional.empty(), OptionalInt.of(3));
        assertThat(opened.store().sessions()).as("this run's sessions, in memory").hasSize(1);
    }

    @Test
    void aDamagedHistoryIsMovedAsideAndThePersonIsToldWhere() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.write(data.resolve("history.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20});

        OpenedHistory opened = Services.openHistory(Optional.of(data));
        try {
            assertThat(opened.store()).isInstanceOf(SqliteHistoryStore.class);
            assertThat(opened.note()).hasValueSatisfying(note -> assertThat(note).contains("history.db.corrupt-"));
        } finally {
            opened.store().close();
        }
    }

    /** Sound cues that count how often they are made and closed. */
    static final class CountedCues implements org.exerciseplayer.audio.SoundCues, AutoCloseable {
        static int made;
        final org.exerciseplayer.audio.RecordingSoundCues cues = new org.exerciseplayer.audio.RecordingSoundCues();
        int closed;

        CountedCues() {
            made++;
        }

        @Override
        public void close() {
            closed++;
        }

        @Override
        public void play(org.exerciseplayer.audio.Cue cue) {
            cues.play(cue);
        }

        @Override
        public void setMuted(boolean muted) {
            cues.setMuted(muted);
        }

        @Override
        public boolean isMuted() {
            return cues.isMuted();
        }

        @Override
        public void setVolume(double volume) {
            cues.setVolume(volume);
        }

        @Override
        public double volume() {
            return cues.volume();
        }

        @Override
        public java.util.Optional<org.exerciseplayer.audio.PreparedSound> prepare(java.nio.file.Path wav) {
            return cues.prepare(wav);
        }

        @Override
        public org.exerciseplayer.audio.SoundStatus status() {
            return cues.status();
        }

        @Override
        public void addStatusListener(java.util.function.Consumer<org.exerciseplayer.audio.SoundStatus> listener) {
            cues.addStatusListener(listener);
        }

        @Override
        public void removeStatusListener(java.util.function.Consumer<org.exerciseplayer.audio.SoundStatus> listener) {
            cues.removeStatusListener(listener);
        }
    }

    @Test
    void atExitTheCuesThatWereMadeAreClosedAndNothingIsMadeThatWasNot() {
        CountedCues.made = 0;
        Services unused = new Services(org.exerciseplayer.settings.Settings.inMemory(), Services.once(CountedCues::new),
                new org.exerciseplayer.ui.player.RecordingScreenAwake(), Runnable::run,
                new org.exerciseplayer.session.ManualClock());
        unused.close();
        assertThat(CountedCues.made).as("not made only to be closed").isZero();

        Services used = new Services(org.exerciseplayer.settings.Settings.inMemory(), Services.once(CountedCues::new),
                new org.exerciseplayer.ui.player.RecordingScreenAwake(), Runnable::run,
                new org.exerciseplayer.session.ManualClock());
        CountedCues cues = (CountedCues) used.sound().get();
        used.close();
        used.close();
        assertThat(cues.closed).isEqualTo(2);
        assertThat(CountedCues.made).isEqualTo(1);
    }
}
