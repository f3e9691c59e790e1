package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The player's controls along the bottom, each with its key in its tooltip: back, pause, skip, next exercise, done
 * and counting repetitions oneself; the sound (mute, volume, and room for more, such as a voice); stop; and, on a
 * line of its own across the window, the pain stop. When the buttons' words do not fit (large text in a small
 * window) they show their icons only, keeping their names for screen readers and tooltips, so that the figure keeps
 * its height.
 */
final class PlayerControls {

    private final PlayerViewModel model;
    private Button pauseButton;
    private final HBox soundControls = new HBox(8);
    /** Every icon of the row, sized with the text (the stylesheet's icon sizes are fixed pixels). */
    private final List<FontIcon> icons = new java.util.ArrayList<>();

    PlayerControls(PlayerViewModel model) {
        this.model = model;
    }

    Button pauseButton() {
        return pauseButton;
    }

    /** Where sound controls go (mute and volume now; a voice's switch may join them). */
    HBox soundControls() {
        return soundControls;
    }

    VBox create() {
        Button back = action("player-back", Material2MZ.SKIP_PREVIOUS, Messages.get("player.action.back"),
                "player.action.back.tooltip", model::back);
        pauseButton = action("player-pause", null, "", "player.action.pause.tooltip", model::togglePause);
        var paused = model.screen().pausedProperty();
        pauseButton.textProperty().bind(Bindings.when(paused)
                .then(Messages.get("player.action.resume")).otherwise(Messages.get("player.action.pause")));
        FontIcon play = icon(Material2MZ.PLAY_ARROW);
        FontIcon pause = icon(Material2MZ.PAUSE);
        pauseButton.graphicProperty().bind(Bindings.when(paused).<Node>then(play).otherwise(pause));
        pauseButton.accessibleTextProperty().bind(pauseButton.textProperty());
        pauseButton.getStyleClass().add(Styles.ACCENT);
        Button skip = action("player-skip", Material2MZ.SKIP_NEXT, Messages.get("player.action.skip"),
                "player.action.skip.tooltip", model::skip);
        Button nextExercise = action("player-next-exercise", Material2AL.FAST_FORWARD,
                Messages.get("player.action.nextExercise"), "player.action.nextExercise.tooltip", model::skipExercise);
        Button done = action("player-done", Material2AL.CHECK, Messages.get("player.action.done"),
                "player.action.done.tooltip", model::done);
        done.visibleProperty().bind(model.manualProperty().and(model.screen().manualAvailableProperty()));
        done.managedProperty().bind(done.visibleProperty());
        done.getStyleClass().add(Styles.SUCCESS);
        ToggleButton manual = new ToggleButton(Messages.get("player.action.manual"), icon(Material2MZ.TOUCH_APP));
        manual.setId("player-manual");
        manual.setAccessibleText(Messages.get("player.action.manual"));
        manual.setTooltip(new Tooltip(Messages.get("player.action.manual.tooltip")));
        manual.visibleProperty().bind(model.screen().manualAvailableProperty());
        manual.managedProperty().bind(manual.visibleProperty());
        manual.setOnAction(e -> model.setManual(manual.isSelected()));
        model.manualProperty().addListener((o, was, is) -> manual.setSelected(is));
        Button mute = action("player-mute", null, "", "player.action.mute.tooltip", model::toggleMute);
        mute.textProperty().bind(Bindings.when(model.mutedProperty())
                .then(Messages.get("player.action.unmute")).otherwise(Messages.get("player.action.mute")));
        FontIcon soundOff = icon(Material2MZ.VOLUME_OFF);
        FontIcon soundOn = icon(Material2MZ.VOLUME_UP);
        mute.graphicProperty().bind(Bindings.when(model.mutedProperty()).<Node>then(soundOff).otherwise(soundOn));
        mute.accessibleTextProperty().bind(mute.textProperty());
        Slider volume = new Slider(0, 1, model.volumeProperty().get());
        volume.setId("player-volume");
        volume.setPrefWidth(110);
        volume.setMinWidth(60);
        volume.setBlockIncrement(0.1);
        volume.setAccessibleText(Messages.get("player.action.volume"));
        volume.setTooltip(new Tooltip(Messages.get("player.action.volume.tooltip")));
        volume.valueProperty().addListener((o, was, is) -> model.setVolume(is.doubleValue()));
        volume.disableProperty().bind(model.mutedProperty());
        soundControls.setId("player-sound-controls");
        soundControls.setAlignment(Pos.CENTER_LEFT);
        soundControls.getChildren().addAll(mute, volume);
        Button stop = action("player-stop", Material2MZ.STOP, Messages.get("player.action.stop"),
                "player.action.stop.tooltip", model::requestEnd);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new SqueezingBar(List.of(back, pauseButton, skip, nextExercise, done, manual, mute, stop),
                icons, back, pauseButton, skip, nextExercise, done, manual, spacer, soundControls, stop);
        buttons.setSpacing(8);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Button pain = action("player-pain", Material2MZ.WARNING, Messages.get("player.action.pain"),
                "player.action.pain.tooltip", model::reportPainIncrease);
        pain.getStyleClass().addAll(Styles.DANGER, Styles.LARGE, "pain-button");
        pain.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(pain, Priority.ALWAYS);
        Label soundNote = new Label();
        soundNote.setId("player-sound-note");
        soundNote.textProperty().bind(Bindings.when(model.soundNoteProperty().isEmpty()).then("")
                .otherwise(Bindings.concat(Messages.get("player.sound.unavailable.prefix"), " ",
                        model.soundNoteProperty())));
        soundNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        soundNote.visibleProperty().bind(model.soundNoteProperty().isNotEmpty());
        soundNote.managedProperty().bind(soundNote.visibleProperty());
        Label note = new Label();
        note.setId("player-note");
        note.textProperty().bind(model.noteProperty());
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        VBox controls = new VBox(6, buttons, new HBox(pain), soundNote, note);
        controls.setPadding(new Insets(6, 24, 8, 24));
        controls.getStyleClass().add("footer");
        return controls;
    }

