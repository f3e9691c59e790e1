package org.exerciseplayer.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.StopPlace;
import org.exerciseplayer.history.SessionRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressViewModelTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private Catalogue hip;
    private final List<SessionRecord> sessions = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
    }

    private void session(LocalDate day, int hour, Integer before, Integer after, ExerciseResult.Outcome outcome,
                         StopPlace stop) {
        var started = ZonedDateTime.of(day.atTime(hour, 0), LONDON).toInstant();
        sessions.add(new SessionRecord(sessions.size() + 1, started, Optional.of(started.plusSeconds(1800)), "hip",
                "Hip exercises", Optional.empty(), before == null ? OptionalInt.empty() : OptionalInt.of(before),
                after == null ? OptionalInt.empty() : OptionalInt.of(after),
                stop == null ? SessionRecord.Ending.COMPLETED : SessionRecord.Ending.PAIN_STOP,
                List.of(new ExerciseResult(0, "clam", "Clam exercise", outcome, 20, 20, 0, 20)),
                Optional.ofNullable(stop)));
    }

    private ProgressViewModel model() {
        return new ProgressViewModel(hip, sessions, TODAY, LONDON);
    }

    @Test
    void calendarShowsFourWeeksMondayFirstAgainstTwiceDaily() {
        session(TODAY, 9, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY, 18, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(1), 9, null, null, ExerciseResult.Outcome.DONE, null);

        List<ProgressViewModel.Day> days = model().calendar();

        assertThat(days).hasSize(28);
        assertThat(days.get(0).date().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        ProgressViewModel.Day today = days.stream().filter(d -> d.date().equals(TODAY)).findFirst().orElseThrow();
        assertThat(today.state()).isEqualTo(ProgressViewModel.DayState.MET);
        assertThat(today.text()).isEqualTo("2/2");
        assertThat(today.accessibleText()).isEqualTo("Wednesday, 25 November 2026: 2 of 2 sessions done");
        ProgressViewModel.Day yesterday = days.stream().filter(d -> d.date().equals(TODAY.minusDays(1)))
                .findFirst().orElseThrow();
        assertThat(yesterday.state()).isEqualTo(ProgressViewModel.DayState.SOME);
        assertThat(days).filteredOn(d -> d.date().isAfter(TODAY))
                .allMatch(d -> d.state() == ProgressViewModel.DayState.FUTURE);
        assertThat(days).as("no day before the first session is a missed one")
                .filteredOn(d -> d.date().isBefore(TODAY.minusDays(1)))
                .allMatch(d -> d.state() == ProgressViewModel.DayState.BEFORE_START && d.text().isEmpty());
    }

    @Test
    void onTheFirstDayOnlyThatDayIsCountedAndAPainStopIsShownAsStoppedNotDone() {
        session(TODAY, 9, 3, 3, ExerciseResult.Outcome.DONE, null);
        session(TODAY, 18, 3, 5, ExerciseResult.Outcome.STOPPED,
                new StopPlace("clam", "Clam exercise", "rep", "left", 7, 20));

        ProgressViewModel model = model();

        assertThat(model.adherenceText()).isEqualTo(
                "Since your first session on 25 November 2026: 1 session done of the 2 suggested (twice a day), 50%");
        assertThat(model.stoppedText()).isEqualTo("Not counted as done: 1 stopped for pain, 0 stopped early");
        ProgressViewModel.Day today = model.calendar().stream().filter(d -> d.date().equals(TODAY)).findFirst()
                .orElseThrow();
        assertThat(today.state()).isEqualTo(ProgressViewModel.DayState.SOME);
        assertThat(today.text()).isEqualTo("1/2");
        assertThat(today.stoppedForPain()).isEqualTo(1);
        assertThat(today.accessibleText()).endsWith(": 1 of 2 sessions done, 1 stopped for pain");
        assertThat(model.calendar()).filteredOn(d -> d.state() == ProgressViewModel.DayState.NONE).isEmpty();
    }

    @Test
    void withARoutineOpenTheTitleAndTheDailyTargetAreTheRoutines() {
        // The fixture routine's first exercise is done once a day; the others keep their catalogue's twice.
        var routine = org.exerciseplayer.routine.RoutineFixtures.threeExercises(hip);
        var onceADay = routine.withItems(List.of(routine.item(0)));
        session(TODAY, 9, null, null, ExerciseResult.Outcome.DONE, null);

        ProgressViewModel model = new ProgressViewModel(hip, Optional.of(onceADay), sessions, TODAY, LONDON);

        assertThat(model.title()).contains("Hips for Sam").doesNotContain(hip.title());
        assertThat(model.target()).isEqualTo(1);
        ProgressViewModel.Day today = model.calendar().stream().filter(d -> d.date().equals(TODAY)).findFirst()
                .orElseThrow();
        assertThat(today.state()).isEqualTo(ProgressViewModel.DayState.MET);
        assertThat(today.text()).isEqualTo("1/1");
        assertThat(new ProgressViewModel(hip, Optional.of(routine), sessions, TODAY, LONDON).target()).isEqualTo(2);
        assertThat(model().target()).isEqualTo(2);
    }

    @Test
    void streakCountsDaysInARowUpToTodayOrYesterday() {
        session(TODAY.minusDays(1), 9, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(2), 9, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(4), 9, null, null, ExerciseResult.Outcome.DONE, null);

        assertThat(model().streak()).isEqualTo(2);
        assertThat(model().streakText()).isEqualTo("Current streak: 2 days in a row");
        session(TODAY, 9, null, null, ExerciseResult.Outcome.DONE, null);
        assertThat(model().streak()).isEqualTo(3);
    }

    @Test
    void adherenceCountsTheLastTwelveWeeksFromTheFirstSessionAgainstTheLeafletsTarget() {
        session(TODAY, 9, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(27), 9, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(28), 9, null, null, ExerciseResult.Outcome.DONE, null);

        assertThat(model().adherenceText()).isEqualTo(
                "Since your first session on 28 October 2026: 3 sessions done of the 58 suggested (twice a day), 5%");
        session(TODAY.minusDays(200), 9, null, null, ExerciseResult.Outcome.DONE, null);
        assertThat(model().adherenceText()).isEqualTo(
                "In the last 12 weeks: 3 sessions done of the 168 suggested (twice a day), 2%");
    }

    @Test
    void painRatingsAreTheReportsDailyAveragesByDate() {
        session(TODAY.minusDays(2), 9, 6, 5, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(2), 18, 4, 5, ExerciseResult.Outcome.DONE, null);
        session(TODAY, 9, 4, null, ExerciseResult.Outcome.DONE, null);

        assertThat(model().pain()).containsExactly(
                new org.exerciseplayer.history.PainSeries.Point(TODAY.minusDays(2), Optional.of(5.0),
                        Optional.of(5.0)),
                new org.exerciseplayer.history.PainSeries.Point(TODAY, Optional.of(4.0), Optional.empty()));
        assertThat(model().shortDate(TODAY)).isEqualTo("25 Nov 2026");
    }

    @Test
    void nextMorningAnswersAreListedNewestFirstWithTheirNumbers() {
        session(TODAY.minusDays(2), 9, 3, 3, ExerciseResult.Outcome.DONE, null);
        var checks = List.of(
                org.exerciseplayer.history.MorningCheck.answered(TODAY.minusDays(1).atTime(8, 0).atZone(LONDON)
                        .toInstant(), TODAY.minusDays(1), "hip", org.exerciseplayer.history.MorningCheck.Answer.SAME),
                org.exerciseplayer.history.MorningCheck.rated(TODAY.atTime(8, 0).atZone(LONDON).toInstant(), TODAY,
                        "hip", 5, OptionalInt.of(3)));

        ProgressViewModel model = new ProgressViewModel(hip, Optional.empty(), sessions, checks, TODAY, LONDON);

        assertThat(model.morningLines()).containsExactly(
                "Wednesday, 25 November 2026: worse than before the previous day\u2019s exercise, 5/10 (before: 3/10)",
                "Tuesday, 24 November 2026: the same as before the previous day\u2019s exercise");
    }

    @Test
    void eachExerciseShowsItsHistoryAndPainStopsAreListedNewestFirst() {
        session(TODAY.minusDays(3), 9, null, null, ExerciseResult.Outcome.DONE, null);
        session(TODAY.minusDays(2), 9, null, null, ExerciseResult.Outcome.SKIPPED, null);
        session(TODAY.minusDays(1), 9, null, null, ExerciseResult.Outcome.STOPPED,
                new StopPlace("clam", "Clam exercise", "rep", "left", 7, 20));

        ProgressViewModel.ExerciseLine clam = model().exercises().stream()
                .filter(line -> line.name().equals("Clam exercise")).findFirst().orElseThrow();
        assertThat(clam.done()).isEqualTo(1);
        assertThat(clam.skipped()).isEqualTo(1);
        assertThat(clam.stopped()).isEqualTo(1);
        assertThat(model().exercises()).hasSize(14);
        assertThat(model().painStops()).singleElement().asString().endsWith(": Clam exercise (rep, left, 7/20)");
    }

    @Test
    void aPainStopInARoutineNamesTheRoutine() {
        var started = TODAY.atTime(9, 0).atZone(java.time.ZoneOffset.UTC).toInstant();
        sessions.add(new SessionRecord(1, started, Optional.of(started), "hip", "Hip exercises",
                Optional.of("Hips for Sam"), OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.PAIN_STOP,
                List.of(), Optional.of(new StopPlace("clam", "Clam exercise", "rep", "left", 7, 20, OptionalInt.of(5)))));

        assertThat(model().painStops()).singleElement().asString()
                .endsWith(": Clam exercise (rep, left, 7/20, pain 5/10), in the routine \u201cHips for Sam\u201d");
    }

    @Test
    void aSessionInWhichNothingWasDoneDoesNotCount() {
        session(TODAY, 9, null, null, ExerciseResult.Outcome.DONE, null);
        var started = sessions.get(0).started().plusSeconds(3600);
        sessions.add(new SessionRecord(2, started, Optional.of(started), "hip", "Hip exercises", Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.PAIN_STOP,
                List.of(new ExerciseResult(0, "clam", "Clam exercise", ExerciseResult.Outcome.STOPPED, 0, 0, 0, 20)),
                Optional.empty()));

        assertThat(model().adherenceText()).contains(": 1 session done of the 2");
    }

    @Test
    void otherCataloguesSessionsAreLeftOut() {
        session(TODAY, 9, null, null, ExerciseResult.Outcome.DONE, null);
        sessions.add(new SessionRecord(99, sessions.get(0).started(), Optional.empty(), "knee", "Knee",
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), SessionRecord.Ending.INTERRUPTED,
                List.of(), Optional.empty()));

        assertThat(model().sessions()).hasSize(1);
    }
}
