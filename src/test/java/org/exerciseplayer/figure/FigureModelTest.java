package org.exerciseplayer.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The body model: placing joints exactly, blending poses, mirroring for the other side, seeing from a view. */
class FigureModelTest {

    private static final Offset<Double> EXACT = within(1e-9);

    private static void assertAt(Vec3 actual, double x, double y, double z) {
        assertThat(actual.x()).as("x of " + actual).isCloseTo(x, EXACT);
        assertThat(actual.y()).as("y of " + actual).isCloseTo(y, EXACT);
        assertThat(actual.z()).as("z of " + actual).isCloseTo(z, EXACT);
    }

    @Test
    void standingStraightPutsTheSolesOnTheFloorAndEachLimbItsLengthAway() {
        Body body = Skeleton.place(Pose.of(Position.STANDING));

        Vec3 hip = body.at(BodyPoint.RIGHT_HIP);
        assertAt(body.at(BodyPoint.RIGHT_KNEE), hip.x(), hip.y() - Skeleton.THIGH, Skeleton.HIP_WIDTH);
        assertAt(body.at(BodyPoint.RIGHT_ANKLE), hip.x(), hip.y() - Skeleton.THIGH - Skeleton.SHIN,
                Skeleton.HIP_WIDTH);
        assertThat(body.at(BodyPoint.LEFT_KNEE).z()).isCloseTo(-Skeleton.HIP_WIDTH, EXACT);
        assertThat(body.lowest()).isCloseTo(0, EXACT);
        assertThat(body.at(BodyPoint.HEAD).y()).isGreaterThan(body.at(BodyPoint.NECK).y());
    }

    @Test
    void hipFlexionBringsTheThighForwardAndKneeFlexionTakesTheShinBack() {
        Body body = Skeleton.place(Pose.of(Position.STANDING).with(Joint.RIGHT_HIP, "flexion", 90)
                .with(Joint.RIGHT_KNEE, "flexion", 90));

        Vec3 hip = body.at(BodyPoint.RIGHT_HIP);
        Vec3 knee = body.at(BodyPoint.RIGHT_KNEE);
        assertAt(knee, hip.x() + Skeleton.THIGH, hip.y(), hip.z());
        assertAt(body.at(BodyPoint.RIGHT_ANKLE), knee.x(), knee.y() - Skeleton.SHIN, knee.z());
    }

    @Test
    void abductionTakesEachLegOutToItsOwnSide() {
        Body body = Skeleton.place(Pose.of(Position.STANDING).with(Joint.RIGHT_HIP, "abduction", 90)
                .with(Joint.LEFT_HIP, "abduction", 90));

        Vec3 right = body.at(BodyPoint.RIGHT_HIP);
        Vec3 left = body.at(BodyPoint.LEFT_HIP);
        assertAt(body.at(BodyPoint.RIGHT_KNEE), right.x(), right.y(), right.z() + Skeleton.THIGH);
        assertAt(body.at(BodyPoint.LEFT_KNEE), left.x(), left.y(), left.z() - Skeleton.THIGH);
    }

    @Test
    void lyingOnTheBackPutsTheHeadToTheLeftAndTheBentKneesUp() {
        Body body = Skeleton.place(Pose.of(Position.LYING_ON_BACK).with(Joint.RIGHT_HIP, "flexion", 90));

        assertThat(body.at(BodyPoint.HEAD).x()).isLessThan(body.at(BodyPoint.PELVIS).x());
        Vec3 hip = body.at(BodyPoint.RIGHT_HIP);
        assertAt(body.at(BodyPoint.RIGHT_KNEE), hip.x(), hip.y() + Skeleton.THIGH, hip.z());
        assertThat(body.lowest()).isCloseTo(0, EXACT);
    }

    @Test
    void betweenTwoPosesEveryAngleMovesInAStraightLine() {
        Pose from = Pose.of(Position.LYING_ON_BACK).with(Joint.RIGHT_HIP, "flexion", 40);
        Pose to = Pose.of(Position.LYING_ON_BACK).with(Joint.RIGHT_HIP, "flexion", 120)
                .with(Joint.NECK, "turn", -60);

        Pose quarter = Pose.between(from, to, 0.25);

        assertThat(quarter.angles(Joint.RIGHT_HIP)).containsExactly(60.0, 0.0, 0.0);
        assertThat(quarter.angles(Joint.NECK)).containsExactly(0.0, -15.0);
        assertThat(Pose.between(from, to, 0)).isEqualTo(from);
        assertThat(Pose.between(from, to, 1)).isEqualTo(to);
    }

