package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.Test;

/**
 * The voice's timing rules, in the engine's virtual time, with a fake engine whose phrases last 55 ms a letter (about
 * espeak-ng's normal rate): over whole sessions of the hip leaflet, a phrase announcing a phase ends before that phase
 * begins, two phrases never overlap, every phrase starts on its instant, and the counted seconds fall on the
 * countdown's seconds.
 */
class VoiceCoachTimingTest {

    private static final String[] EVERY_SHAPE = {"lower-back-rotations", "single-leg-knee-hugs", "single-leg-rotations",
        "hip-flexor-stretch", "inner-thigh-stretch", "deep-core-activation", "single-leg-stretch", "clam",
        "donkey-kicks"};

    @Test
    void overAWholeSessionNoTwoPhrasesOverlapAndEachStartsOnItsInstant() {
        CoachRun run = CoachRun.of(Verbosity.FULL, EVERY_SHAPE).start().runToEnd();

        List<FakeEngine.Said> said = run.engine.said;
        assertThat(said).hasSizeGreaterThan(300);
        for (int k = 1; k < said.size(); k++) {
            assertThat(said.get(k).startNanos).as("%s starts after %s has ended", said.get(k), said.get(k - 1))
                    .isGreaterThanOrEqualTo(said.get(k - 1).endNanos());
        }
        assertThat(run.heard).allSatisfy(heard -> assertThat(heard.lateNanos()).as(heard.text()).isZero());
        Plan plan = run.session.plan();
        assertThat(run.heard).as("every exercise's get-ready, after each check")
                .filteredOn(heard -> heard.kind() == Line.Kind.GET_READY
                        && heard.line().phaseIndex() == plan.firstPhaseOf(plan.phase(heard.line().phaseIndex())
                        .exerciseIndex()))
                .hasSize(plan.exerciseCount());
        assertThat(run.heard).as("every check").filteredOn(heard -> heard.text().contains("Is your pain any worse?"))
                .hasSize(plan.exerciseCount() - 1);
    }

    @Test
    void everyPhraseEndsBeforeThePhaseItAnnouncesBeginsAndWithinItsOwnPhase() {
        CoachRun run = CoachRun.of(Verbosity.FULL, EVERY_SHAPE).start().runToEnd();
        Plan plan = run.session.plan();

        List<VoiceCoach.Heard> timed = run.heard.stream().filter(heard -> heard.line() != null).toList();
        assertThat(timed).hasSizeGreaterThan(300);
        long checks = 0;
        for (VoiceCoach.Heard heard : timed) {
            long lengthMillis = run.engine.lengthMillis(heard.text());
            long startPlan = planOf(run, heard);
            assertThat(startPlan + lengthMillis).as("\"%s\" ends by its deadline", heard.text())
                    .isLessThanOrEqualTo(heard.line().endByMillis());
            assertThat(startPlan + lengthMillis).as("\"%s\" ends within its phase", heard.text())
                    .isLessThanOrEqualTo(plan.endMillis(heard.line().phaseIndex()));
            checks++;
        }
        assertThat(checks).isEqualTo(timed.size());
    }

    @Test
    void theCountedSecondsFallOnTheCountdownsSeconds() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch", "single-leg-rotations").start().runToEnd();
        Plan plan = run.session.plan();

        List<SessionEvent.CountdownTick> ticks = run.events.stream()
                .filter(SessionEvent.CountdownTick.class::isInstance).map(SessionEvent.CountdownTick.class::cast)
                .filter(tick -> tick.phase().kind().isWork()).toList();
        List<VoiceCoach.Heard> counts = run.heard.stream().filter(h -> h.kind() == Line.Kind.COUNTDOWN).toList();
        assertThat(counts).hasSize(ticks.size()).hasSizeGreaterThan(20);
        for (int k = 0; k < ticks.size(); k++) {
            SessionEvent.CountdownTick tick = ticks.get(k);
            long tickPlan = plan.endMillis(tick.phaseIndex()) - tick.secondsLeft() * 1000L;
            assertThat(planOf(run, counts.get(k))).as("count %d of phase %d", tick.secondsLeft(), tick.phaseIndex())
                    .isEqualTo(tickPlan);
            assertThat(counts.get(k).text()).isEqualTo(Integer.toString(tick.secondsLeft()));
        }
    }

    @Test
    void atEightTimesTheSpeedLessIsSaidAndStillNothingOverlapsOrIsLate() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "lower-back-rotations", "hip-flexor-stretch", "clam").start();
        run.act(() -> run.session.setSpeed(8));
        run.act(run.coach::speedChanged);
        run.runToEnd();

        List<FakeEngine.Said> said = run.engine.said;
        for (int k = 1; k < said.size(); k++) {
            assertThat(said.get(k).startNanos).isGreaterThanOrEqualTo(said.get(k - 1).endNanos());
        }
        assertThat(run.heard).allSatisfy(heard -> assertThat(heard.lateNanos()).isZero());
        CoachRun normal = CoachRun.of(Verbosity.FULL, "lower-back-rotations", "hip-flexor-stretch", "clam").start()
                .runToEnd();
        assertThat(said.size()).isLessThan(normal.engine.said.size() / 2);
    }

    @Test
    void aPhraseTooLongForItsTimeIsShortenedAndOneThatCannotBeShortenedEnoughIsLeftOut() {
        CoachRun normal = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch").start().run(10_000);
        CoachRun slow = new CoachRun(normal.session.setup(), Verbosity.FULL, 150).start().run(10_000);
        CoachRun slowest = new CoachRun(normal.session.setup(), Verbosity.FULL, 400).start().run(10_000);

        String full = normal.engine.said.get(0).text;
        assertThat(full).isEqualTo("Hip flexor stretch, right side. Start in a kneeling position. "
                + "Hold for 20 seconds, 3 times.");
        assertThat(slow.engine.said.get(0).text).isEqualTo("Hip flexor stretch, right side. Hold for 20 seconds, "
                + "3 times.");
        assertThat(slowest.engine.said).extracting(said -> said.text).doesNotContain(full)
                .allSatisfy(text -> assertThat(text).isNotEqualTo("Hip flexor stretch, right side. Hold for 20 "
                        + "seconds, 3 times."));
        assertThat(slowest.heard).allSatisfy(heard -> assertThat(planOf(slowest, heard)
                + slowest.engine.lengthMillis(heard.text())).isLessThanOrEqualTo(heard.line().endByMillis()));
    }

    @Test
    void aPhraseNotRenderedInTimeIsLeftOutRatherThanSaidLate() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch");
        run.engine.rendered(text -> !text.startsWith("Hip flexor") && !text.equals("2"));
        run.start().run(90_000);

        assertThat(run.engine.texts()).noneMatch(text -> text.startsWith("Hip flexor")).doesNotContain("2")
                .contains("3", "1", "Release. Next, 2 of 3.");
        assertThat(run.heard).allSatisfy(heard -> assertThat(heard.lateNanos()).isZero());
    }

    private static long planOf(CoachRun run, VoiceCoach.Heard heard) {
        return run.planMillis(heard.startedNanos());
    }

    static List<String> texts(List<VoiceCoach.Heard> heard) {
        List<String> texts = new ArrayList<>();
        heard.forEach(h -> texts.add(h.text()));
        return texts;
    }
}
