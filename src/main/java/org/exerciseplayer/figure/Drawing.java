package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns an exercise's {@link Figure} and a pose into a {@link FigureFrame}: places the body, mirrors it for the
 * left side, keeps the anchor still and marks the highlighted joints. Also gives one mat and one frame size for
 * the whole exercise, so the picture does not jump or rescale while the body moves.
 */
public final class Drawing {

    private static final double MAT_MARGIN = 14;

    private Drawing() {
    }

    /** The picture of {@code pose}, on the {@code otherSide} (the left) if asked, on {@code mat}. */
    public static FigureFrame frame(Figure figure, Pose pose, boolean otherSide, FigureFrame.Mat mat) {
        return FigureFrame.draw(body(figure, pose, otherSide), figure.view(), mat, highlight(figure, otherSide));
    }

    /** The placed body: grounded, mirrored for the other side, its anchor over the middle of the room. */
    public static Body body(Figure figure, Pose pose, boolean otherSide) {
        Body body = Skeleton.place(pose).anchoredAt(figure.anchor());
        return otherSide ? body.mirrored() : body;
    }

    private static Set<Joint> highlight(Figure figure, boolean otherSide) {
        Set<Joint> joints = EnumSet.noneOf(Joint.class);
        for (Joint joint : figure.highlight()) {
            joints.add(otherSide ? joint.opposite() : joint);
        }
        return joints;
    }

    /** A mat under every keyframe of the figure, on either side. */
    public static FigureFrame.Mat mat(Figure figure) {
        FigureFrame.Mat mat = null;
        for (Pose pose : figure.poses().values()) {
            for (boolean otherSide : new boolean[] {false, true}) {
                FigureFrame.Mat under = FigureFrame.Mat.under(body(figure, pose, otherSide), MAT_MARGIN);
                mat = mat == null ? under : mat.including(under);
            }
        }
        return mat;
    }

    /** A rectangle on the picture holding every keyframe on either side, with the mat. */
    public static Bounds bounds(Figure figure, FigureFrame.Mat mat) {
        List<FigureFrame> frames = new ArrayList<>();
        for (Pose pose : figure.poses().values()) {
            frames.add(frame(figure, pose, false, mat));
            frames.add(frame(figure, pose, true, mat));
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (FigureFrame frame : frames) {
            for (FigureFrame.Stroke stroke : frame.strokes()) {
                double r = stroke.width() / 2;
                for (FigureFrame.Point p : List.of(stroke.from(), stroke.to())) {
                    minX = Math.min(minX, p.x() - r);
                    maxX = Math.max(maxX, p.x() + r);
                    minY = Math.min(minY, p.y() - r);
                    maxY = Math.max(maxY, p.y() + r);
                }
            }
            for (FigureFrame.Point p : frame.mat()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        return new Bounds(minX, minY, maxX, maxY);
    }

    /** A rectangle on the picture, y up. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {

        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }
}
