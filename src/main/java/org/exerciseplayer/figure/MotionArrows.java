package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.figure.FigureFrame.Arrow;
import org.exerciseplayer.figure.FigureFrame.Point;

/**
 * The arrow that shows which way the body moves, computed from the keyframes: the path, on the picture, of the
 * point that travels furthest (or the one the catalogue names), drawn beside that path so it does not hide the
 * limb. A path that comes round to where it began is a circle; one that bends a curve; else a straight arrow. A
 * hold's arrow points one way; a repetition's, which goes there and back, has a head at each end. A pelvic tilt
 * moves nothing far, so it gets a rocking arrow round the pelvis, larger than life so that it is seen.
 */
final class MotionArrows {

    private static final double MIN_LENGTH = 32;
    private static final double ROCKING_RADIUS = 30;
    private static final double ROCKING_DEGREES = 55;
    private static final double ROCKING_TIP = 25;
    private static final int SAMPLES_PER_STEP = 12;
    private static final List<BodyPoint> CANDIDATES = List.of(BodyPoint.RIGHT_KNEE, BodyPoint.LEFT_KNEE,
            BodyPoint.RIGHT_ANKLE, BodyPoint.LEFT_ANKLE, BodyPoint.RIGHT_TOES, BodyPoint.LEFT_TOES, BodyPoint.HEAD,
            BodyPoint.WAIST);

    private MotionArrows() {
    }

    /**
     * The arrow for walking the keyframes of the movement in {@code direction} (or of the preparation): one way
     * (into a hold) or, with {@code roundTrip}, round them and back to the first (a repetition); empty if nothing
     * moves.
     */
    static List<Arrow> of(Figure figure, boolean preparation, int direction, boolean roundTrip,
                          boolean otherSide) {
        Moment.Stage walk = preparation ? Moment.Stage.PREPARING : Moment.Stage.REPEATING;
        List<Pose> keyframes = figure.keyframes(new Moment(walk, direction, 0, otherSide));
        if (keyframes.size() < 2) {
            return List.of();
        }
        boolean loop = roundTrip && keyframes.size() >= 3;
        int samples = SAMPLES_PER_STEP * (loop ? keyframes.size() : keyframes.size() - 1);
        List<Body> bodies = new ArrayList<>(samples + 1);
        for (int i = 0; i <= samples; i++) {
            double share = i / (double) samples;
            // Round all the keyframes, or along them once: there and back goes the same way back.
            Moment moment = loop ? new Moment(walk, direction, share, otherSide)
                    : preparation ? new Moment(walk, direction, share * (keyframes.size() - 1) / keyframes.size(),
                    otherSide) : new Moment(Moment.Stage.MOVING_IN, direction, share, otherSide);
            bodies.add(Drawing.body(figure, moment));
        }
        View view = figure.view();
        if (rocks(figure, keyframes)) {
            return List.of(rocking(bodies.get(0), view));
        }
        BodyPoint point = figure.arrow().map(p -> otherSide ? p.opposite() : p)
                .orElseGet(() -> furthestTravelled(bodies, view));
        List<Arrow> arrows = new ArrayList<>(2);
        along(point, bodies, view, loop, roundTrip).ifPresent(arrows::add);
        // Both knees dropping outwards: an arrow for each, when the other side mirrors this one.
        BodyPoint opposite = point.opposite();
        if (figure.arrow().isEmpty() && opposite != point && !arrows.isEmpty()) {
            List<Point> mine = path(point, bodies, view);
            List<Point> theirs = path(opposite, bodies, view);
            double across = mine.get(mine.size() - 1).x() - mine.get(0).x();
            double back = theirs.get(theirs.size() - 1).x() - theirs.get(0).x();
            if (ArrowLines.length(theirs) >= 0.85 * ArrowLines.length(mine) && across * back < 0) {
                along(opposite, bodies, view, loop, roundTrip).ifPresent(arrows::add);
            }
        }
        return arrows;
    }

    private static List<Point> path(BodyPoint point, List<Body> bodies, View view) {
        List<Point> path = new ArrayList<>(bodies.size());
        for (Body body : bodies) {
            path.add(seen(view, body.at(point)));
        }
        return path;
    }

