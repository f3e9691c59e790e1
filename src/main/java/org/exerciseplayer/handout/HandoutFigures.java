package org.exerciseplayer.handout;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.figure.Drawing;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.FigureFrame;
import org.exerciseplayer.figure.Moment;
import org.exerciseplayer.pdf.PdfFigure;
import org.exerciseplayer.pdf.PdfLayout;

/**
 * An exercise's start and end pictures for the handout, arrows and all, in a column beside its steps: the figure as
 * the player draws it, getting ready and at the far end of the movement (the held pose, or where a repetition
 * turns back), each under a short bold label. Drawn as vectors in greys ({@link PdfFigure}).
 */
final class HandoutFigures {

    private static final float GAP = 12;

    private final Drawing drawing;
    private final FigureFrame start;
    private final FigureFrame end;
    private final Dose.Kind kind;

    private HandoutFigures(Drawing drawing, Dose.Kind kind) {
        this.drawing = drawing;
        this.kind = kind;
        boolean holds = kind == Dose.Kind.HOLD;
        Figure figure = drawing.figure();
        int last = figure.movement().size() - 1;
        this.start = drawing.frame(Moment.of(Moment.Stage.READY, 0, false));
        this.end = drawing.frame(holds ? Moment.of(Moment.Stage.HOLDING, 1, false)
                : Moment.of(Moment.Stage.REPEATING, last / (double) figure.movement().size(), false));
    }

    /** The pictures of a figure done with {@code dose}; empty when the exercise has no figure. */
    static Optional<HandoutFigures> of(Optional<Figure> figure, Dose dose, Locale locale) {
        return figure.map(f -> new HandoutFigures(Drawing.of(f, dose.kind() == Dose.Kind.HOLD, locale), dose.kind()));
    }

    /** What the end picture is, for its label: a hold, the turn of a repetition, or a point of a timed movement. */
    Dose.Kind kind() {
        return kind;
    }

    /** The width the column takes from the steps, the gap included. */
    static float room(PdfLayout layout) {
        return width(layout) + GAP;
    }

    private static float width(PdfLayout layout) {
        return Math.min(layout.width() * 0.36f, 185);
    }

    private float pictureHeight(PdfLayout layout) {
        Drawing.Bounds bounds = drawing.bounds();
        float aspect = (float) (bounds.height() / bounds.width());
        return Math.max(55, Math.min(125, width(layout) * aspect));
    }

    private static float labelLine(PdfLayout layout) {
        return layout.body() * 0.9f * 1.3f;
    }

    /** The height of the column: two labelled pictures. */
    float height(PdfLayout layout) {
        return 2 * (labelLine(layout) + pictureHeight(layout)) + layout.line() / 2;
    }

    /**
     * Draws the column with its top at {@code top} on page {@code pageIndex}: on the page being written if that is
     * the one, else added to the end of that page's content (the steps ran on), so the labels always come after
     * the steps when the text is read out.
     */
    void draw(PDDocument document, PdfLayout layout, int pageIndex, float top, List<String> labels)
            throws IOException {
        boolean here = pageIndex == document.getNumberOfPages() - 1;
        if (here) {
            draw(layout.content(), layout, top, labels);
            return;
        }
        PDPage page = document.getPage(pageIndex);
        try (PDPageContentStream content = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            draw(content, layout, top, labels);
        }
    }

    private void draw(PDPageContentStream content, PdfLayout layout, float top, List<String> labels)
            throws IOException {
        float width = width(layout);
        float x = PdfLayout.MARGIN + layout.width() - width;
        float size = layout.body() * 0.9f;
        float y = top;
        for (int i = 0; i < 2; i++) {
            y -= labelLine(layout);
            String label = layout.clean(labels.get(i), layout.bold());
            content.beginText();
            content.setFont(layout.bold(), size);
            content.newLineAtOffset(x, y + labelLine(layout) * 0.25f);
            content.showText(label);
            content.endText();
            float height = pictureHeight(layout);
            y -= height;
            PdfFigure.draw(content, i == 0 ? start : end, drawing.bounds(), x, y, width, height);
            y -= layout.line() / 2;
        }
    }
}
