package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The player's top lines, kept short so the figure and the countdown get the height: the exercise's name with the
 * paused and demo-speed badges, its section and dose with how far through the session it is, and a thin progress
 * bar.
 */
final class PlayerHeader {

    private PlayerHeader() {
    }

    static VBox create(SessionScreen screen) {
        Label name = new Label();
        name.setId("player-exercise");
        name.textProperty().bind(screen.exerciseNameProperty());
        name.getStyleClass().addAll(Styles.TITLE_2, "player-exercise");
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMinHeight(Region.USE_PREF_SIZE);
        Label speed = badge("player-speed", "speed-badge");
        speed.textProperty().bind(screen.speedTextProperty());
        Label paused = badge("player-paused", "paused-badge");
        paused.setText(Messages.get("player.status.paused"));
        paused.setGraphic(new FontIcon(Material2MZ.PAUSE));
        paused.visibleProperty().bind(screen.pausedProperty());
        paused.managedProperty().bind(paused.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleLine = new TitleLine(name, spacer, paused, speed);
        titleLine.setAlignment(Pos.CENTER_LEFT);

        Label section = new Label();
        section.setId("player-section");
        section.getStyleClass().add(Styles.TEXT_MUTED);
        section.setTextOverrun(OverrunStyle.ELLIPSIS);
        section.setMinWidth(0);
        HBox.setHgrow(section, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.setId("player-progress-text");
        progressText.textProperty().bind(screen.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        HBox detailLine = new DetailLine(section, progressText, screen);
        detailLine.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.setId("player-progress");
        progress.getStyleClass().add("player-progress");
        progress.progressProperty().bind(screen.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.accessibleTextProperty().bind(screen.progressTextProperty());
        VBox header = new VBox(4, titleLine, detailLine, progress);
        header.setPadding(new Insets(8, 24, 2, 24));
        header.getStyleClass().add("player-header");
        return header;
    }

    /**
     * The exercise's name on one line: in smaller type when a long name ("Deep core
     * muscle activation (transversus abdominis)") would otherwise take two lines from the figure, down to 0.8 of the
     * window's text size (still twice the normal size at the largest text); wrapped only then.
     */
    private static final class TitleLine extends HBox {
        private static final double[] SCALES = {1.6, 1.45, 1.3, 1.15, 1.0, 0.9, 0.8};
        private final Label name;
        private final Label probe = new Label("M");
        private String fitted = "";

        TitleLine(Label name, javafx.scene.Node... others) {
            super(12);
            this.name = name;
            getChildren().add(name);
            getChildren().addAll(others);
            probe.setManaged(false);
            probe.setVisible(false);
            getChildren().add(probe);
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void layoutChildren() {
            double base = probe.getFont().getSize();
            double others = 0;
            for (javafx.scene.Node child : getChildren()) {
                if (child != name && child != probe && child.isManaged()) {
                    others += child.prefWidth(-1) + getSpacing();
                }
            }
            double available = getWidth() - snappedLeftInset() - snappedRightInset() - others;
            String key = Math.round(available) + "@" + base + ":" + name.getText();
            if (!key.equals(fitted) && available > 0) {
                fitted = key;
                double chosen = SCALES[SCALES.length - 1];
                for (double scale : SCALES) {
                    javafx.scene.text.Text text = new javafx.scene.text.Text(name.getText());
                    text.setFont(javafx.scene.text.Font.font(name.getFont().getFamily(),
                            javafx.scene.text.FontWeight.BOLD, base * scale));
                    if (text.getLayoutBounds().getWidth() <= available) {
                        chosen = scale;
                        break;
                    }
                }
                name.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", base * chosen));
            }
            super.layoutChildren();
        }
    }

    /**
     * The section and the dose on one line beside how far through the session it is. The dose ("twice daily") is part
     * of what to do and the section is not: where both do not fit, the section's name is left out, so the dose is cut
     * short only when it does not fit on its own.
     */
    private static final class DetailLine extends HBox {
        private final Label section;
        private final SessionScreen screen;
        private String fitted = "";

        DetailLine(Label section, Label progress, SessionScreen screen) {
            super(16, section, progress);
            this.section = section;
            this.screen = screen;
            screen.sectionNameProperty().addListener((o, was, is) -> requestLayout());
            screen.doseTextProperty().addListener((o, was, is) -> requestLayout());
        }

        @Override
        protected void layoutChildren() {
            String name = screen.sectionNameProperty().get();
            String dose = screen.doseTextProperty().get();
            String both = name.isEmpty() ? dose : dose.isEmpty() ? name : name + " \u00b7 " + dose;
            double others = 0;
            for (javafx.scene.Node child : getChildren()) {
                if (child != section && child.isManaged()) {
                    others += child.prefWidth(-1) + getSpacing();
                }
            }
            double available = getWidth() - snappedLeftInset() - snappedRightInset() - others;
            String key = Math.round(available) + "@" + section.getFont() + ":" + both;
            if (!key.equals(fitted) && available > 0) {
                fitted = key;
                javafx.scene.text.Text probe = new javafx.scene.text.Text(both);
                probe.setFont(section.getFont());
                boolean fits = probe.getLayoutBounds().getWidth()
                        + section.snappedLeftInset() + section.snappedRightInset() <= available;
                section.setText(fits || dose.isEmpty() ? both : dose);
            }
            super.layoutChildren();
        }
    }

    private static Label badge(String id, String styleClass) {
        Label badge = new Label();
        badge.setId(id);
        badge.getStyleClass().addAll("badge", styleClass);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        return badge;
    }
}
