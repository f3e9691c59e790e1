package org.exerciseplayer.app;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.control.Button;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.ui.progress.ProgressViewModel;

/** The progress screen's export buttons: the sessions as CSV, and the PDF report for the physiotherapist. */
final class Exports {

    private final FileDialogs dialogs;
    private final Executor background;
    private final Clock clock;

    Exports(FileDialogs dialogs, Executor background, Clock clock) {
        this.dialogs = dialogs;
        this.background = background;
        this.clock = clock;
    }

    List<Button> buttons(ProgressViewModel model, OpenedHistory opened) {
        return List.of();
    }
}
