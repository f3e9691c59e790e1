package org.exerciseplayer.ui.player;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;

/**
 * Shows {@link ExerciseMedia}: a picture, a looping silent video that pauses with the session, or the note in
 * their place. A file that fails to load or play is reported back to the model, so the note appears and the
 * session carries on.
 */
final class ExerciseMediaView {

    static final double MAX_WIDTH = 360;
    static final double MAX_HEIGHT = 240;

    private final ExerciseMedia model;
    private final ObservableBooleanValue paused;
    private final StackPane root = new StackPane();
    private MediaPlayer player;

    ExerciseMediaView(ExerciseMedia model, ObservableBooleanValue paused) {
        this.model = model;
        this.paused = paused;
    }

    StackPane createView() {
        root.setId("exercise-media");
        root.getStyleClass().add("exercise-media");
        root.setMaxSize(MAX_WIDTH, MAX_HEIGHT);
        root.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        root.accessibleTextProperty().bind(model.descriptionProperty());
        model.shownProperty().addListener((o, was, is) -> refresh());
        paused.addListener((o, was, is) -> {
            if (player != null) {
                if (is) {
                    player.pause();
                } else {
                    player.play();
                }
            }
        });
        refresh();
        return root;
    }

    private void refresh() {
        disposePlayer();
        root.getChildren().clear();
        switch (model.shownProperty().get()) {
            case NOTHING -> root.setVisible(false);
            case IMAGE -> root.getChildren().add(image());
            case VIDEO -> video();
            case NOTE -> root.getChildren().add(note());
        }
        root.setVisible(model.shownProperty().get() != ExerciseMedia.Shown.NOTHING);
        root.setManaged(root.isVisible());
    }

    private ImageView image() {
        Image image = new Image(model.uriProperty().get(), MAX_WIDTH * 2, MAX_HEIGHT * 2, true, true, true);
        ImageView view = new ImageView(image);
        view.setId("exercise-picture");
        view.setPreserveRatio(true);
        view.setFitWidth(MAX_WIDTH);
        view.setFitHeight(MAX_HEIGHT);
        image.errorProperty().addListener((o, was, is) -> {
            if (is) {
                model.failed(describe(image.getException(), model.uriProperty().get()));
            }
        });
        return view;
    }

    private void video() {
        String uri = model.uriProperty().get();
        try {
            MediaPlayer created = new MediaPlayer(new javafx.scene.media.Media(uri));
            created.setMute(true);
            created.setCycleCount(MediaPlayer.INDEFINITE);
            created.setOnError(() -> javafx.application.Platform.runLater(() -> {
                if (player == created) {
                    model.failed(describe(created.getError(), uri));
                }
            }));
            MediaView view = new MediaView(created);
            view.setId("exercise-video");
            view.setPreserveRatio(true);
            view.setFitWidth(MAX_WIDTH);
            view.setFitHeight(MAX_HEIGHT);
            player = created;
            root.getChildren().add(view);
            if (!paused.get()) {
                created.play();
            }
        } catch (MediaException | UnsupportedOperationException | IllegalArgumentException e) {
            model.failed(describe(e, uri));
        }
    }

    private Label note() {
        Label note = new Label();
        note.setId("exercise-media-note");
        note.getStyleClass().add("media-note");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        return note;
    }

    private static String describe(Throwable error, String uri) {
        String file = uri.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(uri)).toString() : uri;
        String why = error == null || error.getMessage() == null ? "it could not be read" : error.getMessage();
        return file + " could not be shown (" + why + ")";
    }

    private void disposePlayer() {
        if (player != null) {
            MediaPlayer old = player;
            player = null;
            old.dispose();
        }
    }

    /** Stops any video for good (when the player screen goes). */
    void dispose() {
        disposePlayer();
    }
}
