package org.exerciseplayer.ui.player;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exerciseplayer.catalogue.Media;
import org.exerciseplayer.catalogue.MediaFiles;
import org.exerciseplayer.ui.Messages;

/**
 * What the player shows of the current exercise's own picture or video: the file to show, or a plain note in
 * its place when it cannot be shown. Files are only looked for inside the folder of the catalogue or routine
 * ({@link MediaFiles}). The view reports a file it could not decode through {@link #failed(String)}.
 */
public final class ExerciseMedia {

    /** What is shown. */
    public enum Shown { NOTHING, IMAGE, VIDEO, NOTE }

    private Optional<Path> folder;
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(Shown.NOTHING);
    private final ReadOnlyStringWrapper uri = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private Optional<Media> current = Optional.empty();

    /** @param folder the folder of the catalogue or routine file; empty for the bundled catalogue */
    public ExerciseMedia(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Looks for media in {@code newFolder} from now on (the folder of the file that was opened). */
    public void setFolder(Optional<Path> newFolder) {
        folder = newFolder;
        Optional<Media> shownMedia = current;
        current = Optional.empty();
        show(shownMedia);
    }

    /** Shows an exercise's media, or nothing when it has none. */
    public void show(Optional<Media> media) {
        if (media.equals(current) && !media.isEmpty()) {
            return;
        }
        current = media;
        note.set("");
        uri.set("");
        if (media.isEmpty()) {
            description.set("");
            shown.set(Shown.NOTHING);
            return;
        }
        description.set(media.get().description());
        MediaFiles.Located located = MediaFiles.locate(folder, media.get());
        if (located instanceof MediaFiles.Found found) {
            uri.set(found.file().toUri().toString());
            shown.set(media.get().kind() == Media.Kind.VIDEO ? Shown.VIDEO : Shown.IMAGE);
        } else {
            failed(((MediaFiles.Unavailable) located).reason());
        }
    }

    /** The file could not be shown (missing, unreadable, or not decodable): a note takes its place. */
    public void failed(String reason) {
        String key = current.map(m -> m.kind() == Media.Kind.VIDEO ? "player.media.videoMissing"
                : "player.media.pictureMissing").orElse("player.media.pictureMissing");
        note.set(Messages.get(key, reason, description.get()));
        uri.set("");
        shown.set(Shown.NOTE);
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The file's address, while a picture or video is shown. */
    public ReadOnlyStringProperty uriProperty() {
        return uri.getReadOnlyProperty();
    }

    /** What the media shows, in words (its accessible text). */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** The note shown in place of media that cannot be shown. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}
