package org.exerciseplayer.ui;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

/**
 * The 0-10 pain rating where a screen asks for one ("Before you start", the end, the next morning): eleven toggle
 * buttons bound to a nullable rating, that grow with the text (app.css); pressing the chosen one again clears it.
 * A digit key anywhere on the screen chooses that number ("1" then "0" for 10) and Backspace clears it, so the
 * rating can be given without reaching the buttons first; Enter then does the screen's main action.
 */
public final class PainScale {

    private PainScale() {
    }

    public static FlowPane create(String idPrefix, ObjectProperty<Integer> rating) {
        ToggleGroup group = new ToggleGroup();
        FlowPane scale = new FlowPane(6, 6);
        scale.setId(idPrefix);
        scale.getStyleClass().add("pain-scale");
        for (int value = 0; value <= 10; value++) {
            ToggleButton button = new ToggleButton(Integer.toString(value));
            button.setId(idPrefix + "-" + value);
            button.setToggleGroup(group);
            button.setUserData(value);
            button.setAccessibleText(Messages.get("start.pain.accessible", value));
            if (rating.get() != null && rating.get() == value) {
                button.setSelected(true);
            }
            scale.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, is) ->
                rating.set(is == null ? null : (Integer) is.getUserData()));
        rating.addListener((o, was, is) -> {
            if (is == null) {
                group.selectToggle(null);
            } else if (group.getSelectedToggle() == null || !is.equals(group.getSelectedToggle().getUserData())) {
                group.selectToggle(group.getToggles().get(is));
            }
        });
        return scale;
    }

    /**
     * Digits typed anywhere on {@code screen} (but in a text field) choose a number of {@code scale} and move the focus
     * to it; "1" then "0" chooses 10; Backspace or Delete clears the rating.
     */
    public static void digitsChoose(Node screen, FlowPane scale, ObjectProperty<Integer> rating) {
        int[] lastDigit = {-1};
        screen.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isShiftDown()
                    || event.getTarget() instanceof TextInputControl) {
                return;
            }
            int digit = digit(event.getCode());
            if (digit >= 0) {
                int value = digit == 0 && lastDigit[0] == 1 ? 10 : digit;
                lastDigit[0] = value == 10 ? -1 : digit;
                rating.set(value);
                scale.getChildren().get(value).requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.BACK_SPACE || event.getCode() == KeyCode.DELETE) {
                lastDigit[0] = -1;
                rating.set(null);
                event.consume();
            } else {
                lastDigit[0] = -1;
            }
        });
    }

    /** The digit a key stands for (the row of digits or the keypad), or -1. */
    public static int digit(KeyCode code) {
        if (!code.isDigitKey()) {
            return -1;
        }
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
