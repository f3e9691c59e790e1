package org.exerciseplayer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.figure.FigureFrame.Arrow;
import org.exerciseplayer.figure.FigureFrame.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pictures of the bundled hip exercises: arrows of the right kind along the moving limb, hands that stay where
 * they hold, props where the steps put them, a frame that holds the whole movement with no margin to spare, and a
 * mat under every limb.
 */
class DrawingTest {

    private static Catalogue hip;

    @BeforeAll
    static void loadTheHipCatalogue() throws Exception {
        hip = BundledCatalogue.load();
    }

    private static Drawing drawing(String exerciseId) {
        Exercise exercise = hip.exercise(exerciseId).orElseThrow();
        return Drawing.of(exercise.figure().orElseThrow(), exercise.dose().kind() == Dose.Kind.HOLD);
    }

    private static List<Arrow> movementArrows(FigureFrame frame) {
        return frame.arrows().stream().filter(a -> a.kind() != Arrow.Kind.PRESS).toList();
    }

    @Test
    void aHoldsArrowPointsOneWayARepetitionsBothWaysACircleRoundAndATiltRocks() {
        Moment start = Moment.of(Moment.Stage.READY, 0, false);

        Arrow hug = movementArrows(drawing("single-leg-knee-hugs").frame(start)).get(0);
        Arrow clam = movementArrows(drawing("clam").frame(start)).get(0);
        Arrow circles = movementArrows(drawing("single-leg-rotations").frame(start)).get(0);
        Arrow tilt = movementArrows(drawing("deep-core-activation").frame(start)).get(0);

        assertThat(hug.kind()).isEqualTo(Arrow.Kind.CURVED);
        assertThat(hug.heads()).hasSize(1);
        assertThat(clam.heads()).hasSize(2);
        assertThat(circles.kind()).isEqualTo(Arrow.Kind.CIRCULAR);
        assertThat(circles.heads()).hasSize(1);
        assertThat(tilt.kind()).isEqualTo(Arrow.Kind.ROCKING);
        assertThat(tilt.heads()).hasSize(2);
        // The pelvis hardly travels, so the rocking arrow is drawn larger than life.
        assertThat(ArrowLines.length(tilt.path())).isGreaterThan(30);
    }

    @Test
    void theArrowFollowsTheMovingKneeBesideItAndPointsWhereItGoes() {
        Drawing clam = drawing("clam");
        Figure figure = clam.figure();
        View view = figure.view();
        Point together = seen(view, Drawing.body(figure, Moment.of(Moment.Stage.READY, 0, false))
                .at(BodyPoint.RIGHT_KNEE));
        Point open = seen(view, Drawing.body(figure, new Moment(Moment.Stage.REPEATING, 0, 0.5, false))
                .at(BodyPoint.RIGHT_KNEE));

        Arrow arrow = movementArrows(clam.frame(Moment.of(Moment.Stage.READY, 0, false))).get(0);

        // The knee rises on the picture; the arrow's first head points up, and it runs clear of the knee's path.
        assertThat(open.y()).isGreaterThan(together.y() + 10);
        List<Point> head = arrow.heads().get(0);
        Point tip = head.get(0);
        Point base = new Point((head.get(1).x() + head.get(2).x()) / 2, (head.get(1).y() + head.get(2).y()) / 2);
        assertThat(tip.y()).isGreaterThan(base.y());
        for (Point p : arrow.path()) {
            assertThat(distanceToSegment(p, together, open))
                    .isGreaterThan(PropShapes.thickness(BodyPoint.RIGHT_KNEE) / 2);
        }
    }

    @Test
    void bothKneesDroppingOutwardsGetAnArrowEach() {
        FigureFrame frame = drawing("inner-thigh-stretch").frame(Moment.of(Moment.Stage.READY, 0, false));

        assertThat(movementArrows(frame)).hasSize(2);
        List<Arrow> arrows = movementArrows(frame);
        double firstWay = arrows.get(0).heads().get(0).get(0).x() - arrows.get(0).path().get(0).x();
        double secondWay = arrows.get(1).heads().get(0).get(0).x() - arrows.get(1).path().get(0).x();
        assertThat(firstWay * secondWay).isNegative();
    }

