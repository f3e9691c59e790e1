package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The player's frames through a whole hip session in virtual time, each at the moment the one before asked for: no
 * phase and no numeral is drawn more than 2 ms late (the state is in whole milliseconds; a display frame is 16 ms),
 * the figure moves at its rate and is drawn as it comes to rest, and far fewer frames are drawn than the display's
 * 60 a second.
 */
class FramePacingTest {

    private static final double RING = 229;
    private static Plan plan;

    @BeforeAll
    static void planTheHipSession() throws Exception {
        plan = Planner.plan(Routine.of(BundledCatalogue.load()));
    }

    /** A frame: when (wall nanoseconds from the start) and what the session was then. */
    private record Frame(long at, SessionState state) {}

    private static List<Frame> play(int speed) {
        ManualClock clock = new ManualClock();
        SessionRunner runner = new SessionRunner(plan, clock);
        runner.start();
        runner.setSpeed(speed);
        long start = clock.nanoTime();
        List<Frame> frames = new ArrayList<>();
        for (SessionState state = runner.update(); !state.isFinished(); state = runner.update()) {
            frames.add(new Frame(clock.nanoTime() - start, state));
            clock.advanceNanos(FramePacing.nextFrameNanos(plan, state, RING, true));
        }
        frames.add(new Frame(clock.nanoTime() - start, runner.update()));
        return frames;
    }

    private static TreeMap<Long, Frame> byTime(List<Frame> frames) {
        TreeMap<Long, Frame> map = new TreeMap<>();
        frames.forEach(frame -> map.put(frame.at(), frame));
        return map;
    }

    @ParameterizedTest(name = "at {0}x")
    @ValueSource(ints = {1, 8})
    void everyPhaseAndEveryNumeralIsDrawnWithinTwoMillisecondsOfItsMoment(int speed) {
        TreeMap<Long, Frame> frames = byTime(play(speed));

        for (int i = 0; i < plan.size(); i++) {
            for (long second = 0; second < plan.phase(i).seconds(); second++) {
                long moment = (plan.startMillis(i) + second * 1000) * 1_000_000L / speed;
                Long drawn = frames.ceilingKey(moment);
                assertThat(drawn).as("phase %d, second %d", i, second).isNotNull();
                assertThat(drawn - moment).as("phase %d, second %d drawn late by (ns)", i, second)
                        .isLessThanOrEqualTo(2_000_000L);
            }
        }
        long end = plan.totalMillis() * 1_000_000L / speed;
        assertThat(frames.ceilingKey(end) - end).as("the end").isLessThanOrEqualTo(2_000_000L);
    }

    @ParameterizedTest(name = "at {0}x")
    @ValueSource(ints = {1})
    void theFigureMovesAtItsRateAndIsDrawnAsItComesToRest(int speed) {
        List<Frame> frames = play(speed);
        for (int f = 1; f < frames.size(); f++) {
            Frame before = frames.get(f - 1);
            if (FigureMotion.movingForMillis(plan, before.state()) > 0) {
                assertThat(frames.get(f).at() - before.at()).as("a frame while the figure moves")
                        .isLessThanOrEqualTo(1_000_000_000L / FramePacing.FIGURE_FPS);
            }
        }
        for (int i = 0; i < plan.size(); i++) {
            Phase phase = plan.phase(i);
            if (phase.kind() != Phase.Kind.HOLD) {
                continue;
            }
            long still = (plan.startMillis(i) + Math.min(FigureMotion.MOVE_MILLIS, phase.durationMillis() * 2 / 5))
                    * 1_000_000L;
            long drawn = byTime(frames).ceilingKey(still);
            assertThat(drawn - still).as("hold %d drawn as it comes to rest", i).isLessThanOrEqualTo(2_000_000L);
        }
    }

    @ParameterizedTest(name = "at {0}x")
    @ValueSource(ints = {1})
    void aStillHoldIsDrawnAFewTimesASecondNotSixty(int speed) {
        List<Frame> frames = play(speed);
        int index = plan.phases().indexOf(plan.phases().stream()
                .filter(p -> p.kind() == Phase.Kind.HOLD && p.seconds() == 20).findFirst().orElseThrow());
        long from = (plan.startMillis(index) + FigureMotion.MOVE_MILLIS) * 1_000_000L;
        long to = plan.endMillis(index) * 1_000_000L;
        long inStill = frames.stream().filter(f -> f.at() >= from && f.at() < to).count();
        double perSecond = inStill / ((to - from) / 1e9);

        // A 20-second hold's arc moves on by a 180th of a turn every 111 ms, plus the numeral each second.
        assertThat(perSecond).as("frames a second in a still 20 s hold").isBetween(8.0, 12.0);
        double overall = frames.size() / (plan.totalMillis() / 1000.0);
        assertThat(overall).as("frames a second over the whole session").isLessThan(30);
    }
}
