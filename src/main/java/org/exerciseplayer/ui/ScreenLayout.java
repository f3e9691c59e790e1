package org.exerciseplayer.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The shape shared by the simple screens: scrolling content above a footer whose main button has the focus. */
public final class ScreenLayout {

    private ScreenLayout() {
    }

    /** The screen's main action: accented, large, the default button (Enter), with its tooltip. */
    public static Button mainButton(String id, String text, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setDefaultButton(true);
        button.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * A screen with {@code content} scrolling above a footer holding {@code left} and, at the right, the
     * {@code main} button, which gets the keyboard focus when the screen is shown.
     */
    public static VBox screen(String id, VBox content, Button main, Node... left) {
        return screenWithEnter(id, content, main, main, left);
    }

    /**
     * A screen as {@link #screen(String, VBox, Button, Node...)}, whose Enter does {@code enterDoes} rather than the
     * footer's button (the morning check: Enter gives the number chosen; the footer offers "Not now").
     */
    public static VBox screenWithEnter(String id, VBox content, Button main, Button enterDoes, Node... left) {
        content.setPadding(new Insets(24));
        content.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        keepFocusInView(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The other buttons wrap onto a second line rather than being cut short; the main one keeps its words.
        javafx.scene.layout.FlowPane others = new javafx.scene.layout.FlowPane(12, 8, left);
        others.setAlignment(Pos.CENTER_LEFT);
        others.setMinWidth(0);
        HBox.setHgrow(others, Priority.ALWAYS);
        main.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(12, others, main);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(12, 24, 16, 24));
        footer.getStyleClass().add("footer");
        VBox root = new VBox(scroll, footer);
        root.setId(id);
        root.getStyleClass().add("screen");
        focusWhenShown(root, main);
        enterDoesMainAction(root, enterDoes);
        return root;
    }

    /**
     * Scrolls {@code scroll} so that whatever in it takes the keyboard focus is in view: Tab never lands on a control
     * out of sight (JavaFX's scroll pane does not follow the focus by itself).
     */
    public static void keepFocusInView(ScrollPane scroll) {
        javafx.beans.value.ChangeListener<Node> follow = (o, was, focused) -> scrollTo(scroll, focused);
        scroll.sceneProperty().addListener((o, was, is) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (is != null) {
                is.focusOwnerProperty().addListener(follow);
            }
        });
    }

    private static void scrollTo(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        javafx.geometry.Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double room = content.getBoundsInLocal().getHeight() - viewport;
        if (room <= 0 || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * room;
        double margin = 8;
        if (node.getMinY() - margin < top) {
            top = node.getMinY() - margin;
        } else if (node.getMaxY() + margin > top + viewport) {
            top = Math.min(node.getMaxY() + margin - viewport, node.getMinY() - margin);
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / room)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Gives {@code main} the keyboard focus each time {@code root} is put in a window. */
    public static void focusWhenShown(Node root, Button main) {
        root.sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                main.requestFocus();
            }
        });
    }

    /**
     * Enter on this screen does its main action, whatever has the focus (a tick box, a pain number), but where Enter
     * means something else: in a text field or a list, and on another button, which Enter presses. It does not wait
     * for the default button's skin, so it works from the moment the screen is shown.
     */
    public static void enterDoesMainAction(Node root, Button main) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown()
                    || event.isShiftDown()) {
                return;
            }
            Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focused instanceof TextInputControl || focused instanceof ListView || focused instanceof ComboBoxBase
                    || focused instanceof TableView || focused instanceof TreeView) {
                return;
            }
            Button pressed = focused instanceof Button other && !other.isDisabled() ? other : main;
            if (!pressed.isDisabled()) {
                pressed.fire();
                event.consume();
            }
        });
    }
}
