package org.exerciseplayer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.exerciseplayer.catalogue.BadCatalogueCorpusTest;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.catalogue.Problems;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.PlanJson;
import org.exerciseplayer.session.PlanText;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionState;

/**
 * The one rule every file must follow, whatever it holds (issue 14): either it is refused with problems that each
 * say where and what in plain words, or it validates, plans within the limits and plays its first minute in
 * virtual time. Never an exception, never longer than {@link #MAX_MILLIS}.
 */
final class FileInvariant {

    /** How long reading, planning and a minute of playing may take for one input of the fuzzers' size. */
    static final long MAX_MILLIS = 10_000;
    /** The longest line a problem may print. */
    static final int MAX_PROBLEM_LENGTH = 1_000;

    static final String NAME = "fuzzed.json";

    private FileInvariant() {
    }

    /** Checks the rule for {@code bytes} opened as the app opens a file: a catalogue or a routine. */
    static void holdsFor(byte[] bytes) {
        long start = System.nanoTime();
        RoutineLoader.Opened opened;
        try {
            opened = RoutineLoader.open(NAME, bytes);
        } catch (CatalogueException e) {
            refusedWell(e);
            withinTime(start);
            return;
        }
        boolean isRoutine = opened instanceof RoutineLoader.OpenedRoutine;
        Routine routine = opened instanceof RoutineLoader.OpenedRoutine loaded ? loaded.routine().routine()
                : Routine.of(opened.catalogue());
        playsItsFirstMinute(routine, opened.catalogue(), isRoutine);
        withinTime(start);
    }

    /** Checks the rule for {@code bytes} read as a catalogue only. */
    static void holdsForCatalogue(byte[] bytes) {
        long start = System.nanoTime();
        Catalogue catalogue;
        try {
            catalogue = org.exerciseplayer.catalogue.CatalogueLoader.parse(NAME, bytes);
        } catch (CatalogueException e) {
            refusedWell(e);
            withinTime(start);
            return;
        }
        playsItsFirstMinute(Routine.of(catalogue), catalogue, false);
        withinTime(start);
    }

    static void refusedWell(CatalogueException e) {
        assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(Problems.MAX_REPORTED + 1);
        assertThat(e.count()).isGreaterThanOrEqualTo(e.problems().size() - 1).isPositive();
        for (Problem problem : e.problems()) {
            assertThat(problem.file()).isEqualTo(NAME);
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.line()).isNotNegative();
            if (problem.line() > 0) {
                assertThat(problem.column()).isPositive();
                assertThat(problem.path()).matches("(\\$.*)?");
            }
            String line = problem.toString();
            assertThat(line).hasSizeLessThanOrEqualTo(MAX_PROBLEM_LENGTH);
            // The message's own words, without what it quotes of the file (which may hold any words at all).
            String words = problem.message().replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"")
                    .replaceAll("'[^']*'", "'…'");
            assertThat(words).doesNotContain(BadCatalogueCorpusTest.PARSER_WORDING);
            assertThat(line.chars()).noneMatch(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069);
        }
    }

    /**
     * A routine is one session and fits its limits; a catalogue, which may be a library of several sessions, has
     * each exercise within them and fits a catalogue's limit as a whole.
     */
    static void playsItsFirstMinute(Routine routine, Catalogue catalogue, boolean isSession) {
        PlanSize size = Planner.size(routine);
        if (isSession) {
            assertThat(size.fits()).as("a routine that validates fits in a session: %s", size).isTrue();
        } else {
            assertThat(size.fitsCatalogue()).as("a catalogue that validates fits its limit: %s", size).isTrue();
            for (Routine.Entry entry : routine.entries()) {
                assertThat(PlanSize.of(entry.dose(), entry.exercise().pacing()).fits()).isTrue();
            }
        }
        Plan plan = Planner.plan(routine);
        assertThat(new PlanSize(plan.size(), plan.totalSeconds())).isEqualTo(size);
        assertThat(PlanText.render(plan, catalogue)).isNotEmpty();
        assertThat(PlanJson.render(plan, catalogue)).isNotEmpty();

        ManualClock clock = new ManualClock();
        SessionRunner runner = new SessionRunner(plan, clock);
        runner.start();
        for (int step = 0; step < 240 && runner.state().status() == SessionRunner.Status.RUNNING; step++) {
            clock.advance(Duration.ofMillis(250));
            SessionState state = runner.update();
            assertThat(state.phaseIndex()).isBetween(0, plan.size());
        }
    }

    private static void withinTime(long start) {
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(MAX_MILLIS);
    }
}
