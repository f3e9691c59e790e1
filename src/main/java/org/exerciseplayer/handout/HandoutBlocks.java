package org.exerciseplayer.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.exerciseplayer.pdf.PdfLayout;

/**
 * The handout's building blocks on top of {@link PdfLayout}: numbered steps with hanging indents, a bold label
 * run into its text, boxes with a warning sign, and the week chart of tick boxes. Everything is black on white
 * and told apart by weight, rules and shape, so it survives a black-and-white printer and a photocopier. A block
 * that fits on a page is never split; one that does not fit on a whole page flows on, line by line.
 */
final class HandoutBlocks {

    /** A piece of text at {@code x} points from the left margin. */
    record Piece(String text, PDFont font, float size, float x) {}

    /** One line: its height and what is written on it. */
    record Line(float leading, List<Piece> pieces) {}

    private static final String BULLET = "\u2022";

    private final PdfLayout layout;

    HandoutBlocks(PdfLayout layout) {
        this.layout = layout;
    }

    /** The lines of {@code text} wrapped to {@code width} in the body type, starting {@code x} from the margin. */
    List<Line> wrapped(String text, PDFont font, float size, float leading, float x, float width) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String line : layout.wrap(text, font, size, width)) {
            lines.add(new Line(leading, List.of(new Piece(line, font, size, x))));
        }
        return lines;
    }

    /** Step {@code number} of {@code count}: the number in a column of its own, the text wrapped beside it. */
    List<Line> numbered(int number, int count, String text) throws IOException {
        return numbered(number, count, text, layout.width());
    }

    /** The same, the whole step {@code width} wide (narrower beside pictures). */
    List<Line> numbered(int number, int count, String text, float width) throws IOException {
        float size = layout.body();
        float column = layout.textWidth(count + ".", layout.regular(), size) + size * 0.6f;
        List<Line> lines = wrapped(text, layout.regular(), size, layout.line(), column, width - column);
        String label = number + ".";
        float right = column - size * 0.6f - layout.textWidth(label, layout.regular(), size);
        List<Piece> first = new ArrayList<>(lines.get(0).pieces());
        first.add(0, new Piece(label, layout.regular(), size, right));
        lines.set(0, new Line(layout.line(), first));
        return lines;
    }

    /** A bold label with its text run on after it, the rest of the text wrapped to the full width. */
    List<Line> labelled(String label, String text) throws IOException {
        float size = layout.body();
        PDFont regular = layout.regular();
        float labelWidth = layout.textWidth(label + " ", layout.bold(), size);
        List<Line> lines = new ArrayList<>();
        if (labelWidth > layout.width() / 3) {
            lines.addAll(wrapped(label, layout.bold(), size, layout.line(), 0, layout.width()));
            lines.addAll(wrapped(text, regular, size, layout.line(), 0, layout.width()));
            return lines;
        }
        String clean = layout.clean(text, regular, true);
        String first = layout.wrap(clean, regular, size, layout.width() - labelWidth).get(0);
        lines.add(new Line(layout.line(), List.of(new Piece(label, layout.bold(), size, 0),
                new Piece(first, regular, size, labelWidth))));
        String rest = clean.substring(first.length()).strip();
        if (!rest.isEmpty()) {
            lines.addAll(wrapped(rest, regular, size, layout.line(), 0, layout.width()));
        }
        return lines;
    }

    /** Each text as a paragraph, bulleted when there is more than one. */
    List<Line> paragraphs(List<String> texts, float x, float width) throws IOException {
        float size = layout.body();
        List<Line> lines = new ArrayList<>();
        boolean bullets = texts.size() > 1;
        float indent = bullets ? layout.textWidth(BULLET + " ", layout.regular(), size) + size * 0.2f : 0;
        for (String text : texts) {
            List<Line> paragraph = wrapped(text, layout.regular(), size, layout.line(), x + indent, width - indent);
            if (bullets) {
                List<Piece> first = new ArrayList<>(paragraph.get(0).pieces());
                first.add(0, new Piece(BULLET, layout.regular(), size, x));
                paragraph.set(0, new Line(layout.line(), first));
            }
            lines.addAll(paragraph);
        }
        return lines;
    }

    /** Writes the lines, on one page if they fit on one. */
    void flow(List<Line> lines) throws IOException {
        if (height(lines) <= layout.pageRoom()) {
            layout.ensureSpace(height(lines));
        }
        for (Line line : lines) {
            layout.ensureSpace(line.leading());
            draw(line, 0);
            layout.skip(line.leading());
        }
    }

    /** The height of {@code lines}. */
    static float height(List<Line> lines) {
        float height = 0;
        for (Line line : lines) {
            height += line.leading();
        }
        return height;
    }

    private void draw(Line line, float left) throws IOException {
        float baseline = layout.y() - line.leading() + line.leading() * 0.25f;
        for (Piece piece : line.pieces()) {
            layout.show(piece.text(), piece.font(), piece.size(), PdfLayout.MARGIN + left + piece.x(), baseline);
        }
    }

    /**
     * A box ruled {@code border} points thick with a warning sign and a bold heading, then {@code texts}. The box
     * moves to the next page whole if it does not fit; only a box taller than a whole page is continued, each
     * part ruled round and headed again with {@code continued}.
     */
    void box(String heading, String continued, List<String> texts, float border) throws IOException {
        float pad = boxPadding();
        List<Line> body = paragraphs(texts, 0, layout.width() - 2 * pad);
        int next = 0;
        boolean first = true;
        while (first || next < body.size()) {
            List<Line> head = boxHeading(first ? heading : continued);
            float fixed = 2 * pad + height(head) + layout.body() * 0.4f;
            float whole = fixed + height(body.subList(next, body.size()));
            boolean fitsOnANewPage = whole <= layout.pageRoom();
            boolean startsHere = layout.room() >= fixed + 3 * layout.line();
            if (whole > layout.room() && (fitsOnANewPage || !startsHere) && layout.room() < layout.pageRoom()) {
                layout.newPage();
            }
            int end = next;
            float height = fixed;
            while (end < body.size() && height + body.get(end).leading() <= layout.room()) {
                height += body.get(end).leading();
                end++;
            }
            if (end == next && next < body.size()) {
                height += body.get(end++).leading();
            }
            drawBox(head, body.subList(next, end), height, pad, border);
            next = end;
            first = false;
        }
        layout.skip(layout.body() * 0.6f);
    }

    /** The height {@link #box} takes, to keep a heading above it on the same page. */
    float boxHeight(String heading, List<String> texts) throws IOException {
        float pad = boxPadding();
        return 2 * pad + height(boxHeading(heading)) + layout.body() * 0.4f
                + height(paragraphs(texts, 0, layout.width() - 2 * pad));
    }

    private float boxPadding() {
        return layout.body() * 0.8f;
    }

    private float signSize() {
        return layout.body() * 1.15f;
    }

    private List<Line> boxHeading(String text) throws IOException {
        float sign = signSize() * 1.2f + layout.body() * 0.5f;
        return wrapped(text, layout.bold(), signSize(), layout.line() * 1.15f, sign,
                layout.width() - 2 * boxPadding() - sign);
    }

    private void drawBox(List<Line> head, List<Line> body, float height, float pad, float border)
            throws IOException {
        PDPageContentStream c = layout.content();
        float top = layout.y();
        c.setLineWidth(border);
        c.addRect(PdfLayout.MARGIN + border / 2, top - height + border / 2, layout.width() - border,
                height - border);
        c.stroke();
        layout.skip(pad);
        float firstBaseline = layout.y() - head.get(0).leading() * 0.75f;
        warningSign(PdfLayout.MARGIN + pad, firstBaseline, signSize());
        for (Line line : head) {
            draw(line, pad);
            layout.skip(line.leading());
        }
        layout.skip(layout.body() * 0.4f);
        for (Line line : body) {
            draw(line, pad);
            layout.skip(line.leading());
        }
        layout.skip(pad);
    }

    /** A triangle with an exclamation mark, drawn rather than typed so that no font can lose it. */
    private void warningSign(float x, float baseline, float size) throws IOException {
        PDPageContentStream c = layout.content();
        float width = size * 1.15f;
        float bottom = baseline - size * 0.08f;
        float top = bottom + size;
        c.setLineWidth(size * 0.1f);
        c.setLineJoinStyle(1);
        c.moveTo(x, bottom);
        c.lineTo(x + width, bottom);
        c.lineTo(x + width / 2, top);
        c.closePath();
        c.stroke();
        float bar = size * 0.11f;
        float middle = x + width / 2;
        c.addRect(middle - bar / 2, bottom + size * 0.33f, bar, size * 0.36f);
        c.addRect(middle - bar / 2, bottom + size * 0.14f, bar, bar);
        c.fill();
        c.setLineJoinStyle(0);
    }

    /** One row of the week chart: the exercise and how many boxes a day (its times a day). */
    record ChartRow(String label, int boxesPerDay) {}

    /**
     * The week chart: a row per exercise, a column per day, a tick box for each time a day. The header row is
     * repeated on every page the chart runs onto; a row is never split.
     */
    void weekChart(String exerciseHeader, List<ChartRow> rows) throws IOException {
        float size = layout.body();
        float pad = size * 0.35f;
        float nameWidth = layout.width() * 0.4f;
        float dayWidth = (layout.width() - nameWidth) / 7;
        float tick = size * 0.9f;
        float gap = size * 0.35f;
        int perLine = Math.max(1, (int) ((dayWidth - gap) / (tick + gap)));
        chartHeader(exerciseHeader, nameWidth, dayWidth, pad);
        for (ChartRow row : rows) {
            List<Line> name = wrapped(row.label(), layout.regular(), size, layout.line(), pad, nameWidth - 2 * pad);
            int tickLines = (row.boxesPerDay() + perLine - 1) / perLine;
            float height = Math.max(height(name), tickLines * (tick + gap) - gap) + 2 * pad;
            if (height > layout.room()) {
                layout.newPage();
                chartHeader(exerciseHeader, nameWidth, dayWidth, pad);
            }
            float top = layout.y();
            chartRules(top, height, nameWidth, dayWidth);
            PDPageContentStream c = layout.content();
            c.setLineWidth(0.9f);
            for (int day = 0; day < 7; day++) {
                float left = PdfLayout.MARGIN + nameWidth + day * dayWidth;
                int inLine = Math.min(perLine, row.boxesPerDay());
                float across = inLine * tick + (inLine - 1) * gap;
                for (int box = 0; box < row.boxesPerDay(); box++) {
                    float x = left + (dayWidth - across) / 2 + (box % perLine) * (tick + gap);
                    float y = top - pad - (box / perLine + 1) * tick - (box / perLine) * gap;
                    c.addRect(x, y, tick, tick);
                }
            }
            c.stroke();
            layout.skip(pad);
            for (Line line : name) {
                draw(line, 0);
                layout.skip(line.leading());
            }
            layout.skip(layout.y() - (top - height));
        }
    }

    private void chartHeader(String exerciseHeader, float nameWidth, float dayWidth, float pad) throws IOException {
        float size = layout.body();
        float height = layout.line() + 2 * pad;
        layout.ensureSpace(height + 2 * layout.line());
        float top = layout.y();
        chartRules(top, height, nameWidth, dayWidth);
        float baseline = top - pad - layout.line() * 0.75f;
        layout.show(exerciseHeader, layout.bold(), size, PdfLayout.MARGIN + pad, baseline);
        for (int day = 1; day <= 7; day++) {
            String number = Integer.toString(day);
            float x = PdfLayout.MARGIN + nameWidth + (day - 1) * dayWidth
                    + (dayWidth - layout.textWidth(number, layout.bold(), size)) / 2;
            layout.show(number, layout.bold(), size, x, baseline);
        }
        layout.skip(height);
    }

    private void chartRules(float top, float height, float nameWidth, float dayWidth) throws IOException {
        PDPageContentStream c = layout.content();
        c.setLineWidth(0.5f);
        c.addRect(PdfLayout.MARGIN, top - height, layout.width(), height);
        for (int day = 0; day < 7; day++) {
            float x = PdfLayout.MARGIN + nameWidth + day * dayWidth;
            c.moveTo(x, top);
            c.lineTo(x, top - height);
        }
        c.stroke();
    }
}
