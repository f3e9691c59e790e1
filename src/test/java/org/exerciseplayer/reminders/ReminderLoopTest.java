package org.exerciseplayer.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.history.SessionRecord;
import org.junit.jupiter.api.Test;

/** A day of reminders in microseconds: a manual clock and a scheduler that runs what is due as time moves on. */
class ReminderLoopTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private Instant now = DAY.atTime(6, 0).atZone(LONDON).toInstant();
    private Runnable task;
    private Instant taskAt;
    private final List<String> reminded = new ArrayList<>();
    private final List<SessionRecord> sessions = new ArrayList<>();
    private ReminderTimes times = ReminderTimes.parse("08:00,18:00");
    private boolean enabled = true;

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return LONDON;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private ReminderLoop loop() {
        return new ReminderLoop(clock, (delay, run) -> {
            task = run;
            taskAt = now.plus(delay);
            return () -> task = null;
        }, () -> times, () -> sessions, () -> enabled,
                slot -> reminded.add(slot.day() + " " + slot.time()));
    }

    /** Moves the clock to {@code until}, running each wake when it falls due. */
    private void advanceTo(Instant until) {
        while (task != null && !taskAt.isAfter(until)) {
            now = taskAt.isAfter(now) ? taskAt : now;
            Runnable run = task;
            task = null;
            run.run();
        }
        now = until;
    }

    private Instant at(int day, int hour, int minute) {
        return DAY.plusDays(day).atTime(hour, minute).atZone(LONDON).toInstant();
    }

    @Test
    void remindsAtEachTimeUnlessThatSlotsSessionIsDone() {
        ReminderLoop loop = loop();
        loop.start();

        advanceTo(at(0, 7, 59));
        assertThat(reminded).isEmpty();
        advanceTo(at(0, 8, 1));
        assertThat(reminded).containsExactly("2026-12-01 08:00");

        Instant evening = at(0, 12, 0);
        sessions.add(new SessionRecord(1, evening, Optional.of(evening.plusSeconds(2000)), "hip", "Hip",
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.COMPLETED, List.of(),
                Optional.empty()));
        advanceTo(at(0, 18, 5));
        assertThat(reminded).as("the 12:00 session filled only the morning's slot").hasSize(2);
        sessions.add(new SessionRecord(2, at(0, 17, 0), Optional.empty(), "hip", "Hip", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.COMPLETED, List.of(), Optional.empty()));
        advanceTo(at(1, 8, 5));
        assertThat(reminded).containsExactly("2026-12-01 08:00", "2026-12-01 18:00", "2026-12-02 08:00");
        loop.close();
        advanceTo(at(2, 8, 5));
        assertThat(reminded).hasSize(3);
    }

    @Test
    void aSessionDoneBeforeTheTimeSilencesItsReminder() {
        sessions.add(new SessionRecord(1, at(0, 7, 30), Optional.empty(), "hip", "Hip", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.COMPLETED, List.of(), Optional.empty()));
        loop().start();

        advanceTo(at(0, 9, 0));

        assertThat(reminded).isEmpty();
    }

    @Test
    void aComputerThatSleptThroughATimeRemindsOnWakingButNotHoursLate() {
        loop().start();
        now = at(0, 8, 30);
        advanceTo(at(0, 8, 31));
        assertThat(reminded).containsExactly("2026-12-01 08:00");

        now = at(0, 21, 0);
        advanceTo(at(0, 21, 1));
        assertThat(reminded).as("the 18:00 reminder is three hours late: dropped").hasSize(1);
    }

    @Test
    void newTimesAndSwitchingOffTakeEffectAtOnce() {
        ReminderLoop loop = loop();
        loop.start();
        times = ReminderTimes.parse("07:00,20:00");
        loop.timesChanged();
        assertThat(loop.pending().time()).isEqualTo(LocalTime.of(7, 0));

        advanceTo(at(0, 7, 1));
        enabled = false;
        advanceTo(at(0, 20, 1));

        assertThat(reminded).containsExactly("2026-12-01 07:00");
        assertThat(Duration.between(now, taskAt)).isLessThanOrEqualTo(ReminderLoop.WAKE);
    }
}