    /** The arrow beside the path of {@code point}. */
    private static Optional<Arrow> along(BodyPoint point, List<Body> bodies, View view, boolean loop,
                                         boolean roundTrip) {
        List<Point> path = path(point, bodies, view);
        if (ArrowLines.length(path) < 1) {
            return Optional.empty();
        }
        Point centre = bodyCentre(bodies.get(0), view);
        double clearance = clearance(point);
        if (loop && ArrowLines.enclosesArea(path)) {
            return Optional.of(ArrowLines.circle(path, clearance));
        }
        if (loop) {
            // Round several keyframes that lie on one line: there and back along it, to the furthest point.
            path = new ArrayList<>(path.subList(0, ArrowLines.furthestFromStart(path) + 1));
        }
        Arrow.Kind kind = ArrowLines.isStraight(path) ? Arrow.Kind.STRAIGHT : Arrow.Kind.CURVED;
        List<Point> line = kind == Arrow.Kind.STRAIGHT ? List.of(path.get(0), path.get(path.size() - 1)) : path;
        line = ArrowLines.awayFrom(centre, line, clearance);
        // A head at each end needs room for both and a shaft between.
        line = ArrowLines.atLeast(line, roundTrip ? MIN_LENGTH + ArrowLines.HEAD_LENGTH : MIN_LENGTH);
        line = ArrowLines.trimmed(line, 0.08);
        return Optional.of(ArrowLines.withHeads(kind, line, roundTrip, true));
    }

    /** A tilt of the pelvis, marked on the pelvis, with no point named elsewhere: the tilt is what moves. */
    private static boolean rocks(Figure figure, List<Pose> keyframes) {
        if (figure.arrow().isPresent()) {
            return figure.arrow().get() == BodyPoint.PELVIS;
        }
        if (!figure.highlight().contains(Joint.PELVIS)) {
            return false;
        }
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (Pose pose : keyframes) {
            least = Math.min(least, pose.angle(Joint.PELVIS, 0));
            most = Math.max(most, pose.angle(Joint.PELVIS, 0));
        }
        return most - least >= 5;
    }

    private static BodyPoint furthestTravelled(List<Body> bodies, View view) {
        BodyPoint best = CANDIDATES.get(0);
        double bestLength = -1;
        for (BodyPoint candidate : CANDIDATES) {
            List<Point> path = new ArrayList<>();
            for (Body body : bodies) {
                path.add(seen(view, body.at(candidate)));
            }
            double length = ArrowLines.length(path);
            if (length > bestLength + 1e-9) {
                best = candidate;
                bestLength = length;
            }
        }
        return best;
    }

    /** How far beside the point's path the arrow runs: clear of the limb's edge. */
    private static double clearance(BodyPoint point) {
        double thickness = 10;
        for (Segment segment : Segment.values()) {
            if (segment.to() == point || segment.from() == point) {
                thickness = Math.max(thickness, segment.side() != null ? segment.thickness() : 0);
            }
        }
        return thickness / 2 + 7;
    }

    private static Arrow rocking(Body body, View view) {
        Point pelvis = seen(view, body.at(BodyPoint.PELVIS));
        Point waist = seen(view, body.at(BodyPoint.WAIST));
        double along = Math.atan2(waist.y() - pelvis.y(), waist.x() - pelvis.x());
        // Over the belly or the back, whichever is up on the picture.
        double across = along + Math.PI / 2;
        if (Math.sin(across) < 0) {
            across += Math.PI;
        }
        // Tipped a little towards the waist, over the lower back, clear of the thighs.
        across += Math.signum(Math.sin(along - across)) * Math.toRadians(ROCKING_TIP);
        double half = Math.toRadians(ROCKING_DEGREES);
        List<Point> arc = new ArrayList<>();
        int steps = 16;
        for (int i = 0; i <= steps; i++) {
            double angle = across - half + 2 * half * i / steps;
            arc.add(new Point(pelvis.x() + ROCKING_RADIUS * Math.cos(angle),
                    pelvis.y() + ROCKING_RADIUS * Math.sin(angle)));
        }
        return ArrowLines.withHeads(Arrow.Kind.ROCKING, arc, true, true);
    }


    /** A short arrow pointing down at a pressing hand, from above it. */
    static Arrow press(Vec3 hand, View view) {
        double gap = Segment.RIGHT_HAND.thickness() / 2 + 2;
        Point from = seen(view, hand.plus(new Vec3(0, gap + 16, 0)));
        Point to = seen(view, hand.plus(new Vec3(0, gap, 0)));
        if (Math.hypot(to.x() - from.x(), to.y() - from.y()) < 6) {
            // Seen from straight above, "down" points at the viewer: show the push beside the hand instead.
            from = new Point(to.x() + 12, to.y() + 12);
        }
        return ArrowLines.withHeads(Arrow.Kind.PRESS, List.of(from, to), false, true);
    }


    private static Point seen(View view, Vec3 point) {
        View.Seen at = view.see(point);
        return new Point(at.x(), at.y());
    }

    private static Point bodyCentre(Body body, View view) {
        double x = 0;
        double y = 0;
        for (Vec3 p : body.points().values()) {
            View.Seen at = view.see(p);
            x += at.x();
            y += at.y();
        }
        int count = body.points().size();
        return new Point(x / count, y / count);
    }
}
