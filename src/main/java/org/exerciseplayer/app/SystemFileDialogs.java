package org.exerciseplayer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.exerciseplayer.ui.Messages;

/** The platform's own file dialogs, starting in the folder last used. */
final class SystemFileDialogs implements FileDialogs {

    private final Window owner;
    private File lastFolder;

    SystemFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseCatalogue() {
        return ask(chooser(Messages.get("dialog.open.title"), Messages.get("dialog.open.filter"), "*.json"),
                chooser -> chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterText, String pattern) {
        FileChooser chooser = chooser(title, filterText, pattern);
        chooser.setInitialFileName(suggestedName);
        return ask(chooser, c -> c.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, String filterText, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, pattern));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> ask(FileChooser chooser, Function<FileChooser, File> show) {
        File chosen = show.apply(chooser);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
