package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/**
 * The exercise in words, in a column of its own beside the figure: its cautions first (set apart), the physio's
 * dose and notes, then every step, numbered, and the physio's variation. All of it stays on screen for the whole
 * exercise, in the largest type that fits the column (from 1.8 times the window's text size down to that size), so
 * that nothing needs scrolling by someone on the floor; with large text or presenter mode in a small window a little
 * smaller than the window's text (never below its normal size); only when even that does not fit does the column
 * scroll.
 */
final class InstructionsColumn extends Region {

    /**
     * Type sizes tried, largest first, as factors of the window's text size. Below 1 only while the type stays at
     * least {@link #SMALLEST_PIXELS}: with large text or presenter mode in a small window, slightly smaller type that
     * shows every step beats type of the chosen size that must be scrolled.
     */
    private static final double[] SCALES = {1.8, 1.6, 1.45, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8};
    /** The smallest type the column is drawn in before it scrolls instead: the window's normal text size. */
    private static final double SMALLEST_PIXELS = 14;

    private final VBox content;
    private final ScrollPane scroll;
    /** Reads the window's text size: a label with no size of its own. */
    private final Label probe = new Label("M");
    private int version;
    private String fittedKey = "";
    private double scale = 1;

    InstructionsColumn(SessionScreen screen) {
        Label cautionsHeading = new Label("\u26A0 " + Messages.get("player.cautions"));
        cautionsHeading.getStyleClass().addAll(Styles.TITLE_4, "safety-heading");
        VBox cautionLines = new VBox(4);
        VBox cautions = new VBox(6, cautionsHeading, cautionLines);
        cautions.setId("player-cautions");
        cautions.getStyleClass().add("safety-box");
        cautions.visibleProperty().bind(Bindings.isNotEmpty(screen.cautions()));
        cautions.managedProperty().bind(cautions.visibleProperty());
        follow(cautionLines, screen.cautions(), "caution", false);

        Label physioHeading = new Label(Messages.get("player.physio"));
        physioHeading.getStyleClass().addAll(Styles.TITLE_4, "physio-heading");
        VBox physioLines = new VBox(4);
        Label physioDose = line("player-physio-dose", screen.physioDoseProperty(), "physio-dose");
        physioDose.getStyleClass().add(Styles.TEXT_BOLD);
        VBox physio = new VBox(6, physioHeading, physioDose, physioLines);
        physio.setId("player-physio-notes");
        physio.getStyleClass().add("physio-box");
        physio.visibleProperty().bind(Bindings.isNotEmpty(screen.physioNotes()).or(physioDose.visibleProperty()));
        physio.managedProperty().bind(physio.visibleProperty());
        follow(physioLines, screen.physioNotes(), "physio-note", false);

        Label stepsHeading = new Label(Messages.get("player.steps"));
        stepsHeading.getStyleClass().add(Styles.TITLE_4);
        VBox stepLines = new VBox(8);
        stepLines.setId("player-steps");
        follow(stepLines, screen.steps(), "step", true);
        Label variation = line("player-variation", screen.variationTextProperty(), "variation");

        content = new VBox(10, cautions, physio, stepsHeading, stepLines, variation);
        content.setPadding(new Insets(0, 8, 0, 0));
        content.getStyleClass().add("instructions");
        scroll = new ScrollPane(content);
        scroll.setId("player-instructions");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        probe.setManaged(false);
        probe.setVisible(false);
        getChildren().addAll(scroll, probe);
        setMinSize(0, 0);
        screen.physioDoseProperty().addListener((o, was, is) -> changed());
        screen.variationTextProperty().addListener((o, was, is) -> changed());
    }

    private Label line(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private void follow(VBox box, ObservableList<String> lines, String style, boolean numbered) {
        fill(box, lines, style, numbered);
        lines.addListener((ListChangeListener<String>) c -> {
            fill(box, lines, style, numbered);
            changed();
        });
    }

    private static void fill(VBox box, List<String> lines, String style, boolean numbered) {
        box.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(numbered ? (i + 1) + ".  " + lines.get(i) : lines.get(i));
            line.setWrapText(true);
            line.getStyleClass().add(style);
            box.getChildren().add(line);
        }
    }

    private void changed() {
        version++;
        requestLayout();
    }

    /** The type size chosen, as a factor of the window's text size (for tests and the layout measures). */
    double scale() {
        return scale;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        double base = probe.getFont().getSize();
        String key = Math.round(width) + "x" + Math.round(height) + "@" + base + "#" + version;
        if (!key.equals(fittedKey) && width > 0 && height > 0) {
            fittedKey = key;
            fit(width, height, base);
        }
        scroll.resizeRelocate(0, 0, width, height);
    }

    /** The largest type with which the whole column fits without scrolling, or the smallest allowed if none does. */
    private void fit(double width, double height, double base) {
        for (double candidate : SCALES) {
            if (candidate < 1 && base * candidate < SMALLEST_PIXELS) {
                return;
            }
            scale = candidate;
            content.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", base * candidate));
            content.applyCss();
            if (content.prefHeight(width) <= height) {
                return;
            }
        }
    }
}
