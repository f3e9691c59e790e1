package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.Test;

/** What the voice does when the person acts: pause, resume, answer, go back, skip, mute, stop. */
class VoiceCoachTest {

    private static final String GET_READY = "Hip flexor stretch, right side. Start in a kneeling position. "
            + "Hold for 20 seconds, 3 times.";

    @Test
    void pauseSilencesAtOnceAndResumingDoesNotSayAgainWhatWasCut() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch").start().run(1500);
        assertThat(run.engine.said).hasSize(1);

        long pausedAt = run.clock.nanoTime();
        run.act(run.session::pause);
        assertThat(run.engine.said.get(0).text).isEqualTo(GET_READY);
        assertThat(run.engine.said.get(0).stoppedNanos).as("silent at the instant of the pause").isEqualTo(pausedAt);
        run.run(20_000);
        assertThat(run.engine.said).as("nothing is said while paused").hasSize(1);

        run.act(run.session::resume).run(40_000);
        assertThat(run.engine.texts()).as("the cut phrase is not said again").containsOnlyOnce(GET_READY)
                .contains("3", "2", "1", "Release. Next, 2 of 3.");
    }

    @Test
    void aCountCutByAPauseIsNotSaidAgainAndTheCountsStillToComeFallOnTheirSeconds() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch").start();
        Plan plan = run.session.plan();
        run.runToPlan(plan.endMillis(1) - 3000);
        run.run(60);
        assertThat(run.engine.said.get(run.engine.said.size() - 1).text).isEqualTo("3");

        run.act(run.session::pause).run(5000).act(run.session::resume);
        long resumedAt = run.clock.nanoTime();
        long planAtResume = run.session.state().elapsedMillis();
        run.run(3000);

        List<FakeEngine.Said> afterResume = run.engine.said.stream().filter(said -> said.startNanos >= resumedAt)
                .toList();
        assertThat(afterResume).extracting(said -> said.text).startsWith("2", "1", "Release. Next, 2 of 3.");
        assertThat(afterResume.get(0).startNanos - resumedAt).as("\"2\" falls on the second two seconds before the end")
                .isEqualTo((plan.endMillis(1) - 2000 - planAtResume) * 1_000_000L);
        assertThat(run.engine.said.get(run.engine.said.indexOf(afterResume.get(0)) - 1).wasCut()).isTrue();
    }

    @Test
    void theCheckIsSaidWhenAskedAndSilencedWhenAnswered() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "inner-thigh-stretch", "clam").start();
        while (run.session.question().isEmpty()) {
            run.run(16);
        }
        run.run(1000);
        FakeEngine.Said check = run.engine.said.get(run.engine.said.size() - 1);
        assertThat(check.text).isEqualTo("Release. Next: Clam exercise. Is your pain any worse? If not, press Enter "
                + "to carry on. If it is, press P to stop.");

        long answeredAt = run.clock.nanoTime();
        run.act(run.session::carryOn);
        assertThat(check.stoppedNanos).isEqualTo(answeredAt);
        run.run(1000);
        assertThat(run.engine.said.get(run.engine.said.size() - 1).text).startsWith("Clam exercise, right side.");
    }

    @Test
    void thePainQuestionIsSaidAndAPainStopSaysWhyItStoppedWithTheLeafletsRule() {
        CoachRun run = CoachRun.of(Verbosity.COUNTS, "clam").start().run(12_000);

        run.act(run.session::reportPain);
        assertThat(run.engine.texts()).as("counts only asks nothing aloud").allMatch(text -> text.matches("\\d+"));
        run.act(run.session::stopForPain).run(100);

        assertThat(run.engine.said.get(run.engine.said.size() - 1).text).isEqualTo(
                "The session has stopped because your pain got worse. " + CoachRun.hip().safety().stopRule());
        assertThat(run.timer.isClosed()).isTrue();
    }

    @Test
    void fullSpeechAsksThePainQuestionAndGoesOnAfterTheAnswer() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "clam").start().run(12_000);
        int before = run.engine.said.size();

        run.act(run.session::reportPain);
        assertThat(run.engine.said.get(run.engine.said.size() - 1).text).startsWith("Is your pain getting worse?");
        run.act(run.session::carryOn).run(8000);

        assertThat(run.engine.said.size()).isGreaterThan(before + 1);
        assertThat(run.engine.said.get(run.engine.said.size() - 1).text).matches("\\d+");
    }

    @Test
    void goingBackSaysTheExercisesGetReadyAgainAndSkippingSilencesThePhraseUnderWay() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch").start().run(15_000);
        run.act(run.session::back).run(1000);
        assertThat(run.engine.texts()).containsSubsequence(GET_READY, GET_READY);

        long skippedAt = run.clock.nanoTime();
        run.act(run.session::skipPhase);
        FakeEngine.Said cut = run.engine.said.stream().filter(said -> said.startNanos < skippedAt)
                .reduce((a, b) -> b).orElseThrow();
        assertThat(cut.text).isEqualTo(GET_READY);
        assertThat(cut.stoppedNanos).isEqualTo(skippedAt);
    }

    @Test
    void mutedTheVoiceIsSilentAtOnceAndSpeaksAgainWhenUnmuted() {
        CoachRun run = CoachRun.of(Verbosity.FULL, "hip-flexor-stretch").start().run(1000);
        long mutedAt = run.clock.nanoTime();
        run.engine.mute(true);
        run.act(() -> run.coach.mutedChanged(true)).run(40_000);
        assertThat(run.engine.said).hasSize(1);
        assertThat(run.engine.said.get(0).stoppedNanos).isEqualTo(mutedAt);

        run.engine.mute(false);
        run.act(() -> run.coach.mutedChanged(false)).run(30_000);
        assertThat(run.engine.said).hasSizeGreaterThan(3);
    }

    @Test
    void aCompletedSessionEndsWithReleaseAndWellDoneAndAStoppedOneSaysSo() {
        CoachRun completed = CoachRun.of(Verbosity.FULL, "inner-thigh-stretch").start().runToEnd();
        CoachRun stopped = CoachRun.of(Verbosity.BRIEF, "inner-thigh-stretch").start().run(3000);
        stopped.act(stopped.session::requestEnd);
        assertThat(stopped.engine.said.get(stopped.engine.said.size() - 1).text).isEqualTo(
                "End now? Escape again ends it.");
        stopped.act(stopped.session::confirmEnd).run(100);

        assertThat(completed.engine.said.get(completed.engine.said.size() - 1).text).isEqualTo(
                "Release. Well done. That is the end of the session.");
        assertThat(stopped.engine.said.get(stopped.engine.said.size() - 1).text).isEqualTo("Session ended.");
    }
}
