package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.Moment;
import org.exerciseplayer.figure.Pose;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which pose the figure shows through a whole hip session, and that every bundled exercise has one for each phase. */
class FigureMotionTest {

    private static Catalogue hip;
    private static Plan plan;

    @BeforeAll
    static void planTheHipSession() throws Exception {
        hip = BundledCatalogue.load();
        plan = Planner.plan(Routine.of(hip));
    }

    /** The state a given time into a phase, as the runner would report it. */
    private static SessionState at(int phaseIndex, double seconds) {
        Phase phase = plan.phase(phaseIndex);
        long elapsed = Math.round(seconds * 1000);
        return new SessionState(SessionRunner.Status.RUNNING, phaseIndex, phase, phase.exerciseIndex(), elapsed,
                phase.durationMillis() - elapsed, plan.startMillis(phaseIndex) + elapsed,
                plan.totalMillis() - plan.startMillis(phaseIndex) - elapsed, 1, false, null);
    }

    private static FigureMotion.Shown shown(int phaseIndex, double seconds) {
        return FigureMotion.at(plan, at(phaseIndex, seconds)).orElseThrow();
    }

    private static Figure figure(int phaseIndex) {
        return exercise(phaseIndex).figure().orElseThrow();
    }

    private static Exercise exercise(int phaseIndex) {
        return plan.routine().entry(plan.phase(phaseIndex).exerciseIndex()).exercise();
    }

