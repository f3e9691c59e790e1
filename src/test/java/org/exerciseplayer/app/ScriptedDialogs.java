package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File dialogs that answer from a script: no catalogue to open, and each save dialog the next path queued with
 * {@link #saveAs} (or a cancel when none is left). It keeps the titles and suggested names it was asked with.
 */
final class ScriptedDialogs implements FileDialogs {

    private final Deque<Path> answers = new ArrayDeque<>();
    final List<String> titles = new ArrayList<>();
    final List<String> suggestedNames = new ArrayList<>();

    void saveAs(Path file) {
        answers.add(file);
    }

    @Override
    public Optional<Path> chooseCatalogue() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterText, String pattern) {
        titles.add(title);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(answers.poll());
    }

    /** The title of the message the window shows (left open). */
    static String alertTitle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        return ((Stage) pane.getScene().getWindow()).getTitle();
    }

    /** The text of the message the window shows, which it then closes. */
    static String closeAlert(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        String text = pane.getContentText();
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        return text;
    }
}
