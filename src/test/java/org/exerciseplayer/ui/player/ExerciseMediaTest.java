package org.exerciseplayer.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exerciseplayer.catalogue.Media;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseMediaTest {

    @TempDir
    Path folder;

    private static final Media PICTURE = new Media("hug.png", Media.Kind.IMAGE, "A person hugging one knee.");
    private static final Media VIDEO = new Media("circles.mp4", Media.Kind.VIDEO, "A leg drawing circles.");

    @Test
    void aPictureBesideTheCatalogueIsShownByItsAddress() throws Exception {
        Path file = Files.write(folder.resolve("hug.png"), new byte[] {1, 2, 3});
        ExerciseMedia media = new ExerciseMedia(Optional.of(folder));
        media.show(Optional.of(PICTURE));
        assertThat(media.shownProperty().get()).isEqualTo(ExerciseMedia.Shown.IMAGE);
        assertThat(media.uriProperty().get()).isEqualTo(file.toRealPath().toUri().toString());
        assertThat(media.descriptionProperty().get()).isEqualTo("A person hugging one knee.");
    }

    @Test
    void aMissingVideoBecomesANoteWithItsDescription() {
        ExerciseMedia media = new ExerciseMedia(Optional.of(folder));
        media.show(Optional.of(VIDEO));
        assertThat(media.shownProperty().get()).isEqualTo(ExerciseMedia.Shown.NOTE);
        assertThat(media.noteProperty().get()).isEqualTo("The video for this exercise cannot be shown: "
                + folder.resolve("circles.mp4") + " is missing. It shows: A leg drawing circles.");
        assertThat(media.uriProperty().get()).isEmpty();
    }

    @Test
    void aFileThatCannotBeDecodedBecomesANote() throws Exception {
        Files.write(folder.resolve("hug.png"), new byte[] {1, 2, 3});
        ExerciseMedia media = new ExerciseMedia(Optional.of(folder));
        media.show(Optional.of(PICTURE));
        media.failed("hug.png could not be shown (not an image)");
        assertThat(media.shownProperty().get()).isEqualTo(ExerciseMedia.Shown.NOTE);
        assertThat(media.noteProperty().get()).startsWith("The picture for this exercise cannot be shown: hug.png");
    }

    @Test
    void anExerciseWithoutMediaShowsNothing() throws Exception {
        Files.write(folder.resolve("hug.png"), new byte[] {1});
        ExerciseMedia media = new ExerciseMedia(Optional.of(folder));
        media.show(Optional.of(PICTURE));
        media.show(Optional.empty());
        assertThat(media.shownProperty().get()).isEqualTo(ExerciseMedia.Shown.NOTHING);
        assertThat(media.descriptionProperty().get()).isEmpty();
    }
}