    @Test
    void aHandHoldsItsPlaceAsTheLegMovesAndKeepsItsArmsLengths() {
        Figure hug = hip.exercise("single-leg-knee-hugs").orElseThrow().figure().orElseThrow();
        Moment held = Moment.of(Moment.Stage.HOLDING, 1, false);
        Body body = Drawing.body(hug, held);

        Contact.Place place = hug.contacts().get(0).on();
        Vec3 knee = place.on(body);
        BodyPoint[][] arms = {{BodyPoint.RIGHT_SHOULDER, BodyPoint.RIGHT_ELBOW, BodyPoint.RIGHT_HAND},
                {BodyPoint.LEFT_SHOULDER, BodyPoint.LEFT_ELBOW, BodyPoint.LEFT_HAND}};
        for (BodyPoint[] arm : arms) {
            assertThat(body.at(arm[0]).distanceTo(body.at(arm[1]))).isCloseTo(Skeleton.UPPER_ARM, within(1e-6));
            assertThat(body.at(arm[1]).distanceTo(body.at(arm[2]))).isCloseTo(Skeleton.FOREARM, within(1e-6));
            // On the shin's surface, not in the middle of it nor beside it.
            assertThat(body.at(arm[2]).distanceTo(knee)).isBetween(5.0, 12.0);
        }
        // With the leg still long on the floor the hands are where the pose puts them, far from the knee.
        Body start = Drawing.body(hug, Moment.of(Moment.Stage.READY, 0, false));
        assertThat(start.at(BodyPoint.RIGHT_HAND).distanceTo(place.on(start))).isGreaterThan(30);
    }

    @Test
    void aPressingHandShowsItsPushOnlyWhileItPresses() {
        Drawing stretch = drawing("lower-back-rotation-stretch");

        assertThat(stretch.frame(Moment.of(Moment.Stage.READY, 0, false)).arrows())
                .noneMatch(a -> a.kind() == Arrow.Kind.PRESS);
        assertThat(stretch.frame(Moment.of(Moment.Stage.HOLDING, 1, false)).arrows())
                .filteredOn(a -> a.kind() == Arrow.Kind.PRESS).hasSize(1);
    }

    @Test
    void thePillowIsBetweenTheKneesAndTheStoolUnderTheFeet() {
        Figure rotations = hip.exercise("lower-back-rotations").orElseThrow().figure().orElseThrow();
        List<Moment> moments = List.of(Moment.of(Moment.Stage.READY, 0, false),
                Moment.of(Moment.Stage.HOLDING, 1, true));
        for (Moment moment : moments) {
            Body body = Drawing.body(rotations, moment);
            PropShapes.Placed pillow = PropShapes.place(rotations.props().get(0), body, moment.otherSide());
            Vec3 middle = pillow.from().plus(pillow.to()).times(0.5);
            Vec3 knees = body.at(BodyPoint.RIGHT_KNEE).plus(body.at(BodyPoint.LEFT_KNEE)).times(0.5);
            assertThat(middle.distanceTo(knees)).as("pillow beside the knees").isLessThan(10);
        }
        Variation harder = hip.exercise("clam").orElseThrow().variation(Variation.Kind.HARDER).orElseThrow();
        Figure clam = harder.figure().orElseThrow();
        Body body = Drawing.body(clam, Moment.of(Moment.Stage.READY, 0, false));
        PropShapes.Placed stool = PropShapes.place(clam.props().get(0), body, false);
        double lowerFoot = Math.min(body.at(BodyPoint.RIGHT_ANKLE).y(), body.at(BodyPoint.LEFT_ANKLE).y());
        assertThat(stool.box().top()).isCloseTo(lowerFoot - PropShapes.thickness(BodyPoint.LEFT_ANKLE) / 2,
                within(1e-9)).isGreaterThan(8);
        assertThat(clam.props().get(0).imaginary()).isTrue();
    }

