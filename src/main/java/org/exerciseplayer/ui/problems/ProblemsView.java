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
import javafx.scene.layout.VBox;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.ui.Messages;

/**
 * Shown instead of the home screen when a catalogue cannot be loaded: every problem, with its place, in
 * selectable text, and a way to open another file. Never a stack trace.
 */
public final class ProblemsView {

    private final String file;
    private final List<Problem> problems;
    private final Runnable onOpenAnother;
    private final Runnable onQuit;

    public ProblemsView(String file, List<Problem> problems, Runnable onOpenAnother, Runnable onQuit) {
        this.file = file;
        this.problems = List.copyOf(problems);
        this.onOpenAnother = onOpenAnother;
        this.onQuit = onQuit;
    }

    public Parent createView() {
        Label title = new Label("\u26A0 " + Messages.get("problems.title"));
        title.setId("problems-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(Messages.get("problems.intro", problems.size(), file));
        intro.setWrapText(true);
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
        Button open = new Button(Messages.get("problems.open"));
        open.setId("problems-open");
        open.setDefaultButton(true);
        open.getStyleClass().add(Styles.ACCENT);
        open.setTooltip(new Tooltip(Messages.get("problems.open.tooltip")));
        open.setOnAction(e -> onOpenAnother.run());
        Button quit = new Button(Messages.get("problems.quit"));
        quit.setId("problems-quit");
        quit.setOnAction(e -> onQuit.run());
        HBox buttons = new HBox(12, open, quit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, title, intro, list, hint, buttons);
        root.setId("problems");
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(24));
        return root;
    }
}
