package org.exerciseplayer.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.history.SessionRecord;
import org.junit.jupiter.api.Test;

class ReminderSlotsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final ReminderSlots slots = new ReminderSlots(ReminderTimes.parse("08:00,18:00"), LONDON);
    private final List<SessionRecord> sessions = new ArrayList<>();

    private void session(int hour, int minute, SessionRecord.Ending ending) {
        var at = DAY.atTime(hour, minute).atZone(LONDON).toInstant();
        sessions.add(new SessionRecord(sessions.size() + 1, at, Optional.of(at.plusSeconds(1200)), "hip", "Hip",
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), ending, List.of(), Optional.empty()));
    }

    private ReminderSlots.Slot slot(int index) {
        return slots.next(DAY.atTime(index == 0 ? LocalTime.of(7, 0) : LocalTime.of(12, 0)).atZone(LONDON));
    }

    @Test
    void theNextSlotIsTodaysNextTimeOrTomorrowsFirst() {
        assertThat(slots.next(ZonedDateTime.of(DAY.atTime(7, 59), LONDON)).at())
                .isEqualTo(ZonedDateTime.of(DAY.atTime(8, 0), LONDON));
        assertThat(slots.next(ZonedDateTime.of(DAY.atTime(8, 0), LONDON)).index()).isEqualTo(1);
        ReminderSlots.Slot tomorrow = slots.next(ZonedDateTime.of(DAY.atTime(18, 0), LONDON));
        assertThat(tomorrow.day()).isEqualTo(DAY.plusDays(1));
        assertThat(tomorrow.index()).isZero();
    }

    @Test
    void noReminderOnceThatSlotsSessionIsDoneEvenIfDoneEarly() {
        assertThat(slots.isDue(slot(0), sessions)).isTrue();
        session(7, 30, SessionRecord.Ending.COMPLETED);
        assertThat(slots.isDue(slot(0), sessions)).as("done at 07:30, before the 08:00 reminder").isFalse();
        assertThat(slots.isDue(slot(1), sessions)).as("the evening's is still to do").isTrue();
        session(12, 30, SessionRecord.Ending.COMPLETED);
        assertThat(slots.isDue(slot(1), sessions)).as("a second session after midday fills the evening").isFalse();
    }

    @Test
    void aPainStopOrAStoppedSessionDoesNotFillASlot() {
        session(8, 5, SessionRecord.Ending.PAIN_STOP);
        session(8, 40, SessionRecord.Ending.STOPPED);

        assertThat(slots.isDue(slot(0), sessions)).isTrue();
    }

    @Test
    void twoSessionsBeforeMiddayDoNotSilenceTheEveningsReminderOnlyBothSlotsByTheEvening() {
        session(7, 0, SessionRecord.Ending.COMPLETED);
        session(9, 0, SessionRecord.Ending.COMPLETED);

        assertThat(slots.isDone(slot(0), sessions)).isTrue();
        assertThat(slots.isDue(slot(1), sessions)).isFalse();
    }

    @Test
    void timesAreReadAsPeopleTypeThemAndDefaultToTheSessionsADay() {
        assertThat(ReminderTimes.parse(" 18:00, 8:00 ").format()).isEqualTo("08:00,18:00");
        assertThat(ReminderTimes.defaults(2).format()).isEqualTo("08:00,18:00");
        assertThat(ReminderTimes.defaults(1).format()).isEqualTo("08:00");
        assertThat(ReminderTimes.defaults(3).format()).isEqualTo("08:00,13:00,18:00");
        assertThatThrownBy(() -> ReminderTimes.parse("8am")).hasMessageContaining("\"8am\" is not a time of day");
        assertThatThrownBy(() -> ReminderTimes.parse("")).hasMessageContaining("from 1 to 6");
    }
}