    @Test
    void everyHipFigureIsFramedToItsWholeMovementWithNoMarginToSpareAndLiesOnItsMat() {
        List<Figure> figures = new ArrayList<>();
        List<Boolean> holds = new ArrayList<>();
        for (Exercise exercise : hip.exercises()) {
            figures.add(exercise.figure().orElseThrow());
            holds.add(exercise.dose().kind() == Dose.Kind.HOLD);
            for (Variation variation : exercise.variations()) {
                variation.figure().ifPresent(f -> {
                    figures.add(f);
                    holds.add(variation.dose().orElse(exercise.dose()).kind() == Dose.Kind.HOLD);
                });
            }
        }
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            Drawing drawing = Drawing.of(figure, holds.get(f));
            Drawing.Bounds bounds = drawing.bounds();
            Drawing.Bounds.Builder seen = new Drawing.Bounds.Builder();
            // The stages the player shows for the dose: into a hold and back, or round a repetition.
            List<Moment.Stage> stages = holds.get(f)
                    ? List.of(Moment.Stage.READY, Moment.Stage.MOVING_IN, Moment.Stage.HOLDING,
                    Moment.Stage.COMING_BACK, Moment.Stage.RESTING)
                    : List.of(Moment.Stage.READY, Moment.Stage.REPEATING, Moment.Stage.PREPARING,
                    Moment.Stage.RESTING);
            for (Moment.Stage stage : stages) {
                for (int direction = 0; direction < 2; direction++) {
                    for (double share = 0; share <= 1; share += 1.0 / 24) {
                        for (boolean left : new boolean[] {false, true}) {
                            Moment moment = new Moment(stage, direction, share, left);
                            FigureFrame frame = drawing.frame(moment);
                            seen.include(frame);
                            for (FigureFrame.Stroke stroke : frame.strokes()) {
                                for (Point p : List.of(stroke.from(), stroke.to())) {
                                    assertThat(p.x()).as(figure.movement() + " inside the frame")
                                            .isBetween(bounds.minX() - 1e-6, bounds.maxX() + 1e-6);
                                    assertThat(p.y()).isBetween(bounds.minY() - 1e-6, bounds.maxY() + 1e-6);
                                }
                            }
                            FigureFrame.Mat mat = drawing.floor();
                            for (Vec3 p : Drawing.body(figure, moment).points().values()) {
                                assertThat(p.x()).as(figure.movement() + " on the mat")
                                        .isBetween(mat.minX(), mat.maxX());
                                assertThat(p.z()).as(figure.movement() + " on the mat")
                                        .isBetween(mat.minZ(), mat.maxZ());
                            }
                        }
                    }
                }
            }
            // No margin to spare: what is drawn reaches the frame on every side.
            Drawing.Bounds drawn = seen.build();
            assertThat(drawn.minX()).as(figure.movement() + " left").isCloseTo(bounds.minX(), within(2.0));
            assertThat(drawn.maxX()).as(figure.movement() + " right").isCloseTo(bounds.maxX(), within(2.0));
            assertThat(drawn.minY()).as(figure.movement() + " bottom").isCloseTo(bounds.minY(), within(2.0));
            assertThat(drawn.maxY()).as(figure.movement() + " top").isCloseTo(bounds.maxY(), within(2.0));
        }
    }

    @Test
    void aHighlightRingPassesRoundItsJointLeavingTheJointInView() {
        FigureFrame frame = drawing("clam").frame(Moment.of(Moment.Stage.READY, 0, false));

        FigureFrame.Ring ring = frame.rings().get(0);
        assertThat(ring.radius()).isGreaterThan(Segment.RIGHT_THIGH.thickness() / 2 + 2);
        assertThat(frame.strokes()).filteredOn(FigureFrame.Stroke::highlighted).isNotEmpty();
    }

    private static Point seen(View view, Vec3 point) {
        View.Seen at = view.see(point);
        return new Point(at.x(), at.y());
    }

    private static double distanceToSegment(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