    @Test
    void easingStartsAndEndsGentlyAndPassesHalfwayAtTheMiddle() {
        assertThat(Pose.easeInOut(0)).isZero();
        assertThat(Pose.easeInOut(1)).isEqualTo(1);
        assertThat(Pose.easeInOut(0.5)).isEqualTo(0.5);
        assertThat(Pose.easeInOut(0.1)).isLessThan(0.1);
        assertThat(Pose.easeInOut(0.9)).isGreaterThan(0.9);
    }

    @Test
    void keyframesAreWalkedOnceAlongAndOnceRoundAndBack() {
        Pose a = Pose.of(Position.LYING_ON_BACK);
        Pose b = a.with(Joint.RIGHT_HIP, "flexion", 90);
        Pose c = a.with(Joint.RIGHT_HIP, "flexion", 90).with(Joint.RIGHT_KNEE, "flexion", 90);

        assertThat(Keyframes.along(List.of(a, b, c), 0)).isEqualTo(a);
        assertThat(Keyframes.along(List.of(a, b, c), 0.5)).isEqualTo(b);
        assertThat(Keyframes.along(List.of(a, b, c), 1)).isEqualTo(c);
        assertThat(Keyframes.along(List.of(a, b, c), 0.25).angle(Joint.RIGHT_HIP, 0)).isEqualTo(45.0);
        assertThat(Keyframes.around(List.of(a, b), 0)).isEqualTo(a);
        assertThat(Keyframes.around(List.of(a, b), 0.5)).isEqualTo(b);
        assertThat(Keyframes.around(List.of(a, b), 0.75).angle(Joint.RIGHT_HIP, 0)).isEqualTo(45.0);
        assertThat(Keyframes.around(List.of(a, b), 1)).isEqualTo(a);
    }

    @Test
    void theOtherSideIsTheMirrorImageWithRightAndLeftSwapped() {
        Body right = Skeleton.place(Pose.of(Position.KNEELING).with(Joint.RIGHT_HIP, "flexion", 90)
                .with(Joint.RIGHT_KNEE, "flexion", 90).with(Joint.LEFT_HIP, "flexion", -10));

        Body left = right.mirrored();

        for (BodyPoint point : BodyPoint.values()) {
            Vec3 original = right.at(point);
            assertAt(left.at(point.opposite()), original.x(), original.y(), -original.z());
        }
        Vec3 leftHip = left.at(BodyPoint.LEFT_HIP);
        assertAt(left.at(BodyPoint.LEFT_KNEE), leftHip.x() + Skeleton.THIGH, leftHip.y(), leftHip.z());
        assertThat(left.mirrored()).isEqualTo(right);
    }

    @Test
    void mirroringLyingOnTheLeftSideGivesLyingOnTheRightSideWithTheOtherLegOnTop() {
        Body right = Skeleton.place(Pose.of(Position.LYING_ON_SIDE).with(Joint.RIGHT_HIP, "abduction", 30));

        Body left = right.mirrored();

        assertThat(right.at(BodyPoint.RIGHT_HIP).y()).isGreaterThan(right.at(BodyPoint.LEFT_HIP).y());
        assertThat(left.at(BodyPoint.LEFT_HIP).y()).isGreaterThan(left.at(BodyPoint.RIGHT_HIP).y());
        assertThat(left.at(BodyPoint.LEFT_KNEE).y()).isEqualTo(right.at(BodyPoint.RIGHT_KNEE).y());
    }

