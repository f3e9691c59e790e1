package org.exerciseplayer.history;

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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text flowing down A4 pages: headings, wrapped paragraphs and table rows, with a new page whenever the next
 * thing does not fit. The Standard 14 fonts encode only WinAnsi (Latin-1 and a few more), so every string goes
 * through {@link #clean}: a character the font cannot show becomes a near equivalent or {@code ?}, and a missing
 * text is empty, never an error.
 */
final class PdfLayout {

    static final float MARGIN = 50;
    static final float BODY = 10;
    static final float LINE = 13;

    private static final Map<Integer, String> NEAR = Map.ofEntries(Map.entry((int) '≤', "<="),
            Map.entry((int) '≥', ">="), Map.entry((int) '→', "->"), Map.entry((int) '←', "<-"),
            Map.entry((int) '−', "-"), Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"),
            Map.entry((int) '\u2009', " "), Map.entry((int) '\u202F', " "), Map.entry((int) '✓', "v"));

    final PDDocument document;
    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDDocument document) {
        this.document = document;
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    PDPageContentStream content() {
        return content;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin. */
    void ensureSpace(float height) throws IOException {
        if (content == null || y - height < MARGIN + LINE) {
            newPage();
        }
    }

    void skip(float points) {
        y -= points;
    }

    void title(String text) throws IOException {
        paragraph(text, bold, 16, 20);
        skip(4);
    }

    void heading(String text) throws IOException {
        skip(10);
        ensureSpace(4 * LINE);
        paragraph(text, bold, 12, 16);
        skip(2);
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular, BODY, LINE);
    }

    void paragraph(String text, PDFont font, float size, float leading) throws IOException {
        for (String line : wrap(text, font, size, width())) {
            ensureSpace(leading);
            y -= leading;
            show(line, font, size, MARGIN, y + leading * 0.25f);
        }
    }

    /** One table row: each cell wrapped to its column; the row moves to a new page whole. */
    void row(float[] columns, String[] cells, boolean header) throws IOException {
        PDFont font = header ? bold : regular;
        List<List<String>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            float right = i + 1 < columns.length ? columns[i + 1] - 8 : width();
            List<String> wrapped = wrap(cells[i], font, BODY, right - columns[i]);
            lines.add(wrapped);
            height = Math.max(height, wrapped.size());
        }
        ensureSpace(height * LINE);
        for (int line = 0; line < height; line++) {
            y -= LINE;
            for (int i = 0; i < cells.length; i++) {
                if (line < lines.get(i).size()) {
                    show(lines.get(i).get(line), font, BODY, MARGIN + columns[i], y + LINE * 0.25f);
                }
            }
        }
    }

    void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(clean(text, font));
        content.endText();
    }

    float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(clean(text, font)) / 1000 * size;
    }

    /** Splits at spaces to fit {@code width}; a word longer than a line is cut. Line breaks in the text are kept. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
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

    String clean(String text, PDFont font) {
        return clean(text, font, false);
    }

    /** The text with every character {@code font} cannot encode replaced; line breaks kept if asked. */
    String clean(String text, PDFont font, boolean keepLineBreaks) {
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

    /** Closes the last page's content and writes "page n of m" at the foot of every page. */
    void finish(BiFunction<Integer, Integer, String> footer) throws IOException {
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
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(clean(text, regular));
                foot.endText();
            }
        }
    }
}
