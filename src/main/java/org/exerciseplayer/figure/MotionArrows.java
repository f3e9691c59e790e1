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

    /** The arrow's length and width of head, in figure units. */
    static final double HEAD_LENGTH = 9;
    static final double HEAD_HALF_WIDTH = 6;

    private static final double MIN_LENGTH = 32;
    private static final double MIN_RADIUS = 15;
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
            if (length(theirs) >= 0.85 * length(mine) && across * back < 0) {
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
        if (length(path) < 1) {
            return Optional.empty();
        }
        Point centre = bodyCentre(bodies.get(0), view);
        double clearance = clearance(point);
        if (loop && enclosesArea(path)) {
            return Optional.of(circle(path, clearance));
        }
        if (loop) {
            // Round several keyframes that lie on one line: there and back along it, to the furthest point.
            path = new ArrayList<>(path.subList(0, furthestFromStart(path) + 1));
        }
        Arrow.Kind kind = isStraight(path) ? Arrow.Kind.STRAIGHT : Arrow.Kind.CURVED;
        List<Point> line = kind == Arrow.Kind.STRAIGHT ? List.of(path.get(0), path.get(path.size() - 1)) : path;
        line = awayFrom(centre, line, clearance);
        // A head at each end needs room for both and a shaft between.
        line = atLeast(line, roundTrip ? MIN_LENGTH + HEAD_LENGTH : MIN_LENGTH);
        line = trimmed(line, 0.08);
        return Optional.of(withHeads(kind, line, roundTrip, true));
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
            double length = length(path);
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
        return withHeads(Arrow.Kind.ROCKING, arc, true, true);
    }

    /**
     * A circle round the loop: the ellipse that fits the point's path (its centre and spread), grown to clear the
     * limb and to a size that is seen, walked five sixths of the way round from where the path starts, in the
     * path's own direction, so the gap before the head shows where it began.
     */
    private static Arrow circle(List<Point> path, double clearance) {
        List<Point> loop = path.subList(0, path.size() - 1);
        double cx = 0;
        double cy = 0;
        for (Point p : loop) {
            cx += p.x();
            cy += p.y();
        }
        cx /= loop.size();
        cy /= loop.size();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (Point p : loop) {
            sxx += (p.x() - cx) * (p.x() - cx);
            syy += (p.y() - cy) * (p.y() - cy);
            sxy += (p.x() - cx) * (p.y() - cy);
        }
        sxx /= loop.size();
        syy /= loop.size();
        sxy /= loop.size();
        // The spread's main axes: round an ellipse of radii a and b the spread is a squared / 2 and b squared / 2.
        double angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
        double mean = (sxx + syy) / 2;
        double spread = Math.sqrt(Math.pow((sxx - syy) / 2, 2) + sxy * sxy);
        double a = Math.sqrt(2 * Math.max(0, mean + spread));
        double b = Math.sqrt(2 * Math.max(0, mean - spread));
        double radiusA = Math.max(a + clearance, MIN_RADIUS);
        double radiusB = Math.max(b + clearance, MIN_RADIUS * 0.6);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Point first = path.get(0);
        double u = ((first.x() - cx) * cos + (first.y() - cy) * sin) / Math.max(a, 1e-6);
        double v = (-(first.x() - cx) * sin + (first.y() - cy) * cos) / Math.max(b, 1e-6);
        double from = Math.atan2(v, u);
        double area = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            area += path.get(i).x() * path.get(i + 1).y() - path.get(i + 1).x() * path.get(i).y();
        }
        double turning = area >= 0 ? 1 : -1;
        List<Point> round = new ArrayList<>();
        int steps = 40;
        for (int i = 0; i <= steps; i++) {
            double t = from + turning * 2 * Math.PI * 5 / 6 * i / steps;
            double x = radiusA * Math.cos(t);
            double y = radiusB * Math.sin(t);
            round.add(new Point(cx + x * cos - y * sin, cy + x * sin + y * cos));
        }
        return withHeads(Arrow.Kind.CIRCULAR, round, false, true);
    }

    private static int furthestFromStart(List<Point> path) {
        int furthest = 1;
        double most = -1;
        for (int i = 1; i < path.size(); i++) {
            double distance = Math.hypot(path.get(i).x() - path.get(0).x(), path.get(i).y() - path.get(0).y());
            if (distance > most) {
                most = distance;
                furthest = i;
            }
        }
        return furthest;
    }

    private static boolean enclosesArea(List<Point> path) {
        double area = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            area += path.get(i).x() * path.get(i + 1).y() - path.get(i + 1).x() * path.get(i).y();
        }
        double perimeter = length(path);
        // 1 for a circle, 0 for a line walked there and back.
        return 4 * Math.PI * Math.abs(area / 2) / (perimeter * perimeter) > 0.25;
    }

    private static boolean isStraight(List<Point> path) {
        Point a = path.get(0);
        Point b = path.get(path.size() - 1);
        double chord = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double most = 0;
        for (Point p : path) {
            most = Math.max(most, distanceToLine(p, a, b));
        }
        return chord > 1e-6 && most < 0.12 * chord;
    }

    private static double distanceToLine(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return Math.hypot(p.x() - a.x(), p.y() - a.y());
        }
        return Math.abs((p.x() - a.x()) * dy - (p.y() - a.y()) * dx) / length;
    }

    /** The line moved {@code distance} to the side of it away from {@code centre}. */
    private static List<Point> awayFrom(Point centre, List<Point> line, double distance) {
        Point a = line.get(0);
        Point b = line.get(line.size() - 1);
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.max(Math.hypot(dx, dy), 1e-9);
        double nx = -dy / length;
        double ny = dx / length;
        Point middle = line.get(line.size() / 2);
        if ((middle.x() - centre.x()) * nx + (middle.y() - centre.y()) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        List<Point> moved = new ArrayList<>();
        for (Point p : line) {
            moved.add(new Point(p.x() + nx * distance, p.y() + ny * distance));
        }
        return moved;
    }

    /** A short movement drawn longer, about its middle, so the arrow can be seen. */
    private static List<Point> atLeast(List<Point> line, double minimum) {
        double length = length(line);
        if (length >= minimum || length < 1e-9) {
            return line;
        }
        double scale = minimum / length;
        Point a = line.get(0);
        Point b = line.get(line.size() - 1);
        double mx = (a.x() + b.x()) / 2;
        double my = (a.y() + b.y()) / 2;
        List<Point> longer = new ArrayList<>();
        for (Point p : line) {
            longer.add(new Point(mx + (p.x() - mx) * scale, my + (p.y() - my) * scale));
        }
        return longer;
    }

    /** The line with a share of its length cut off each end. */
    private static List<Point> trimmed(List<Point> line, double share) {
        double cut = length(line) * share;
        return cutEnd(reverse(cutEnd(reverse(line), cut)), cut);
    }

    private static List<Point> reverse(List<Point> line) {
        List<Point> reversed = new ArrayList<>(line);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The line shortened by {@code cut} at its end. */
    private static List<Point> cutEnd(List<Point> line, double cut) {
        List<Point> kept = new ArrayList<>(line);
        double left = cut;
        while (kept.size() > 2 && left > 0) {
            Point last = kept.get(kept.size() - 1);
            Point before = kept.get(kept.size() - 2);
            double step = Math.hypot(last.x() - before.x(), last.y() - before.y());
            if (step > left) {
                break;
            }
            kept.remove(kept.size() - 1);
            left -= step;
        }
        Point last = kept.get(kept.size() - 1);
        Point before = kept.get(kept.size() - 2);
        double step = Math.hypot(last.x() - before.x(), last.y() - before.y());
        if (step > 1e-9 && left > 0) {
            double keep = Math.max(0, (step - left) / step);
            kept.set(kept.size() - 1, new Point(before.x() + (last.x() - before.x()) * keep,
                    before.y() + (last.y() - before.y()) * keep));
        }
        return kept;
    }

    /** The arrow along {@code line}: heads at the end and, if asked, at the start; the line stops short of each. */
    static Arrow withHeads(Arrow.Kind kind, List<Point> line, boolean atStart, boolean atEnd) {
        List<List<Point>> heads = new ArrayList<>();
        List<Point> shaft = line;
        if (atEnd) {
            heads.add(head(shaft));
            shaft = cutEnd(shaft, HEAD_LENGTH * 0.7);
        }
        if (atStart) {
            heads.add(head(reverse(shaft)));
            shaft = reverse(cutEnd(reverse(shaft), HEAD_LENGTH * 0.7));
        }
        return new Arrow(kind, shaft, heads);
    }

    /** A triangle whose tip is the line's last point, pointing the way the line ends. */
    private static List<Point> head(List<Point> line) {
        Point tip = line.get(line.size() - 1);
        Point back = line.get(0);
        double walked = 0;
        for (int i = line.size() - 2; i >= 0; i--) {
            Point a = line.get(i);
            Point b = line.get(i + 1);
            walked += Math.hypot(b.x() - a.x(), b.y() - a.y());
            back = a;
            if (walked >= HEAD_LENGTH) {
                break;
            }
        }
        double dx = tip.x() - back.x();
        double dy = tip.y() - back.y();
        double length = Math.max(Math.hypot(dx, dy), 1e-9);
        dx /= length;
        dy /= length;
        Point base = new Point(tip.x() - dx * HEAD_LENGTH, tip.y() - dy * HEAD_LENGTH);
        return List.of(tip, new Point(base.x() - dy * HEAD_HALF_WIDTH, base.y() + dx * HEAD_HALF_WIDTH),
                new Point(base.x() + dy * HEAD_HALF_WIDTH, base.y() - dx * HEAD_HALF_WIDTH));
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
        return withHeads(Arrow.Kind.PRESS, List.of(from, to), false, true);
    }

    static double length(List<Point> path) {
        double length = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            length += Math.hypot(path.get(i + 1).x() - path.get(i).x(), path.get(i + 1).y() - path.get(i).y());
        }
        return length;
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
