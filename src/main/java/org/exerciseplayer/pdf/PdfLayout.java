package org.exerciseplayer.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text flowing down A4 pages: headings, wrapped paragraphs and table rows, with a new page whenever the next
 * thing does not fit. The fonts and the type size are the caller's ({@link PdfFonts}); headings and the title are
 * sized from the body text. No font has every character, so every string goes through {@link #clean}: a character
 * the font cannot show becomes a near equivalent or {@code ?}, and a missing text is empty, never an error.
 */
public final class PdfLayout {

    public static final float MARGIN = 50;

    private static final Map<Integer, String> NEAR = Map.ofEntries(Map.entry((int) '≤', "<="),
            Map.entry((int) '≥', ">="), Map.entry((int) '→', "->"), Map.entry((int) '←', "<-"),
            Map.entry((int) '−', "-"), Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"),
            Map.entry((int) '\u2009', " "), Map.entry((int) '\u202F', " "), Map.entry((int) '✓', "v"));

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final float body;
    private final float line;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private PageStart pageStart = PageStart.NOTHING;
    private boolean startingPage;

    /** What to write at the top of each new page, e.g. "Clam exercise (continued)". */
    @FunctionalInterface
    public interface PageStart {
        PageStart NOTHING = () -> { };

        void write() throws IOException;
    }

    /** Helvetica, 10 pt on 13 pt lines. */
    public PdfLayout(PDDocument document) {
        this(document, PdfFonts.standard(), 10, 13);
    }

    /**
     * @param body the size of body text in points
     * @param line the distance from one line of body text to the next
     */
    public PdfLayout(PDDocument document, PdfFonts fonts, float body, float line) {
        this.document = document;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.body = body;
        this.line = line;
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    /** The body text size in points. */
    public float body() {
        return body;
    }

    /** The body text line spacing in points. */
    public float line() {
        return line;
    }

    public float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    public float y() {
        return y;
    }

    public PDPageContentStream content() {
        return content;
    }

    /** The height left above the bottom margin on this page; none before the first page. */
    public float room() {
        return content == null ? 0 : y - bottom();
    }

    /** The height of an empty page's text area: what fits at most before a page break. */
    public float pageRoom() {
        return PDRectangle.A4.getHeight() - MARGIN - bottom();
    }

    private float bottom() {
        return MARGIN + line;
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
        if (!startingPage) {
            startingPage = true;
            try {
                pageStart.write();
            } finally {
                startingPage = false;
            }
        }
    }

    /** Sets what every page started from now on begins with ({@link PageStart#NOTHING} to stop). */
    public void setPageStart(PageStart start) {
        this.pageStart = start;
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    public void ensureSpace(float height) throws IOException {
        if (content == null || y - height < bottom()) {
            newPage();
        }
    }

    public void skip(float points) {
        y -= points;
    }

    /** A bold title at 1.6 times the body size. */
    public void title(String text) throws IOException {
        paragraph(text, bold, body * 1.6f, line * 20 / 13);
        skip(line * 4 / 13);
    }

    /** A bold heading at 1.2 times the body size, kept on one page with at least two lines below it. */
    public void heading(String text) throws IOException {
        skip(line * 10 / 13);
        ensureSpace(4 * line);
        paragraph(text, bold, body * 1.2f, headingLine());
        skip(line * 2 / 13);
    }

    /** The line spacing of a heading. */
    public float headingLine() {
        return line * 16 / 13;
    }

    public void paragraph(String text) throws IOException {
        paragraph(text, regular, body, line);
    }

    public void paragraph(String text, PDFont font, float size, float leading) throws IOException {
        paragraph(text, font, size, leading, 0);
    }

    /** A paragraph whose lines all start {@code indent} points in from the margin. */
    public void paragraph(String text, PDFont font, float size, float leading, float indent) throws IOException {
        for (String wrapped : wrap(text, font, size, width() - indent)) {
            ensureSpace(leading);
            y -= leading;
            show(wrapped, font, size, MARGIN + indent, y + leading * 0.25f);
        }
    }

    /** One table row: each cell wrapped to its column; the row moves to a new page whole. */
    public void row(float[] columns, String[] cells, boolean header) throws IOException {
        PDFont font = header ? bold : regular;
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            float right = i + 1 < columns.length ? columns[i + 1] - 8 : width();
            List<String> wrapped = wrap(cells[i], font, body, right - columns[i]);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        ensureSpace(height * line);
        for (int row = 0; row < height; row++) {
            y -= line;
            for (int i = 0; i < cells.length; i++) {
                if (row < lines.get(i).size()) {
                    show(lines.get(i).get(row), font, body, MARGIN + columns[i], y + line * 0.25f);
                }
            }
        }
    }

    public void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(clean(text, font));
        content.endText();
    }

    public float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(clean(text, font)) / 1000 * size;
    }

    /** Splits at spaces to fit {@code width}; a word longer than a line is cut. Line breaks in the text are kept. */
    public List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        String lineBreaks = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : clean(lineBreaks, font, true).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (textWidth(word, font, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && textWidth(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    public String clean(String text, PDFont font) {
        return clean(text, font, false);
    }

    /** The text with every character {@code font} cannot encode replaced; line breaks kept if asked. */
    public String clean(String text, PDFont font, boolean keepLineBreaks) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        text.codePoints().forEach(c -> {
            if (c == '\n' && keepLineBreaks) {
                out.append('\n');
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                out.append(' ');
            } else if (known.computeIfAbsent(c, k -> canEncode(font, k))) {
                out.appendCodePoint(c);
            } else {
                String near = NEAR.getOrDefault(c, "?");
                out.append(near.codePoints().allMatch(n -> known.computeIfAbsent(n, k -> canEncode(font, k)))
                        ? near : "?");
            }
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /**
     * Closes the last page's content and writes a footer at the foot of every page, in type 0.8 times the body
     * size; {@code footer} is given the page number and the number of pages.
     */
    public void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = footer.apply(i + 1, count);
                foot.beginText();
                foot.setFont(regular, body * 0.8f);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(clean(text, regular));
                foot.endText();
            }
        }
    }
}
