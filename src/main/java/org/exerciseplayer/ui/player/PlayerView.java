package org.exerciseplayer.ui.player;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.figure.FigureView;

/**
 * The player, for a person on the floor 2-3 m away as much as for one sitting at it: the figure doing the movement,
 * large; the countdown ring; the phase, count and side in large words; every step of the exercise with its cautions
 * and the physio's notes in a column of their own ({@link FloorLayout}); the exercise and the progress in short top
 * lines ({@link PlayerHeader}); the controls with their keys and the pain stop, always in view
 * ({@link PlayerControls}); the questions over it all ({@link PlayerQuestions}); and the keys of a keyboard, a
 * presentation clicker and media keys ({@link PlayerKeys}). Binds to {@link PlayerViewModel}; holds no rule.
 *
 * <p>It draws only when something on it changes: its frames come from a {@link FrameSource} at the pace
 * {@link FramePacing} asks for (the numeral once a second, the ring's arc as it moves a pixel or two, the figure
 * while it moves), none while paused, and none at all once the screen is gone.
 */
public final class PlayerView {

    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final PlayerViewModel model;
    private final StackPane root = new StackPane();
    private final FrameSource.Frames frames;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private PlayerKeys playerKeys;
    private PlayerControls controls;
    private ExerciseMediaView mediaView;
    private CountdownRing ring;
    private FigureView figure;
    private boolean disposed;

    /** @param frames where the frames that read the session come from (JavaFX's pulse; none in tests) */
    public PlayerView(PlayerViewModel model, FrameSource frames) {
        this.model = model;
        this.frames = frames.create(this::frame);
    }

    /** One frame: reads the session, and says how long until the next is worth drawing. */
    private long frame() {
        model.tick();
        return FramePacing.nextFrameNanos(model.session().plan(), model.session().state(),
                ring == null ? 0 : ring.diameter(), figure != null && figure.isVisible());
    }

    /**
     * The screen is gone: its frames stop for good, its keys leave the scene and its video is let go. The window
     * calls this when another screen takes the player's place.
     */
    public void dispose() {
        disposed = true;
        frames.stop();
        Scene scene = root.getScene();
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (mediaView != null) {
            mediaView.dispose();
        }
    }

    /** Whether frames are coming now (while shown and running), for tests. */
    public boolean isReadingFrames() {
        return frames.isRunning();
    }

    /** Adds a small control beside mute and the volume (a voice's switch, say), with its key in its tooltip. */
    public void addSoundControl(Node control) {
        controls.soundControls().getChildren().add(control);
    }

    public Parent createView() {
        root.setId("player");
        root.getStyleClass().add("screen");
        controls = new PlayerControls(model);
        BorderPane content = new BorderPane();
        content.setTop(PlayerHeader.create(model.screen()));
        content.setCenter(body());
        content.setBottom(controls.create());
        // With large text in a small window the middle gives way, never the controls and the pain stop.
        content.setMinSize(0, 0);
        root.setMinSize(0, 0);
        PlayerQuestions questions = new PlayerQuestions(model, () -> controls.pauseButton().requestFocus());
        playerKeys = new PlayerKeys(model, questions, root::getScene);
        root.getChildren().addAll(content, questions.createView());
        model.screen().pausedProperty().addListener((o, was, is) -> {
            root.pseudoClassStateChanged(PAUSED, is);
            runFrames();
        });
        model.screen().phaseKindProperty().addListener((o, was, is) -> {
            for (Phase.Kind kind : Phase.Kind.values()) {
                root.pseudoClassStateChanged(pseudoClass(kind), kind == is);
            }
            frames.wake();
        });
        root.sceneProperty().addListener((o, oldScene, newScene) -> attach(oldScene, newScene));
        return root;
    }

    static PseudoClass pseudoClass(Phase.Kind kind) {
        return PseudoClass.getPseudoClass(kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The keys live exactly as long as the view is in a scene, the frames too but for pauses. */
    private void attach(Scene oldScene, Scene newScene) {
        if (oldScene != null) {
            oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            mediaView.dispose();
        }
        runFrames();
        if (newScene != null && !disposed) {
            newScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            controls.pauseButton().requestFocus();
        }
    }

    /**
     * Reads the session while it is shown and not paused. While paused nothing changes but through a command, which
     * updates the screen itself, and frames would keep JavaFX drawing for nothing (bench/session.sh measured it).
     */
    private void runFrames() {
        if (!disposed && root.getScene() != null && !model.screen().pausedProperty().get()) {
            frames.start();
        } else {
            frames.stop();
        }
    }

    private FloorLayout body() {
        ring = new CountdownRing();
        ring.textProperty().bind(model.screen().countdownProperty());
        ring.fractionLeftProperty().bind(model.screen().phaseFractionLeftProperty());
        ring.accessibleTextProperty().bind(model.screen().accessibleStatusProperty());
        ring.number().accessibleTextProperty().bind(model.screen().accessibleStatusProperty());
        model.cueCountProperty().addListener((o, was, is) -> ring.flash());
        InstructionsColumn instructions = new InstructionsColumn(model.screen());
        FloorLayout body = new FloorLayout(pictures(), ring, new PhaseWordsBox(model.screen()), instructions,
                this::figureAspect);
        model.screen().figureBoundsProperty().addListener((o, was, is) -> body.requestLayout());
        body.setPadding(new Insets(6, 24, 6, 24));
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(body.widthProperty());
        clip.heightProperty().bind(body.heightProperty());
        body.setClip(clip);
        return body;
    }

    /** The moving figure, with the catalogue's own picture or video beside it when it has one. */
    private HBox pictures() {
        figure = new FigureView();
        figure.setId("player-figure");
        Runnable redraw = () -> figure.show(model.screen().figureProperty().get(),
                model.screen().figureBoundsProperty().get());
        model.screen().figureProperty().addListener((o, was, is) -> redraw.run());
        redraw.run();
        figure.visibleProperty().bind(model.screen().figureProperty().isNotNull());
        figure.managedProperty().bind(figure.visibleProperty());
        figure.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        mediaView = new ExerciseMediaView(model.screen().media(), model.screen().pausedProperty());
        Node media = mediaView.createView();
        HBox pictures = new HBox(12, figure, media);
        pictures.setAlignment(Pos.CENTER);
        pictures.setMinSize(0, 0);
        pictures.setFillHeight(true);
        HBox.setHgrow(figure, Priority.ALWAYS);
        return pictures;
    }

    /** The figure's width over its height as drawn, with its padding; 0 without a figure. */
    private double figureAspect() {
        var bounds = model.screen().figureBoundsProperty().get();
        return bounds == null || bounds.height() <= 0 || !figure.isVisible() ? 0
                : (bounds.width() / bounds.height()) * 1.05;
    }

    private void onKey(KeyEvent event) {
        playerKeys.onKey(event);
        frames.wake();
    }
}
