package org.exerciseplayer.ui.problems;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.ui.Messages;

/**
 * Shown instead of the home screen when a catalogue or routine cannot be loaded: every problem, with its place, in
 * selectable text, a way to open another file and, when something was open before, a way back to it. Never a stack
 * trace.
 */
public final class ProblemsView {

    private final String file;
    private final List<Problem> problems;
    private final int count;
    private final Runnable onOpenAnother;
    private final java.util.Optional<Runnable> onBack;
    private final Runnable onQuit;

    /**
     * @param problems the problems listed (at most a hundred, then a line saying how many more)
     * @param count    how many problems were found in all
     * @param onBack back to what was open before this file was tried, if anything was; else the person may only open
     *               another file or quit
     */
    public ProblemsView(String file, List<Problem> problems, int count, Runnable onOpenAnother,
                        java.util.Optional<Runnable> onBack, Runnable onQuit) {
        this.file = org.exerciseplayer.catalogue.json.Echo.terminal(file);
        this.problems = List.copyOf(problems);
        this.count = count;
        this.onOpenAnother = onOpenAnother;
        this.onBack = onBack;
        this.onQuit = onQuit;
    }

    public Parent createView() {
        Label title = new Label("\u26A0 " + Messages.get("problems.title"));
        title.setId("problems-title");
        title.getStyleClass().add(Styles.TITLE_2);
        // A long path may break after any folder (a zero-width space after each separator), never be cut short.
        Label intro = new Label(Messages.get("problems.intro", count,
                file.replace("/", "/\u200B").replace("\\", "\\\u200B")));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.setAccessibleText(Messages.get("problems.intro", count, file));
        TextArea list = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        list.setId("problems-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.getStyleClass().add("problems-list");
        list.setAccessibleText(Messages.get("problems.list"));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(Messages.get("problems.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Button open = new Button(Messages.get("problems.open"));
        open.setId("problems-open");
        open.setDefaultButton(true);
        open.getStyleClass().add(Styles.ACCENT);
        open.setTooltip(new Tooltip(Messages.get("problems.open.tooltip")));
        open.setOnAction(e -> onOpenAnother.run());
        Button quit = new Button(Messages.get("problems.quit"));
        quit.setId("problems-quit");
        quit.setOnAction(e -> onQuit.run());
        HBox buttons = new HBox(12, open);
        onBack.ifPresent(back -> {
            Button goBack = new Button(Messages.get("problems.back"));
            goBack.setId("problems-back");
            goBack.setCancelButton(true);
            goBack.setTooltip(new Tooltip(Messages.get("problems.back.tooltip")));
            goBack.setOnAction(e -> back.run());
            buttons.getChildren().add(goBack);
        });
        buttons.getChildren().add(quit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, title, intro, list, hint, buttons);
        root.setId("problems");
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(24));
        // Enter opens another file from wherever the focus is but the list of problems, whose text can be selected.
        org.exerciseplayer.ui.ScreenLayout.focusWhenShown(root, open);
        org.exerciseplayer.ui.ScreenLayout.enterDoesMainAction(root, open);
        return root;
    }
}