    private FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icons.add(icon);
        return icon;
    }

    private Button action(String id, Ikon ikon, String name, String tooltipKey, Runnable command) {
        Button button = new Button(name, ikon == null ? null : icon(ikon));
        button.setId(id);
        button.setAccessibleText(name);
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setOnAction(e -> command.run());
        button.setFocusTraversable(true);
        return button;
    }

    /**
     * A row of buttons that drops their words, keeping their icons, when the words would not fit, and sizes its icons
     * with the text.
     */
    private static final class SqueezingBar extends HBox {
        private final List<ButtonBase> squeezable;
        private final List<FontIcon> icons;
        private double iconsFor = -1;

        SqueezingBar(List<ButtonBase> squeezable, List<FontIcon> icons, Node... children) {
            super(children);
            this.squeezable = squeezable;
            this.icons = icons;
            setMinWidth(0);
        }

        @Override
        protected void layoutChildren() {
            double text = squeezable.get(0).getFont().getSize();
            if (text != iconsFor) {
                iconsFor = text;
                String size = iconClass(text);
                for (FontIcon icon : icons) {
                    icon.getStyleClass().removeIf(c -> c.startsWith("icon-") && !c.equals(size));
                    if (!icon.getStyleClass().contains(size)) {
                        icon.getStyleClass().add(size);
                    }
                }
            }
            // The width the row needs with every button's words: its width now, plus the words hidden now.
            double full = prefWidth(-1);
            for (ButtonBase button : squeezable) {
                if (button.isManaged() && button.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                    full += textWidth(button) + button.getGraphicTextGap();
                }
            }
            ContentDisplay wanted = full > getWidth() ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
            for (ButtonBase button : squeezable) {
                if (button.getContentDisplay() != wanted) {
                    button.setContentDisplay(wanted);
                }
            }
            super.layoutChildren();
        }

        /**
         * The stylesheet's icon size nearest 1.3 times the text ({@code icon-16} to {@code icon-72}). A class, not an
         * inline style: an inline icon size lost the icon's font on a later CSS pass (boxes instead of icons).
         */
        static String iconClass(double textPixels) {
            int wanted = (int) Math.round(textPixels * 1.3);
            int best = ICON_SIZES[0];
            for (int size : ICON_SIZES) {
                if (Math.abs(size - wanted) < Math.abs(best - wanted)) {
                    best = size;
                }
            }
            return "icon-" + best;
        }

        private static final int[] ICON_SIZES = {16, 18, 20, 24, 28, 32, 36, 42, 48, 56, 64, 72};

        private static double textWidth(ButtonBase button) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(button.getText());
            text.setFont(button.getFont());
            return Math.ceil(text.getLayoutBounds().getWidth());
        }
    }
}
