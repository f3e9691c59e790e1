package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFilesTest {

    @TempDir
    Path root;

    private static Media picture(String file) {
        return new Media(file, Media.Kind.IMAGE, "A person hugging one knee.");
    }

    private Path catalogueFolder() throws Exception {
        return Files.createDirectories(root.resolve("catalogue"));
    }

    @Test
    void aFileInsideTheFolderIsFound() throws Exception {
        Path folder = catalogueFolder();
        Path file = Files.write(Files.createDirectories(folder.resolve("pictures")).resolve("hug.png"), new byte[] {1});
        assertThat(MediaFiles.locate(Optional.of(folder), picture("pictures/hug.png")))
                .isEqualTo(new MediaFiles.Found(file.toRealPath()));
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor() throws Exception {
        Path folder = catalogueFolder();
        assertThat(MediaFiles.locate(Optional.of(folder), picture("pictures/hug.png")))
                .isEqualTo(new MediaFiles.Unavailable(folder.resolve("pictures/hug.png") + " is missing"));
    }

    @Test
    void aLinkLeadingOutsideTheFolderIsRefusedThoughTheFileExists() throws Exception {
        Path folder = catalogueFolder();
        Path secret = Files.write(root.resolve("secret.png"), new byte[] {1});
        Files.createSymbolicLink(folder.resolve("hug.png"), secret);
        assertThat(MediaFiles.locate(Optional.of(folder), picture("hug.png")))
                .isInstanceOfSatisfying(MediaFiles.Unavailable.class, u -> assertThat(u.reason())
                        .isEqualTo(folder.resolve("hug.png") + " leads outside the folder " + folder
                                + "; only files inside it are shown"));
    }

    @Test
    void aFolderOrAnEmptyFileIsNotShown() throws Exception {
        Path folder = catalogueFolder();
        Files.createDirectories(folder.resolve("hug.png"));
        Files.write(folder.resolve("empty.png"), new byte[0]);
        assertThat(MediaFiles.locate(Optional.of(folder), picture("hug.png")))
                .isEqualTo(new MediaFiles.Unavailable(folder.resolve("hug.png") + " is not a file"));
        assertThat(MediaFiles.locate(Optional.of(folder), picture("empty.png")))
                .isEqualTo(new MediaFiles.Unavailable(folder.resolve("empty.png") + " is empty"));
    }

    @Test
    void theBundledCatalogueHasNoFolderToLookIn() {
        assertThat(MediaFiles.locate(Optional.empty(), picture("hug.png")))
                .isInstanceOf(MediaFiles.Unavailable.class);
    }
}
