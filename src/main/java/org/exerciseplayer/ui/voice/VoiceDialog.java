package org.exerciseplayer.ui.voice;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.exerciseplayer.ui.Messages;

/**
 * The Voice dialog, built in code over {@link VoiceViewModel}: Tab moves through the switch, the three verbosities
 * (arrow keys between them), the speed (arrow keys), the voice, "Try it" and the buttons; Enter saves, Esc closes
 * without saving.
 */
public final class VoiceDialog {

    private VoiceDialog() {
    }

    public static Dialog<ButtonType> create(VoiceViewModel model, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("voice.title"));
        dialog.setHeaderText(Messages.get("voice.header"));

        CheckBox on = new CheckBox(Messages.get("voice.on"));
        on.setId("voice-on");
        on.selectedProperty().bindBidirectional(model.onProperty());

        Label verbosityLabel = new Label(Messages.get("voice.verbosity"));
        ToggleGroup levels = new ToggleGroup();
        VBox verbosities = new VBox(4);
        for (Verbosity level : Verbosity.values()) {
            RadioButton choice = new RadioButton(VoiceViewModel.describe(level));
            choice.setId("voice-verbosity-" + level.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(levels);
            choice.setUserData(level);
            choice.setWrapText(true);
            choice.setSelected(model.verbosityProperty().get() == level);
            verbosities.getChildren().add(choice);
        }
        levels.selectedToggleProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.verbosityProperty().set((Verbosity) is.getUserData());
            }
        });

        Label speedLabel = new Label(Messages.get("voice.speed"));
        Slider speed = new Slider(VoicePreferences.MIN_SPEED, VoicePreferences.MAX_SPEED,
                model.speedProperty().get());
        speed.setId("voice-speed");
        speed.setMajorTickUnit(VoiceViewModel.SPEED_STEP);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setBlockIncrement(VoiceViewModel.SPEED_STEP);
        speed.setAccessibleText(Messages.get("voice.speed"));
        speed.valueProperty().addListener((o, was, is) -> model.speedProperty().set(
                (int) Math.round(is.doubleValue() / VoiceViewModel.SPEED_STEP) * VoiceViewModel.SPEED_STEP));
        speedLabel.setLabelFor(speed);
        Label speedValue = new Label();
        speedValue.textProperty().bind(model.speedTextProperty());

        Label voiceLabel = new Label(Messages.get("voice.voice"));
        ComboBox<String> voice = new ComboBox<>(model.voices());
        voice.setId("voice-voice");
        voice.setCellFactory(list -> new VoiceCell());
        voice.setButtonCell(new VoiceCell());
        voice.valueProperty().bindBidirectional(model.voiceProperty());
        voice.setAccessibleText(Messages.get("voice.voice"));
        voiceLabel.setLabelFor(voice);

        Button tryIt = new Button(Messages.get("voice.try"));
        tryIt.setId("voice-try");
        tryIt.setTooltip(new Tooltip(Messages.get("voice.try.tooltip")));
        tryIt.setOnAction(e -> model.tryIt());

        Label engine = new Label();
        engine.setId("voice-engine");
        engine.setWrapText(true);
        engine.getStyleClass().add(Styles.TEXT_MUTED);
        engine.textProperty().bind(model.engineTextProperty());
        Label mute = new Label(Messages.get("voice.mute.hint"));
        mute.setWrapText(true);
        mute.getStyleClass().add(Styles.TEXT_MUTED);

        VBox content = new VBox(8, on, verbosityLabel, verbosities, speedLabel, new HBox(8, speed, speedValue),
                voiceLabel, new HBox(8, voice, tryIt), engine, mute);
        content.setId("voice");
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(Messages.get("voice.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("voice.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, close);
        ((Button) dialog.getDialogPane().lookupButton(save)).setId("voice-save");
        dialog.setResultConverter(button -> {
            if (button == save) {
                model.save();
            }
            return button;
        });
        dialog.setOnShown(e -> on.requestFocus());
        return dialog;
    }

    /** A voice in the list, the usual one in words. */
    private static final class VoiceCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : VoiceViewModel.voiceName(item));
        }
    }
}