    private static int first(String exerciseId, Phase.Kind kind) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.phase(i).exerciseId().equals(exerciseId) && plan.phase(i).kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " in " + exerciseId);
    }

    /** The same pose to within a hundredth of a degree (times are whole milliseconds). */
    private static void assertNear(Pose actual, Pose expected) {
        assertThat(actual.position()).isEqualTo(expected.position());
        for (org.exerciseplayer.figure.Joint joint : org.exerciseplayer.figure.Joint.values()) {
            for (int i = 0; i < joint.angles().size(); i++) {
                assertThat(actual.angle(joint, i)).as(joint.word() + " " + joint.angles().get(i).name())
                        .isCloseTo(expected.angle(joint, i), org.assertj.core.data.Offset.offset(0.01));
            }
        }
    }

    @Test
    void everyBundledExerciseHasAFigureThatMovesForEveryPhaseItUses() {
        for (Exercise exercise : hip.exercises()) {
            assertThat(exercise.figure()).as(exercise.id()).isPresent();
            Figure figure = exercise.figure().get();
            List<Pose> movement = figure.movement(0);
            assertThat(movement).as(exercise.id() + " movement").hasSizeGreaterThanOrEqualTo(2);
            assertThat(movement.get(movement.size() - 1)).as(exercise.id() + " moves").isNotEqualTo(movement.get(0));
            assertThat(figure.highlight()).as(exercise.id() + " highlight").isNotEmpty();
            Dose dose = exercise.dose();
            assertThat(figure.preparation().isEmpty()).as(exercise.id() + " preparation")
                    .isEqualTo(dose.preparation().isEmpty());
            if (!dose.directions().isNone()) {
                assertThat(figure.movement(1)).as(exercise.id() + " second direction").isNotEqualTo(movement);
            }
            for (Moment.Stage stage : Moment.Stage.values()) {
                for (double share = 0; share <= 1; share += 0.125) {
                    for (boolean otherSide : new boolean[] {false, true}) {
                        Moment moment = new Moment(stage, 0, share, otherSide);
                        assertThat(Drawing.body(figure, moment).lowest()).as(exercise.id() + " on the floor")
                                .isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
                    }
                }
            }
        }
        for (int i = 0; i < plan.size(); i++) {
            Phase phase = plan.phase(i);
            FigureMotion.Shown start = shown(i, 0);
            FigureMotion.Shown middle = shown(i, phase.seconds() * 0.37);
            assertThat(start.otherSide()).as(i + " " + phase).isEqualTo(phase.side() == Side.LEFT);
            if (phase.kind().isWork()) {
                assertThat(middle.pose()).as("the figure moves during " + i + " " + phase)
                        .isNotEqualTo(start.pose());
            }
        }
    }

    @Test
    void aHoldMovesIntoTheHeldPositionThenStaysWhileTheCountdownRuns() {
        int hold = first("hip-flexor-stretch", Phase.Kind.HOLD);
        Figure figure = figure(hold);

        assertThat(shown(hold, 0).pose()).isEqualTo(figure.poses().get("half-kneeling"));
        assertThat(shown(hold, 1).pose()).isNotEqualTo(figure.poses().get("half-kneeling"))
                .isNotEqualTo(figure.poses().get("lean-forward"));
        assertThat(shown(hold, 2.5).pose()).isEqualTo(figure.poses().get("lean-forward"));
        assertThat(shown(hold, 12).pose()).isEqualTo(figure.poses().get("lean-forward"));
        assertThat(shown(hold, 20).pose()).isEqualTo(figure.poses().get("lean-forward"));
        int rest = hold + 1;
        assertThat(plan.phase(rest).kind()).isEqualTo(Phase.Kind.REST);
        assertThat(shown(rest, 0).pose()).isEqualTo(figure.poses().get("lean-forward"));
        assertThat(shown(rest, 5).pose()).isEqualTo(figure.poses().get("half-kneeling"));
    }

    @Test
    void aPacedRepetitionGoesOutAndBackOnce() {
        int rep = first("clam", Phase.Kind.REP);
        Figure figure = figure(rep);

        assertThat(shown(rep, 0).pose()).isEqualTo(figure.poses().get("knees-together"));
        assertThat(shown(rep, 2).pose()).isEqualTo(figure.poses().get("knees-open"));
        assertThat(shown(rep, 4).pose()).isEqualTo(figure.poses().get("knees-together"));
    }

    @Test
    void theLeftSideIsMirroredAndTheSwitchShowsTheNewSideStartingPosition() {
        int switchToLeft = first("clam", Phase.Kind.SWITCH);
        Figure figure = figure(switchToLeft);

        assertThat(plan.phase(switchToLeft).side()).isEqualTo(Side.LEFT);
        assertThat(shown(switchToLeft, 0).otherSide()).isTrue();
        assertThat(shown(switchToLeft, 0).pose()).isEqualTo(figure.start());
        assertThat(shown(switchToLeft - 1, 0).otherSide()).isFalse();
    }

    @Test
    void aTimedMovementCirclesOncePerTempoAndTheOtherDirectionGoesRoundTheOtherWay() {
        int clockwise = first("single-leg-rotations", Phase.Kind.TIMED);
        Figure figure = figure(clockwise);
        int anticlockwise = clockwise + 3;
        assertThat(plan.phase(anticlockwise).kind()).isEqualTo(Phase.Kind.TIMED);
        assertThat(plan.phase(anticlockwise).direction()).isEqualTo("anticlockwise");

        // 30 seconds at about 4 seconds a circle: 8 whole circles of 3.75 seconds, ending where they began.
        assertThat(shown(clockwise, 0).pose()).isEqualTo(figure.poses().get("circle-top"));
        assertNear(shown(clockwise, 0.9375).pose(), figure.poses().get("circle-out"));
        assertNear(shown(clockwise, 1.875).pose(), figure.poses().get("circle-bottom"));
        assertNear(shown(clockwise, 3.75).pose(), figure.poses().get("circle-top"));
        assertNear(shown(clockwise, 4.6875).pose(), figure.poses().get("circle-out"));
        assertNear(shown(anticlockwise, 0.9375).pose(), figure.poses().get("circle-in"));
        assertThat(shown(anticlockwise, 30).pose()).isEqualTo(figure.poses().get("circle-top"));
    }

    @Test
    void pelvicTiltsTakeTurnsBetweenTheirTwoDirections() {
        int backwards = first("deep-core-activation", Phase.Kind.REP);
        Figure figure = figure(backwards);

        assertThat(shown(backwards, 2.5).pose()).isEqualTo(figure.poses().get("back-flat"));
        assertThat(shown(backwards + 1, 2.5).pose()).isEqualTo(figure.poses().get("back-arched"));
    }

    @Test
    void theCatCamelPreparationHasItsOwnKeyframesAndItsGetReadyShowsThem() {
        int position = first("donkey-kicks", Phase.Kind.POSITION);
        Figure figure = figure(position);
        assertThat(plan.phase(position + 1).isPreparation()).isTrue();

        assertThat(shown(position, 3).pose()).isEqualTo(figure.poses().get("all-fours"));
        assertNear(shown(position + 1, 4.0 / 3).pose(), figure.poses().get("cat"));
        assertNear(shown(position + 1, 8.0 / 3).pose(), figure.poses().get("camel"));
        int lastCatCamel = first("donkey-kicks", Phase.Kind.REP) + 3;
        assertThat(shown(lastCatCamel, 4).pose()).isEqualTo(figure.poses().get("all-fours"));
        int getReadyToKick = lastCatCamel + 1;
        assertThat(plan.phase(getReadyToKick).kind()).isEqualTo(Phase.Kind.POSITION);
        assertThat(shown(getReadyToKick, 0).pose()).isEqualTo(figure.poses().get("right-knee-lifted"));
        int kick = getReadyToKick + 1;
        assertThat(plan.phase(kick).isPreparation()).isFalse();
        assertThat(shown(kick, 2).pose()).isEqualTo(figure.poses().get("right-heel-up"));
    }
}
