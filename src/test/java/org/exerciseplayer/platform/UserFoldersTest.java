package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {

    @TempDir
    Path home;

    @Test
    void theDesktopsOwnDocumentsFolderComesFirst() throws Exception {
        Path papers = Files.createDirectories(home.resolve("Papiers"));
        Files.createDirectories(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Bureau\"\nXDG_DOCUMENTS_DIR=\"$HOME/Papiers\"\n");

        assertThat(UserFolders.documents(Map.of(), home)).isEqualTo(papers);
    }

    @Test
    void xdgConfigHomeSaysWhereUserDirsIs() throws Exception {
        Path config = Files.createDirectories(home.resolve("elsewhere"));
        Path absolute = Files.createDirectories(home.resolve("mine"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"" + absolute + "\"\n");

        assertThat(UserFolders.documents(Map.of("XDG_CONFIG_HOME", config.toString()), home)).isEqualTo(absolute);
    }

    @Test
    void withoutTheDesktopsWordItIsDocumentsThenHome() throws Exception {
        assertThat(UserFolders.documents(Map.of(), home)).isEqualTo(home);
        Path documents = Files.createDirectories(home.resolve("Documents"));
        assertThat(UserFolders.documents(Map.of(), home)).isEqualTo(documents);
    }

    @Test
    void aNamedFolderThatIsGoneFallsBackToDocuments() throws Exception {
        Path documents = Files.createDirectories(home.resolve("Documents"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/user-dirs.dirs"), "XDG_DOCUMENTS_DIR=\"$HOME/Removed\"\n");

        assertThat(UserFolders.documents(Map.of(), home)).isEqualTo(documents);
    }
}
