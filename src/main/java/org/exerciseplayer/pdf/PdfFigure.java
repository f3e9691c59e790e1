package org.exerciseplayer.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.FigureFrame;

/**
 * Draws a {@link FigureFrame} into a PDF as vector shapes, in black and greys only, so that it stays sharp at any
 * size and survives a cheap black-and-white printer or a photocopier: the mat light grey with a darker edge, the
 * body dark grey with a white edge between parts, its far-side limbs a lighter grey, each highlighted part in a pale
 * band with a dashed black ring round its joint, props in light grey outlined in black (dashed if imaginary), and
 * the arrows solid black. The layers are drawn in the order {@link FigureFrame} gives, as the screen draws them.
 */
public final class PdfFigure {

    private static final float MAT = 0.93f;
    private static final float MAT_EDGE = 0.72f;
    private static final float FLOOR = 0.95f;
    private static final float BODY = 0.33f;
    private static final float FAR = 0.62f;
    private static final float HALO = 0.8f;
    private static final float PROP = 0.86f;
    private static final float PROP_SIDE = 0.7f;
    private static final float LINE = 0f;
    private static final float WHITE = 1f;

    private PdfFigure() {
    }

    /**
     * Draws {@code frame} scaled so that {@code bounds} fits the box whose lower left corner is at {@code x},
     * {@code y} (PDF points, y up), centred in it.
     */
    public static void draw(PDPageContentStream content, FigureFrame frame, Drawing.Bounds bounds, float x, float y,
                            float width, float height) throws IOException {
        float scale = (float) Math.min(width / bounds.width(), height / bounds.height());
        Place at = new Place(x + (width - (float) bounds.width() * scale) / 2 - (float) bounds.minX() * scale,
                y + (height - (float) bounds.height() * scale) / 2 - (float) bounds.minY() * scale, scale);
        content.saveGraphicsState();
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        for (FigureFrame.Face face : frame.surface()) {
            polygon(content, at, face.corners());
            float fill = switch (face.shade()) {
                case TOP -> MAT;
                case SIDE -> MAT_EDGE;
                case FLOOR -> FLOOR;
            };
            content.setNonStrokingColor(fill);
            content.setStrokingColor(MAT_EDGE);
            content.setLineWidth(0.6f);
            content.fillAndStroke();
        }
        for (FigureFrame.Stroke stroke : frame.strokes()) {
            if (stroke.highlighted()) {
                line(content, at, stroke.from(), stroke.to(), (float) (stroke.width() + 2 * Drawing.HALO) * scale,
                        HALO);
            }
        }
        int prop = 0;
        List<FigureFrame.Stroke> strokes = frame.strokes();
        for (int i = 0; i <= strokes.size(); i++) {
            while (prop < frame.props().size() && frame.props().get(prop).drawBefore() == i) {
                prop(content, at, frame.props().get(prop++));
            }
            if (i == strokes.size()) {
                break;
            }
            FigureFrame.Stroke stroke = strokes.get(i);
            float thickness = (float) stroke.width() * scale;
            line(content, at, stroke.from(), stroke.to(), thickness + 1.4f, WHITE);
            line(content, at, stroke.from(), stroke.to(), thickness, stroke.tone() == FigureFrame.Tone.FAR ? FAR
                    : BODY);
        }
        content.setStrokingColor(LINE);
        content.setLineWidth(Math.max(0.7f, 0.9f * scale));
        content.setLineDashPattern(new float[] {Math.max(1.8f, 2.6f * scale), Math.max(1.2f, 1.8f * scale)}, 0);
        for (FigureFrame.Ring ring : frame.rings()) {
            circle(content, at.x(ring.centre().x()), at.y(ring.centre().y()), (float) ring.radius() * scale);
            content.stroke();
        }
        content.setLineDashPattern(new float[0], 0);
        float arrowWidth = Math.max(0.9f, 1.5f * scale);
        for (FigureFrame.Arrow arrow : frame.arrows()) {
            for (float[] pass : new float[][] {{arrowWidth + 1.6f, WHITE}, {arrowWidth, LINE}}) {
                content.setStrokingColor(pass[1]);
                content.setLineWidth(pass[0]);
                path(content, at, arrow.path());
                content.stroke();
            }
            for (List<FigureFrame.Point> head : arrow.heads()) {
                polygon(content, at, head);
                content.setNonStrokingColor(LINE);
                content.setStrokingColor(LINE);
                content.setLineWidth(0.4f);
                content.fillAndStroke();
            }
        }
        content.restoreGraphicsState();
    }

    private static void prop(PDPageContentStream content, Place at, FigureFrame.Shape shape) throws IOException {
        List<FigureFrame.Point> corners = shape.face().corners();
        if (shape.imaginary()) {
            content.setLineDashPattern(new float[] {2.5f, 2f}, 0);
        }
        if (corners.size() == 2) {
            float width = (float) shape.width() * at.scale();
            if (!shape.imaginary()) {
                line(content, at, corners.get(0), corners.get(1), width + 1.2f, LINE);
                line(content, at, corners.get(0), corners.get(1), width, PROP);
            } else {
                line(content, at, corners.get(0), corners.get(1), width, WHITE);
            }
        } else {
            polygon(content, at, corners);
            content.setStrokingColor(LINE);
            content.setLineWidth(0.6f);
            if (shape.imaginary()) {
                content.stroke();
            } else {
                content.setNonStrokingColor(shape.face().shade() == FigureFrame.Shade.SIDE ? PROP_SIDE : PROP);
                content.fillAndStroke();
            }
        }
        content.setLineDashPattern(new float[0], 0);
    }

    private static void line(PDPageContentStream content, Place at, FigureFrame.Point from, FigureFrame.Point to,
                             float width, float grey) throws IOException {
        content.setStrokingColor(grey);
        content.setLineWidth(width);
        content.moveTo(at.x(from.x()), at.y(from.y()));
        // A part of no length (the head, a hand) is a dot: a round cap on a line of no length.
        content.lineTo(at.x(to.x()), at.y(to.y()));
        content.stroke();
    }

    private static void path(PDPageContentStream content, Place at, List<FigureFrame.Point> points) throws IOException {
        content.moveTo(at.x(points.get(0).x()), at.y(points.get(0).y()));
        for (int i = 1; i < points.size(); i++) {
            content.lineTo(at.x(points.get(i).x()), at.y(points.get(i).y()));
        }
    }

    private static void polygon(PDPageContentStream content, Place at, List<FigureFrame.Point> points)
            throws IOException {
        path(content, at, points);
        content.closePath();
    }

    /** A circle as four Bézier quarters. */
    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    }

    /** From figure units to PDF points: both have y up. */
    private record Place(float left, float bottom, float scale) {

        float x(double figureX) {
            return left + (float) figureX * scale;
        }

        float y(double figureY) {
            return bottom + (float) figureY * scale;
        }
    }
}
