package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.figure.FigureFrame.Arrow;
import org.exerciseplayer.figure.FigureFrame.Point;

/**
 * The shapes of arrows on the picture, from a point's path: an ellipse round a loop, a line moved beside a path,
 * lengthened or trimmed, and the triangles of its heads. Figure units, y up.
 */
final class ArrowLines {

    /** The arrow's length and width of head, in figure units. */
    static final double HEAD_LENGTH = 9;
    static final double HEAD_HALF_WIDTH = 6;

    private static final double MIN_RADIUS = 15;

    private ArrowLines() {
    }

    /**
     * A circle round the loop: the ellipse that fits the point's path (its centre and spread), grown to clear the
     * limb and to a size that is seen, walked five sixths of the way round from where the path starts, in the
     * path's own direction, so the gap before the head shows where it began.
     */
    static Arrow circle(List<Point> path, double clearance) {
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

    static int furthestFromStart(List<Point> path) {
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

    static boolean enclosesArea(List<Point> path) {
        double area = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            area += path.get(i).x() * path.get(i + 1).y() - path.get(i + 1).x() * path.get(i).y();
        }
        double perimeter = length(path);
        // 1 for a circle, 0 for a line walked there and back.
        return 4 * Math.PI * Math.abs(area / 2) / (perimeter * perimeter) > 0.25;
    }

    static boolean isStraight(List<Point> path) {
        Point a = path.get(0);
        Point b = path.get(path.size() - 1);
        double chord = Math.hypot(b.x() - a.x(), b.y() - a.y());
        double most = 0;
        for (Point p : path) {
            most = Math.max(most, distanceToLine(p, a, b));
        }
        return chord > 1e-6 && most < 0.12 * chord;
    }

    static double distanceToLine(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = Math.hypot(dx, dy);
        if (length < 1e-9) {
            return Math.hypot(p.x() - a.x(), p.y() - a.y());
        }
        return Math.abs((p.x() - a.x()) * dy - (p.y() - a.y()) * dx) / length;
    }

    /** The line moved {@code distance} to the side of it away from {@code centre}. */
    static List<Point> awayFrom(Point centre, List<Point> line, double distance) {
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
    static List<Point> atLeast(List<Point> line, double minimum) {
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
    static List<Point> trimmed(List<Point> line, double share) {
        double cut = length(line) * share;
        return cutEnd(reverse(cutEnd(reverse(line), cut)), cut);
    }

    static List<Point> reverse(List<Point> line) {
        List<Point> reversed = new ArrayList<>(line);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The line shortened by {@code cut} at its end. */
    static List<Point> cutEnd(List<Point> line, double cut) {
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
    static List<Point> head(List<Point> line) {
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

    static double length(List<Point> path) {
        double length = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            length += Math.hypot(path.get(i + 1).x() - path.get(i).x(), path.get(i + 1).y() - path.get(i).y());
        }
        return length;
    }
}
