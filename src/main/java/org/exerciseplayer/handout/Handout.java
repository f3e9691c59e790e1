package org.exerciseplayer.handout;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.SafetyTexts;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.pdf.PdfFonts;
import org.exerciseplayer.pdf.PdfLayout;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineItem;
import org.exerciseplayer.text.DoseWords;

/**
 * The routine on paper, for the fridge door: who prescribed it, when to stop, each exercise with its steps exactly
 * as written, its dose in words, its cautions in a ruled box with a warning sign and the physio's notes, a week of
 * tick boxes, then the leaflet's safety texts and where the exercises come from. Set in DejaVu Sans (embedded), in
 * black only, at 11 pt or, in large type, 16 pt; every page is footed with the title and "Page n of m".
 * Layout decisions are in {@code docs/handout.md}.
 */
public final class Handout {

    static final String BUNDLE = "org.exerciseplayer.handout.handout";

    private final PDDocument document;
    private final RoutineDocument routine;
    private final HandoutOptions options;
    private final ResourceBundle texts;
    private final PdfLayout layout;
    private final HandoutBlocks blocks;

    private Handout(PDDocument document, RoutineDocument routine, HandoutOptions options, PdfLayout layout) {
        this.document = document;
        this.routine = routine;
        this.options = options;
        this.texts = ResourceBundle.getBundle(BUNDLE, options.locale());
        this.layout = layout;
        this.blocks = new HandoutBlocks(layout);
    }

