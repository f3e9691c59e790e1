package org.exerciseplayer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.exerciseplayer.catalogue.FormatGuide;
import org.exerciseplayer.ui.Messages;

/**
 * Help &gt; File formats: the guides to writing a catalogue and a routine, as the app carries them, each in a tab of
 * selectable text, with a button that saves the guide shown as a file (to read in an editor, print or send on).
 */
final class FormatGuideWindow {

    private final Window owner;
    private final FileDialogs dialogs;
    private final Consumer<String> onDone;
    private final Consumer<String> onProblem;
    private Stage stage;

    FormatGuideWindow(Window owner, FileDialogs dialogs, Consumer<String> onDone, Consumer<String> onProblem) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.onDone = onDone;
        this.onProblem = onProblem;
    }

    /** Shows the window, or brings it to the front if it is open. */
    void show() {
        if (stage == null) {
            stage = createStage();
        }
        stage.show();
        stage.toFront();
    }

    private Stage createStage() {
        TabPane tabs = new TabPane(tab(FormatGuide.Kind.CATALOGUE, "guide.tab.catalogue"),
                tab(FormatGuide.Kind.ROUTINE, "guide.tab.routine"));
        tabs.setId("guide-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The pane's skin clips it to its bounds (for tabs that open and close, which these never do), and with it
        // the focus ring drawn just outside: without the clip the ring shows (issue 17).
        tabs.skinProperty().addListener((seen, was, skin) -> tabs.setClip(null));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label intro = new Label(Messages.get("guide.intro"));
        intro.setWrapText(true);
        Button save = new Button(Messages.get("guide.save"));
        save.setId("guide-save");
        save.setOnAction(e -> save((FormatGuide.Kind) tabs.getSelectionModel().getSelectedItem().getUserData()));
        Button close = new Button(Messages.get("guide.close"));
        close.setId("guide-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(12, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, intro, tabs, buttons);
        root.setId("guide");
        root.getStyleClass().add("screen");
        root.setPadding(new Insets(16));
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(Messages.get("guide.title"));
        Scene scene = new Scene(root, 900, 700);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        window.setScene(scene);
        return window;
    }

    private static Tab tab(FormatGuide.Kind kind, String titleKey) {
        TextArea text = new TextArea(FormatGuide.text(kind));
        text.setId("guide-text-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText(Messages.get(titleKey));
        // Tab goes on to the next control, as everywhere else, not round inside the guide's text (issue 17).
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                text.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                        javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        // Nothing is selected for the person: a guide all highlighted on reaching it by Tab reads as a warning.
        text.focusedProperty().addListener((seen, was, focused) -> javafx.application.Platform.runLater(text::deselect));
        // Room round the text for its focus ring, which the tab's content would otherwise cut off.
        javafx.scene.layout.StackPane framed = new javafx.scene.layout.StackPane(text);
        framed.setPadding(new Insets(8));
        Tab tab = new Tab(Messages.get(titleKey), framed);
        tab.setUserData(kind);
        return tab;
    }

    /** Saves the guide as a Markdown file where the person chooses, through a temporary file beside it. */
    void save(FormatGuide.Kind kind) {
        dialogs.chooseSaveFile(Messages.get("guide.save.title"), kind.fileName(), Messages.get("guide.save.filter"),
                "*.md").ifPresent(file -> {
                    try {
                        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".guide-", ".md");
                        Files.writeString(temporary, FormatGuide.text(kind), StandardCharsets.UTF_8);
                        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                        onDone.accept(Messages.get("guide.saved", file));
                    } catch (IOException e) {
                        onProblem.accept(Messages.get("guide.save.failed", file, String.valueOf(e.getMessage())));
                    }
                });
    }
}
