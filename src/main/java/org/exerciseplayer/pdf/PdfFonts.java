package org.exerciseplayer.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The regular and bold font a PDF is set in. {@link #standard()} is Helvetica, which every PDF reader has and so
 * is not embedded, but which encodes only WinAnsi (Latin-1 and a few more). {@link #dejaVuSans} embeds the
 * subsets of DejaVu Sans that a document uses: Latin, Greek and Cyrillic in all their accents, and the same
 * letter shapes on every printer. DejaVu's licence is in {@code DejaVu-LICENSE.txt} beside the font files.
 */
public record PdfFonts(PDFont regular, PDFont bold) {

    public static PdfFonts standard() {
        return new PdfFonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
    }

    /** DejaVu Sans and DejaVu Sans Bold, to be embedded as subsets in {@code document} when it is saved. */
    public static PdfFonts dejaVuSans(PDDocument document) throws IOException {
        return new PdfFonts(load(document, "DejaVuSans.ttf"), load(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDFont load(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