    @Test
    void theMirroredFrameHighlightsTheOtherSideAndSeenFromTheFeetIsTheFlippedPicture() {
        Pose pose = Pose.of(Position.LYING_ON_BACK).with(Joint.RIGHT_HIP, "flexion", 90)
                .with(Joint.RIGHT_HIP, "abduction", 30);
        Figure figure = new Figure(new View(90, 0), BodyPoint.PELVIS, List.of(Joint.RIGHT_HIP),
                Map.of("up", pose), List.of("up"), List.of(), List.of());
        Drawing drawing = Drawing.of(figure, true);

        FigureFrame right = drawing.frame(Moment.of(Moment.Stage.READY, 0, false));
        FigureFrame left = drawing.frame(Moment.of(Moment.Stage.READY, 0, true));

        assertThat(right.strokes()).filteredOn(FigureFrame.Stroke::highlighted)
                .extracting(FigureFrame.Stroke::segment).containsExactly(Segment.RIGHT_THIGH);
        assertThat(left.strokes()).filteredOn(FigureFrame.Stroke::highlighted)
                .extracting(FigureFrame.Stroke::segment).containsExactly(Segment.LEFT_THIGH);
        FigureFrame.Stroke rightThigh = stroke(right, Segment.RIGHT_THIGH);
        FigureFrame.Stroke leftThigh = stroke(left, Segment.LEFT_THIGH);
        assertThat(leftThigh.to().x()).isCloseTo(-rightThigh.to().x(), EXACT);
        assertThat(leftThigh.to().y()).isCloseTo(rightThigh.to().y(), EXACT);
        assertThat(left.rings().get(0).centre().x()).isCloseTo(-right.rings().get(0).centre().x(), EXACT);
    }

    @Test
    void aViewFromTheSideKeepsHeightAndLengthAndDrawsTheNearLegLast() {
        Pose pose = Pose.of(Position.STANDING).with(Joint.RIGHT_HIP, "flexion", 90);
        Figure figure = new Figure(new View(0, 0), BodyPoint.PELVIS, List.of(), Map.of("p", pose), List.of("p"),
                List.of(), List.of());
        Body body = Drawing.body(figure, Moment.of(Moment.Stage.READY, 0, false));

        FigureFrame frame = Drawing.of(figure, true).frame(Moment.of(Moment.Stage.READY, 0, false));

        FigureFrame.Stroke thigh = stroke(frame, Segment.RIGHT_THIGH);
        assertThat(thigh.to().x()).isCloseTo(body.at(BodyPoint.RIGHT_KNEE).x(), EXACT);
        assertThat(thigh.to().y()).isCloseTo(body.at(BodyPoint.RIGHT_KNEE).y(), EXACT);
        assertThat(thigh.tone()).isEqualTo(FigureFrame.Tone.NEAR);
        assertThat(stroke(frame, Segment.LEFT_THIGH).tone()).isEqualTo(FigureFrame.Tone.FAR);
        List<Segment> order = frame.strokes().stream().map(FigureFrame.Stroke::segment).toList();
        assertThat(order.indexOf(Segment.LEFT_THIGH)).isLessThan(order.indexOf(Segment.LOWER_TRUNK));
        assertThat(order.indexOf(Segment.RIGHT_THIGH)).isGreaterThan(order.indexOf(Segment.LOWER_TRUNK));
    }

    @Test
    void theSecondDirectionPlaysTheMovementBackwardsUnlessItHasItsOwn() {
        Pose top = Pose.of(Position.LYING_ON_BACK).with(Joint.RIGHT_HIP, "flexion", 110);
        Pose out = top.with(Joint.RIGHT_HIP, "abduction", 20);
        Pose bottom = top.with(Joint.RIGHT_HIP, "flexion", 80);
        Map<String, Pose> poses = new java.util.LinkedHashMap<>();
        poses.put("top", top);
        poses.put("out", out);
        poses.put("bottom", bottom);
        Figure circles = new Figure(View.DEFAULT, BodyPoint.PELVIS, List.of(), poses,
                List.of("top", "out", "bottom"), List.of(), List.of());
        Figure tilts = new Figure(View.DEFAULT, BodyPoint.PELVIS, List.of(), poses, List.of("top", "out"),
                List.of("top", "bottom"), List.of());

        assertThat(circles.movement(0)).containsExactly(top, out, bottom);
        assertThat(circles.movement(1)).containsExactly(top, bottom, out);
        assertThat(circles.movement(2)).containsExactly(top, out, bottom);
        assertThat(tilts.movement(1)).containsExactly(top, bottom);
    }

    private static FigureFrame.Stroke stroke(FigureFrame frame, Segment segment) {
        return frame.strokes().stream().filter(s -> s.segment() == segment).findFirst().orElseThrow();
    }
}
