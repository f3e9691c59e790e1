package org.exerciseplayer.app;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.exerciseplayer.ui.Messages;

/** The window's menu bar (File, View, Help) and the keys it gives: each item calls one of the window's actions. */
final class WindowMenu {

    /** What the menu's items do. */
    interface Actions {
        void open();

        void newRoutine();

        void editRoutine();

        void handout(boolean largeType);

        void quit();

        void progress();

        void reminders();

        void voice();

        void keys();

        /** Help &gt; File formats: the guides to the catalogue and routine formats the app carries. */
        void formats();
    }

    private WindowMenu() {
    }

    /**
     * @param canEditRoutine whether there is a routine to edit (File &gt; Edit routine)
     * @param canPrint       whether a handout can be made now (not during a session), asked as the menu opens
     */
    static MenuBar create(Actions actions, WindowLook look, ObservableBooleanValue canEditRoutine,
                          BooleanSupplier canPrint) {
        MenuItem open = item("menu.file.open", shortcut(KeyCode.O), actions::open);
        MenuItem newRoutine = item("menu.file.newRoutine", shortcut(KeyCode.N), actions::newRoutine);
        MenuItem editRoutine = item("menu.file.editRoutine", shortcut(KeyCode.E), actions::editRoutine);
        editRoutine.disableProperty().bind(javafx.beans.binding.Bindings.not(canEditRoutine));
        MenuItem handout = item("menu.file.handout", null, () -> actions.handout(false));
        MenuItem handoutLarge = item("menu.file.handoutLarge", null, () -> actions.handout(true));
        MenuItem quit = item("menu.file.quit", shortcut(KeyCode.Q), actions::quit);
        Menu file = new Menu(Messages.get("menu.file"), null, open, new SeparatorMenuItem(), newRoutine, editRoutine,
                new SeparatorMenuItem(), handout, handoutLarge, new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> {
            handout.setDisable(!canPrint.getAsBoolean());
            handoutLarge.setDisable(!canPrint.getAsBoolean());
        });

        CheckMenuItem presenter = new CheckMenuItem(Messages.get("menu.view.presenter"));
        presenter.setId("menu-presenter");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        presenter.selectedProperty().bindBidirectional(look.presenterProperty());
        presenter.setOnAction(e -> look.setPresenter(presenter.isSelected()));
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("menu-dark");
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.setSelected(look.darkProperty().get());
        look.darkProperty().addListener((o, was, is) -> dark.setSelected(is));
        dark.setOnAction(e -> look.applyTheme(dark.isSelected()));
        MenuItem larger = item("menu.view.larger", anyShift(KeyCode.PLUS),
                () -> look.changeTextScale(+WindowLook.TEXT_STEP));
        MenuItem smaller = item("menu.view.smaller", anyShift(KeyCode.MINUS),
                () -> look.changeTextScale(-WindowLook.TEXT_STEP));
        MenuItem normal = item("menu.view.normal", shortcut(KeyCode.DIGIT0), () -> look.setTextScale(1.0));
        MenuItem progress = item("menu.view.progress", shortcut(KeyCode.H), actions::progress);
        MenuItem reminders = item("menu.view.reminders", null, actions::reminders);
        MenuItem voice = item("menu.view.voice", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), actions::voice);
        Menu view = new Menu(Messages.get("menu.view"), null, progress, reminders, voice, new SeparatorMenuItem(),
                presenter,
                dark,
                new SeparatorMenuItem(), larger, smaller, normal);

        MenuItem keys = item("menu.help.keys", new KeyCodeCombination(KeyCode.F1), actions::keys);
        MenuItem formats = item("menu.help.formats", null, actions::formats);
        Menu help = new Menu(Messages.get("menu.help"), null, keys, formats);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * The text-size keys the menu cannot show (it shows Ctrl and + or −, with or without Shift): Ctrl and = with or
     * without Shift (Ctrl+Shift+= is how "Ctrl and +" is typed on most laptops, and arrives as =), and the keypad's +
     * and −. Each key is in one combination only: the scene runs every combination a key matches.
     */
    static void addTextSizeKeys(javafx.scene.Scene scene, WindowLook look) {
        scene.getAccelerators().put(anyShift(KeyCode.EQUALS), () -> look.changeTextScale(+WindowLook.TEXT_STEP));
        scene.getAccelerators().put(anyShift(KeyCode.ADD), () -> look.changeTextScale(+WindowLook.TEXT_STEP));
        scene.getAccelerators().put(anyShift(KeyCode.SUBTRACT), () -> look.changeTextScale(-WindowLook.TEXT_STEP));
    }

    private static KeyCombination anyShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }
}
