package org.exerciseplayer.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.exerciseplayer.ui.Messages;

/**
 * The platform's own file dialogs, starting in the folder asked for (a routine's own), else the folder last used,
 * else the person's documents folder: never the folder the app happened to be started from.
 */
final class SystemFileDialogs implements FileDialogs {

    private final Window owner;
    private File lastFolder;

    SystemFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseCatalogue() {
        return ask(chooser(Messages.get("dialog.open.title"), Messages.get("dialog.open.filter"), "*.json",
                Optional.empty()), chooser -> chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterText, String pattern) {
        return chooseSaveFile(title, suggestedName, filterText, pattern, Optional.empty());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterText, String pattern,
                                         Optional<Path> folder) {
        FileChooser chooser = chooser(title, filterText, pattern, folder);
        chooser.setInitialFileName(suggestedName);
        return ask(chooser, c -> c.showSaveDialog(owner));
    }

    private FileChooser chooser(String title, String filterText, String pattern, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, pattern));
        chooser.setInitialDirectory(startFolder(folder, lastFolder).toFile());
        return chooser;
    }

    /** The folder a dialog starts in: the one asked for, else the last used, else the documents folder. */
    static Path startFolder(Optional<Path> asked, File last) {
        return asked.filter(java.nio.file.Files::isDirectory)
                .or(() -> Optional.ofNullable(last).filter(File::isDirectory).map(File::toPath))
                .orElseGet(org.exerciseplayer.platform.UserFolders::documents);
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
