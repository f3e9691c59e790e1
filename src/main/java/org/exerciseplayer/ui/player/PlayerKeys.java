package org.exerciseplayer.ui.player;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The player's keys, taken before the focused control sees them: the keyboard's, a presentation clicker's (Page Up,
 * Page Down, B or ".", F5, Esc) and a keyboard's media keys. Over a question, a clicker's Page Up and Page Down move
 * between the answers and its B, "." or F5 gives the one chosen, so a clicker alone answers every question; digits
 * choose a pain number wherever one is asked. Esc asks "end the session?" (a second Esc or Enter ends it, any other
 * key carries on) and P is the pain stop at once, whatever is shown.
 */
final class PlayerKeys {

    private final PlayerViewModel model;
    private final PlayerQuestions questions;
    private final java.util.function.Supplier<Scene> scene;

    PlayerKeys(PlayerViewModel model, PlayerQuestions questions, java.util.function.Supplier<Scene> scene) {
        this.model = model;
        this.questions = questions;
        this.scene = scene;
    }

    void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        PlayerViewModel.Overlay showing = model.overlayProperty().get();
        boolean handled = showing != PlayerViewModel.Overlay.NONE ? answerKey(showing, event.getCode())
                : playKey(event);
        if (handled) {
            event.consume();
        }
    }

    /** A key while the session is shown without a question. */
    private boolean playKey(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean onSlider = event.getTarget() instanceof javafx.scene.control.Slider;
        if (onSlider && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            return false;
        }
        switch (code) {
            // Space, a clicker's blank-screen key (B or "."), a keyboard's pause key.
            case SPACE, B, PERIOD, PAUSE -> model.togglePause();
            // A keyboard's media keys, as a headset's buttons and the desktop's media controls (MPRIS).
            case PLAY -> model.media(PlayerViewModel.MediaCommand.PLAY_PAUSE);
            case TRACK_NEXT -> model.media(PlayerViewModel.MediaCommand.NEXT);
            case TRACK_PREV -> model.media(PlayerViewModel.MediaCommand.PREVIOUS);
            case STOP -> model.media(PlayerViewModel.MediaCommand.STOP);
            // A clicker's "start the show" key: go on if paused, and nothing else (it is the same button as Esc).
            case F5 -> {
                if (model.screen().pausedProperty().get()) {
                    model.togglePause();
                }
            }
            case LEFT, PAGE_UP -> model.back();
            case RIGHT -> {
                if (event.isShiftDown()) {
                    model.skipExercise();
                } else {
                    model.skip();
                }
            }
            case PAGE_DOWN -> model.skip();
            case ENTER -> model.done();
            case ESCAPE -> model.requestEnd();
            case P -> model.reportPainIncrease();
            case M -> model.toggleMute();
            case CLOSE_BRACKET -> model.faster();
            case OPEN_BRACKET -> model.slower();
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A key over a question: P is the pain stop; digits choose a pain number; "end the session?" ends on Esc or Enter
     * and carries on on any other key; Esc closes the pain question (carry on) and asks "end the session?" over the
     * check; Page Up and Page Down move between the answers, and B, "." or F5 gives the chosen one.
     *
     * @return whether the key was taken
     */
    private boolean answerKey(PlayerViewModel.Overlay showing, KeyCode code) {
        if (code == KeyCode.P) {
            model.reportPainIncrease();
            return true;
        }
        if (showing == PlayerViewModel.Overlay.END_CONFIRM) {
            Scene shown = scene.get();
            Node focused = shown == null ? null : shown.getFocusOwner();
            boolean onCarryOn = focused != null && "end-no".equals(focused.getId());
            if (code == KeyCode.ESCAPE || code == KeyCode.STOP || code == KeyCode.ENTER && !onCarryOn) {
                model.confirmEnd();
                return true;
            }
            if (!code.isModifierKey() && code != KeyCode.TAB) {
                model.carryOn();
                return true;
            }
            return false;
        }
        int digit = PlayerQuestions.digit(code);
        if (digit >= 0 && model.asksForPainNumber()) {
            questions.chooseDigit(showing, digit);
            return true;
        }
        return switch (code) {
            case ESCAPE -> {
                if (showing == PlayerViewModel.Overlay.PAIN_CONFIRM) {
                    model.carryOn();
                } else {
                    model.requestEnd();
                }
                yield true;
            }
            case PAGE_DOWN -> questions.moveFocus(showing, +1);
            case PAGE_UP -> questions.moveFocus(showing, -1);
            case B, PERIOD, F5 -> questions.giveChosen(showing);
            default -> false;
        };
    }
}
