package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.figure.FigureFrame.Face;
import org.exerciseplayer.figure.FigureFrame.Point;

/**
 * A box standing level on the floor: a mat (a thin slab whose top is the floor the body rests on) or a stool. It
 * is drawn as the faces the viewer can see, the sides before the top.
 *
 * @param centre the middle of its base
 * @param along  a level direction of length 1 it is long in
 * @param half   half its length along {@code along}
 * @param across half its width across
 * @param bottom the height of its base
 * @param top    the height of its top
 */
record Box(Vec3 centre, Vec3 along, double half, double across, double bottom, double top) {

    private static final Vec3 UP = new Vec3(0, 1, 0);

    /** The floor corners of its top, for framing. */
    List<Vec3> corners() {
        Vec3 side = UP.cross(along).unit();
        List<Vec3> corners = new ArrayList<>();
        for (double height : new double[] {bottom, top}) {
            for (int i = 0; i < 4; i++) {
                double a = i == 0 || i == 3 ? -half : half;
                double b = i < 2 ? -across : across;
                corners.add(new Vec3(centre.x(), height, centre.z()).plus(along.times(a)).plus(side.times(b)));
            }
        }
        return corners;
    }

    /** The faces seen from {@code view}: the sides that face it, then the top if it is seen from above. */
    List<Face> faces(View view) {
        List<Vec3> c = corners();
        Vec3 side = UP.cross(along).unit();
        List<Face> faces = new ArrayList<>();
        int[][] sides = {{0, 1, 5, 4}, {1, 2, 6, 5}, {2, 3, 7, 6}, {3, 0, 4, 7}};
        Vec3[] normals = {side.times(-1), along, side, along.times(-1)};
        for (int i = 0; i < 4; i++) {
            if (view.see(normals[i]).depth() > 1e-9) {
                faces.add(face(view, c, sides[i], FigureFrame.Shade.SIDE));
            }
        }
        if (view.see(UP).depth() > 1e-9) {
            faces.add(face(view, c, new int[] {4, 5, 6, 7}, FigureFrame.Shade.TOP));
        }
        return faces;
    }

    double depth(View view) {
        return view.see(new Vec3(centre.x(), (bottom + top) / 2, centre.z())).depth();
    }

    private static Face face(View view, List<Vec3> corners, int[] indices, FigureFrame.Shade shade) {
        List<Point> points = new ArrayList<>();
        for (int index : indices) {
            View.Seen at = view.see(corners.get(index));
            points.add(new Point(at.x(), at.y()));
        }
        return new Face(points, shade);
    }
}
