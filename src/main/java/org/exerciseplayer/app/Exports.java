package org.exerciseplayer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.exerciseplayer.handout.Handout;
import org.exerciseplayer.handout.HandoutOptions;
import org.exerciseplayer.history.CsvExport;
import org.exerciseplayer.history.PdfReport;
import org.exerciseplayer.history.ReportInput;
import org.exerciseplayer.history.ReviewRule;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.progress.ProgressViewModel;

/**
 * The progress screen's export buttons: the sessions as CSV, and the PDF report for the physiotherapist; and the
 * routine's printable handout. Files are written off the JavaFX thread to a temporary file beside the target, then
 * moved into place, so a full disk never leaves half a file where the person expects a whole one; either way the
 * person is told.
 */
final class Exports {

    private final FileDialogs dialogs;
    private final Executor background;
    private final Clock clock;
    private final Consumer<String> onDone;
    private final Consumer<String> onProblem;

    Exports(FileDialogs dialogs, Executor background, Clock clock, Consumer<String> onDone,
            Consumer<String> onProblem) {
        this.dialogs = dialogs;
        this.background = background;
        this.clock = clock;
        this.onDone = onDone;
        this.onProblem = onProblem;
    }

    List<Button> buttons(ProgressViewModel model) {
        Button csv = new Button(Messages.get("export.csv"));
        csv.setId("progress-export-csv");
        csv.setTooltip(new Tooltip(Messages.get("export.csv.tooltip")));
        csv.setOnAction(e -> exportCsv(model));
        Button pdf = new Button(Messages.get("export.pdf"));
        pdf.setId("progress-export-pdf");
        pdf.setTooltip(new Tooltip(Messages.get("export.pdf.tooltip")));
        pdf.setOnAction(e -> exportPdf(model));
        csv.setDisable(model.isEmpty());
        pdf.setDisable(model.isEmpty());
        return List.of(csv, pdf);
    }

    void exportCsv(ProgressViewModel model) {
        String name = "exercise-sessions-" + LocalDate.now(clock) + ".csv";
        dialogs.chooseSaveFile(Messages.get("export.csv.title"), name, Messages.get("export.csv.filter"), "*.csv")
                .ifPresent(file -> write(file, out -> {
                    try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                        CsvExport.write(model.sessions(), model.zone(), writer);
                    }
                }));
    }

    void exportPdf(ProgressViewModel model) {
        LocalDate today = model.today();
        // The screen's period (Adherence.recent), so that the report's figures are the screen's.
        LocalDate from = model.period().days() == 0 ? today : model.period().from();
        ReviewRule.Advice advice = Advice.evaluate(model.catalogue(), model.sessions(), model.mornings(), clock);
        ReportInput input = new ReportInput(model.catalogue().title(), from, today, model.sessions(),
                model.target(), advice, ReviewRule.leafletText(advice, model.catalogue().safety()), model.zone(),
                model.locale(), model.mornings());
        String name = "exercise-report-" + today + ".pdf";
        dialogs.chooseSaveFile(Messages.get("export.pdf.title"), name, Messages.get("export.pdf.filter"), "*.pdf")
                .ifPresent(file -> write(file, out -> PdfReport.write(input, out)));
    }

    /**
     * The printable handout of {@code routine}, in large type if asked, saved where the person chooses. The
     * suggested name comes from the routine's title.
     */
    void exportHandout(RoutineDocument routine, boolean largeType) {
        String name = fileName(routine.title()) + (largeType ? "-large-type" : "") + ".pdf";
        dialogs.chooseSaveFile(Messages.get(largeType ? "export.handout.large.title" : "export.handout.title"), name,
                        Messages.get("export.pdf.filter"), "*.pdf")
                .ifPresent(file -> write(file, out -> Handout.write(routine, HandoutOptions.of(largeType), out)));
    }

    /** A file name from a title: lower-case letters and digits joined by hyphens, e.g. "hips-for-sam-handout". */
    static String fileName(String title) {
        String words = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return (words.isEmpty() ? "exercise" : words) + "-handout";
    }

    /** Writes what goes into an exported file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private void write(Path file, Content content) {
        background.execute(() -> {
            try {
                writeThroughTemporary(file, content);
                Platform.runLater(() -> onDone.accept(Messages.get("export.saved", file)));
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                Platform.runLater(() -> onProblem.accept(Messages.get("export.failed", file, reason)));
            }
        });
    }

    /**
     * Writes {@code content} to a temporary file beside {@code file}, then moves it into place: if writing fails,
     * the temporary file is deleted and whatever was at {@code file} before is left as it was.
     */
    static void writeThroughTemporary(Path file, Content content) throws IOException {
        org.exerciseplayer.platform.AtomicFiles.write(file, content::writeTo);
    }
}
