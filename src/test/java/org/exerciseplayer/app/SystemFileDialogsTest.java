package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exerciseplayer.platform.UserFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the system's file dialogs start: never the folder the app was started from. */
class SystemFileDialogsTest {

    @TempDir
    Path folder;

    @Test
    void aDialogStartsInTheFolderAskedForThenTheLastUsedThenTheDocumentsFolder() throws Exception {
        Path routines = Files.createDirectories(folder.resolve("routines"));
        File last = Files.createDirectories(folder.resolve("last")).toFile();

        assertThat(SystemFileDialogs.startFolder(Optional.of(routines), last)).isEqualTo(routines);
        assertThat(SystemFileDialogs.startFolder(Optional.of(folder.resolve("gone")), last)).isEqualTo(last.toPath());
        assertThat(SystemFileDialogs.startFolder(Optional.empty(), null)).isEqualTo(UserFolders.documents())
                .isNotEqualTo(Path.of("").toAbsolutePath());
    }
}