    /** Writes the handout of {@code routine} as a PDF to {@code out}, which it does not close. */
    public static void write(RoutineDocument routine, HandoutOptions options, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document, PdfFonts.dejaVuSans(document), options.bodySize(),
                    options.lineSpacing());
            Handout handout = new Handout(document, routine, options, layout);
            handout.write();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(routine.title());
            routine.prescribedBy().ifPresent(info::setAuthor);
            info.setSubject(handout.text("handout.subject"));
            info.setCreator("Exercise Player");
            document.getDocumentCatalog().setLanguage(options.locale().toLanguageTag());
            document.save(out);
        }
    }

    private void write() throws IOException {
        layout.title(routine.title());
        Optional<String> prescribed = prescribed();
        if (prescribed.isPresent()) {
            layout.paragraph(prescribed.get());
        }
        layout.skip(layout.line() / 2);
        List<String> stop = new ArrayList<>(painRule());
        stop.add(text("handout.stop.more"));
        blocks.box(text("handout.stop.heading"), text("handout.stop.continued"), stop, 2.5f);
        if (!routine.notes().isEmpty()) {
            layout.heading(text("handout.notes.heading"));
            blocks.flow(blocks.paragraphs(routine.notes(), 0, layout.width()));
        }
        layout.heading(text("handout.exercises.heading"));
        layout.paragraph(text("handout.exercises.intro", routine.size()));
        for (int i = 0; i < routine.size(); i++) {
            item(i);
        }
        if (options.weekChart() && routine.size() > 0) {
            weekChart();
        }
        safety();
        source();
        layout.finish((page, pages) -> text("handout.footer", routine.title(), page, pages));
    }

    private Optional<String> prescribed() {
        Optional<String> date = routine.created().map(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(options.locale())::format);
        if (routine.prescribedBy().isPresent() && date.isPresent()) {
            return Optional.of(text("handout.prescribed.byOn", routine.prescribedBy().get(), date.get()));
        }
        return routine.prescribedBy().map(who -> text("handout.prescribed.by", who))
                .or(() -> date.map(when -> text("handout.prescribed.on", when)));
    }

    /** The physio's pain limit, if the routine sets one, then the leaflet's stop rule. */
    private List<String> painRule() {
        List<String> rule = new ArrayList<>();
        if (routine.painRule().isLimit()) {
            rule.add(text("handout.painLimit", routine.painRule().limit()));
        }
        rule.add(routine.catalogue().safety().stopRule());
        return rule;
    }

    /**
     * One exercise: its heading, its cautions (before the steps, so that they are read before starting), the
     * steps, the chosen variation, the dose and the physio's notes. The heading, the cautions and the first step
     * stay on one page; a page the exercise runs onto starts with its name.
     */
    private void item(int index) throws IOException {
        Exercise exercise = routine.exercise(index);
        String name = (index + 1) + ". " + exercise.name();
        List<HandoutBlocks.Line> heading = blocks.wrapped(name, layout.bold(), layout.body() * 1.2f,
                layout.headingLine(), 0, layout.width());
        List<String> steps = exercise.steps();
        // The start and end pictures stand in a column beside the steps, which are set narrower for them.
        Optional<HandoutFigures> pictures = HandoutFigures.of(routine.figure(index), routine.dose(index),
                options.locale());
        float stepWidth = layout.width() - (pictures.isPresent() ? HandoutFigures.room(layout) : 0);
        List<HandoutBlocks.Line> first = steps.isEmpty() ? List.of()
                : blocks.numbered(1, steps.size(), steps.get(0), stepWidth);
        float keep = HandoutBlocks.height(heading) + layout.line() / 3
                + Math.max(HandoutBlocks.height(first.subList(0, Math.min(2, first.size()))),
                pictures.map(p -> p.height(layout)).orElse(0f));
        if (!exercise.cautions().isEmpty()) {
            keep += blocks.boxHeight(text("handout.caution"), exercise.cautions()) + layout.body();
        }
        layout.skip(layout.line());
        layout.ensureSpace(keep);
        blocks.flow(heading);
        layout.skip(layout.line() / 3);
        layout.setPageStart(() -> blocks.flow(blocks.wrapped(text("handout.continued", name), layout.bold(),
                layout.body(), layout.line(), 0, layout.width())));
        if (!exercise.cautions().isEmpty()) {
            blocks.box(text("handout.caution"), text("handout.caution.continued"), exercise.cautions(), 1.5f);
        }
        int picturesPage = document.getNumberOfPages() - 1;
        float picturesTop = layout.y();
        for (int step = 0; step < steps.size(); step++) {
            blocks.flow(blocks.numbered(step + 1, steps.size(), steps.get(step), stepWidth));
        }
        if (pictures.isPresent()) {
            // Drawn after the steps, so that read out the steps come first; what follows goes below them.
            String end = switch (pictures.get().kind()) {
                case HOLD -> text("handout.figure.hold");
                case REPETITIONS -> text("handout.figure.turn");
                case TIMED -> text("handout.figure.round");
            };
            pictures.get().draw(document, layout, picturesPage, picturesTop, List.of(text("handout.figure.start"),
                    end));
            float below = picturesTop - pictures.get().height(layout);
            if (picturesPage == document.getNumberOfPages() - 1 && layout.y() > below) {
                layout.skip(layout.y() - below);
            }
        }
        Optional<Variation> variation = routine.variation(index);
        if (variation.isPresent()) {
            layout.skip(layout.line() / 3);
            blocks.flow(blocks.labelled(text(variation.get().kind() == Variation.Kind.EASIER
                    ? "handout.variation.easier" : "handout.variation.harder"), variation.get().text()));
        }
        layout.skip(layout.line() / 3);
        String dose = DoseWords.of(routine.dose(index), options.locale());
        blocks.flow(blocks.labelled(text("handout.dose"), routine.dose(index).equals(routine.baseDose(index))
                ? dose : text("handout.dose.changed", dose)));
        RoutineItem item = routine.item(index);
        if (!item.notes().isEmpty()) {
            layout.skip(layout.line() / 3);
            blocks.flow(blocks.labelled(text("handout.itemNotes"), String.join("\n", item.notes())));
        }
        layout.setPageStart(PdfLayout.PageStart.NOTHING);
    }

    private void weekChart() throws IOException {
        // The heading, its two lines of explanation, the header row and a row or two below it, on one page.
        layout.ensureSpace(2 * layout.headingLine() + 8 * layout.line());
        layout.heading(text("handout.chart.heading"));
        layout.paragraph(text("handout.chart.intro"));
        layout.skip(layout.line() / 2);
        List<HandoutBlocks.ChartRow> rows = new ArrayList<>();
        for (int i = 0; i < routine.size(); i++) {
            rows.add(new HandoutBlocks.ChartRow((i + 1) + ". " + routine.exercise(i).name(),
                    routine.dose(i).timesPerDay().orElse(1)));
        }
        blocks.weekChart(text("handout.chart.exercise"), rows);
    }

    private void safety() throws IOException {
        SafetyTexts safety = routine.catalogue().safety();
        layout.ensureSpace(2 * layout.headingLine() + blocks.boxHeight(text("handout.safety.stop"), painRule()));
        layout.heading(text("handout.safety.heading"));
        blocks.box(text("handout.safety.stop"), text("handout.stop.continued"), painRule(), 2.5f);
        subheading(text("handout.safety.review"), safety.review().text());
        subheading(text("handout.safety.maintenance"), safety.maintenance().text());
    }

    private void subheading(String heading, String text) throws IOException {
        List<HandoutBlocks.Line> lines = blocks.wrapped(heading, layout.bold(), layout.body(), layout.line(), 0,
                layout.width());
        lines.addAll(blocks.wrapped(text, layout.regular(), layout.body(), layout.line(), 0, layout.width()));
        layout.skip(layout.line() / 2);
        blocks.flow(lines);
    }

    private void source() throws IOException {
        Catalogue catalogue = routine.catalogue();
        layout.heading(text("handout.source.heading"));
        List<String> lines = new ArrayList<>();
        lines.add(text("handout.source", catalogue.source().title(), catalogue.source().publisher()));
        catalogue.source().url().ifPresent(url -> lines.add(text("handout.source.url", url)));
        catalogue.source().note().ifPresent(lines::add);
        lines.add(text("handout.catalogue", catalogue.id(), catalogue.version()));
        for (String line : lines) {
            blocks.flow(blocks.wrapped(line, layout.regular(), layout.body(), layout.line(), 0, layout.width()));
            layout.skip(layout.line() / 4);
        }
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), options.locale()).format(arguments);
    }
}
