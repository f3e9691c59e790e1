package org.exerciseplayer.ui.player;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.ui.figure.FigureView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.exerciseplayer.ui.Messages;

/**
 * The player: the exercise, a figure doing its movement, its steps and cautions, a large countdown, where the person is in the session, the
 * controls with their keys, and the pain stop, always in view. Binds to {@link PlayerViewModel}; holds no rule.
 */
public final class PlayerView {

    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    private final PlayerViewModel model;
    private final StackPane root = new StackPane();
    private final FrameSource.Frames frames;
    private final EventHandler<KeyEvent> keys = this::onKey;
    private Button pauseButton;
    private ExerciseMediaView mediaView;
    private Button painButton;

    private boolean disposed;

    /** @param frames where the frames that read the session come from (JavaFX's pulse; none in tests) */
    public PlayerView(PlayerViewModel model, FrameSource frames) {
        this.model = model;
        this.frames = frames.create(model::tick);
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

    public Parent createView() {
        root.setId("player");
        root.getStyleClass().add("screen");
        BorderPane content = new BorderPane();
        content.setTop(header());
        content.setCenter(body());
        content.setBottom(controls());
        // With large text in a small window the middle gives way, never the controls and the pain stop.
        content.setMinSize(0, 0);
        root.setMinSize(0, 0);
        root.getChildren().addAll(content, new PlayerQuestions(model, () -> pauseButton.requestFocus()).createView());
        model.screen().pausedProperty().addListener((o, was, is) -> {
            root.pseudoClassStateChanged(PAUSED, is);
            runFrames();
        });
        model.screen().phaseKindProperty().addListener((o, was, is) -> {
            for (Phase.Kind kind : Phase.Kind.values()) {
                root.pseudoClassStateChanged(pseudoClass(kind), kind == is);
            }
        });
        root.sceneProperty().addListener((o, oldScene, newScene) -> attach(oldScene, newScene));
        return root;
    }

    static PseudoClass pseudoClass(Phase.Kind kind) {
        return PseudoClass.getPseudoClass(kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The keys live exactly as long as the view is in a scene, the frame timer too but for pauses. */
    private void attach(Scene oldScene, Scene newScene) {
        if (oldScene != null) {
            oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            mediaView.dispose();
        }
        runFrames();
        if (newScene != null && !disposed) {
            newScene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            pauseButton.requestFocus();
        }
    }

    /**
     * Reads the session every frame while it is shown and not paused. While paused nothing changes but through a
     * command, which updates the screen itself, and a running animation timer would keep JavaFX drawing 60 frames
     * a second for nothing (bench/session.sh measured it).
     */
    private void runFrames() {
        if (!disposed && root.getScene() != null && !model.screen().pausedProperty().get()) {
            frames.start();
        } else {
            frames.stop();
        }
    }

    private VBox header() {
        Label name = new Label();
        name.setId("player-exercise");
        name.textProperty().bind(model.screen().exerciseNameProperty());
        name.getStyleClass().add(Styles.TITLE_1);
        name.setWrapText(true);
        Label speed = badge("player-speed", "speed-badge");
        speed.textProperty().bind(model.screen().speedTextProperty());
        Label paused = badge("player-paused", "paused-badge");
        paused.setText(Messages.get("player.status.paused"));
        paused.setGraphic(new FontIcon(Material2MZ.PAUSE));
        paused.visibleProperty().bind(model.screen().pausedProperty());
        paused.managedProperty().bind(paused.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleLine = new HBox(12, name, spacer, paused, speed);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        Label section = new Label();
        section.textProperty().bind(Bindings.concat(model.screen().sectionNameProperty(), " \u00b7 ", model.screen().doseTextProperty()));
        section.getStyleClass().add(Styles.TEXT_MUTED);
        section.setWrapText(true);
        ProgressBar progress = new ProgressBar();
        progress.setId("player-progress");
        progress.progressProperty().bind(model.screen().progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.accessibleTextProperty().bind(model.screen().progressTextProperty());
        Label progressText = new Label();
        progressText.setId("player-progress-text");
        progressText.textProperty().bind(model.screen().progressTextProperty());
        progressText.getStyleClass().add(Styles.TEXT_SMALL);
        VBox header = new VBox(6, titleLine, section, progress, progressText);
        header.setPadding(new Insets(16, 24, 8, 24));
        return header;
    }

    private static Label badge(String id, String styleClass) {
        Label badge = new Label();
        badge.setId(id);
        badge.getStyleClass().addAll("badge", styleClass);
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        badge.managedProperty().bind(badge.visibleProperty());
        return badge;
    }

    private HBox body() {
        HBox body = new HBox(24, instructionsAndFigure(), timerPanel());
        body.setPadding(new Insets(8, 24, 8, 24));
        body.setMinHeight(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(body.widthProperty());
        clip.heightProperty().bind(body.heightProperty());
        body.setClip(clip);
        return body;
    }

    /** The moving figure above the steps; the figure takes a share of the height and may shrink away. */
    private VBox instructionsAndFigure() {
        FigureView figure = new FigureView();
        figure.setId("player-figure");
        Runnable redraw = () -> figure.show(model.screen().figureProperty().get(),
                model.screen().figureBoundsProperty().get());
        model.screen().figureProperty().addListener((o, was, is) -> redraw.run());
        redraw.run();
        figure.visibleProperty().bind(model.screen().figureProperty().isNotNull());
        figure.managedProperty().bind(figure.visibleProperty());
        ExerciseMediaView mediaView = new ExerciseMediaView(model.screen().media(), model.screen().pausedProperty());
        this.mediaView = mediaView;
        javafx.scene.Node media = mediaView.createView();
        HBox pictures = new HBox(12, figure, media);
        pictures.setAlignment(Pos.CENTER_LEFT);
        pictures.setMinHeight(0);
        HBox.setHgrow(figure, Priority.ALWAYS);
        ScrollPane instructions = instructions();
        VBox column = new VBox(8, pictures, instructions);
        column.setMinHeight(0);
        figure.prefHeightProperty().bind(column.heightProperty().multiply(0.45));
        pictures.visibleProperty().bind(figure.visibleProperty().or(media.visibleProperty()));
        pictures.managedProperty().bind(pictures.visibleProperty());
        VBox.setVgrow(instructions, Priority.ALWAYS);
        column.setPrefWidth(520);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private ScrollPane instructions() {
        Label cautionsHeading = new Label("\u26A0 " + Messages.get("player.cautions"));
        cautionsHeading.getStyleClass().addAll(Styles.TITLE_4, "safety-heading");
        VBox cautionLines = new VBox(4);
        VBox cautions = new VBox(6, cautionsHeading, cautionLines);
        cautions.setId("player-cautions");
        cautions.getStyleClass().add("safety-box");
        cautions.visibleProperty().bind(Bindings.isNotEmpty(model.screen().cautions()));
        cautions.managedProperty().bind(cautions.visibleProperty());
        fill(cautionLines, model.screen().cautions(), false);
        model.screen().cautions().addListener((ListChangeListener<String>) c -> fill(cautionLines, model.screen().cautions(), false));

        Label stepsHeading = new Label(Messages.get("player.steps"));
        stepsHeading.getStyleClass().add(Styles.TITLE_4);
        VBox stepLines = new VBox(8);
        stepLines.setId("player-steps");
        fill(stepLines, model.screen().steps(), true);
        model.screen().steps().addListener((ListChangeListener<String>) c -> fill(stepLines, model.screen().steps(), true));

        Label variation = label("player-variation", model.screen().variationTextProperty(), "variation");
        Label physioHeading = new Label(Messages.get("player.physio"));
        physioHeading.getStyleClass().addAll(Styles.TITLE_4, "physio-heading");
        VBox physioLines = new VBox(4);
        Label physioDose = label("player-physio-dose", model.screen().physioDoseProperty(), "physio-dose");
        physioDose.getStyleClass().add(Styles.TEXT_BOLD);
        VBox physio = new VBox(6, physioHeading, physioDose, physioLines);
        physio.setId("player-physio-notes");
        physio.getStyleClass().add("physio-box");
        physio.visibleProperty().bind(Bindings.isNotEmpty(model.screen().physioNotes())
                .or(physioDose.visibleProperty()));
        physio.managedProperty().bind(physio.visibleProperty());
        fillNotes(physioLines, model.screen().physioNotes());
        model.screen().physioNotes().addListener((ListChangeListener<String>) c ->
                fillNotes(physioLines, model.screen().physioNotes()));

        VBox column = new VBox(12, cautions, physio, stepsHeading, stepLines, variation);
        column.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setMinHeight(0);
        return scroll;
    }

    private static void fill(VBox box, List<String> lines, boolean numbered) {
        box.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Label line = new Label(numbered ? (i + 1) + ".  " + lines.get(i) : lines.get(i));
            line.setWrapText(true);
            line.getStyleClass().add(numbered ? "step" : "caution");
            box.getChildren().add(line);
        }
    }

    private static void fillNotes(VBox box, List<String> lines) {
        box.getChildren().clear();
        for (String text : lines) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("physio-note");
            box.getChildren().add(line);
        }
    }

    private VBox timerPanel() {
        CountdownRing ring = new CountdownRing();
        ring.textProperty().bind(model.screen().countdownProperty());
        ring.fractionLeftProperty().bind(model.screen().phaseFractionLeftProperty());
        ring.accessibleTextProperty().bind(model.screen().accessibleStatusProperty());
        ring.number().accessibleTextProperty().bind(model.screen().accessibleStatusProperty());
        model.cueCountProperty().addListener((o, was, is) -> ring.flash());
        VBox.setVgrow(ring, Priority.ALWAYS);
        Label phase = label("player-phase", model.screen().phaseTitleProperty(), Styles.TITLE_2);
        Label repetition = label("player-repetition", model.screen().repetitionProperty(), Styles.TITLE_3);
        Label side = label("player-side", model.screen().sideProperty(), Styles.TITLE_3);
        Label direction = label("player-direction", model.screen().directionProperty(), Styles.TITLE_3);
        Label next = label("player-next", model.screen().nextProperty(), Styles.TEXT_MUTED);
        VBox panel = new VBox(6, ring, phase, repetition, side, direction, next);
        panel.setAlignment(Pos.TOP_CENTER);
        panel.setMinWidth(300);
        panel.setMinHeight(0);
        // The countdown takes a good share of a wide screen, so it reads across a room or on a projector.
        panel.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                panel.prefWidthProperty().bind(scene.widthProperty().multiply(0.4));
            }
        });
        panel.setPrefWidth(420);
        panel.getStyleClass().add("timer-panel");
        return panel;
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private VBox controls() {
        Button back = action("player-back", Material2MZ.SKIP_PREVIOUS, Messages.get("player.action.back"),
                "player.action.back.tooltip", model::back);
        pauseButton = action("player-pause", null, "", "player.action.pause.tooltip", model::togglePause);
        pauseButton.textProperty().bind(Bindings.when(model.screen().pausedProperty())
                .then(Messages.get("player.action.resume")).otherwise(Messages.get("player.action.pause")));
        FontIcon play = new FontIcon(Material2MZ.PLAY_ARROW);
        FontIcon pause = new FontIcon(Material2MZ.PAUSE);
        pauseButton.graphicProperty().bind(Bindings.when(model.screen().pausedProperty()).<javafx.scene.Node>then(play)
                .otherwise(pause));
        pauseButton.accessibleTextProperty().bind(Bindings.when(model.screen().pausedProperty())
                .then(Messages.get("player.action.resume")).otherwise(Messages.get("player.action.pause")));
        pauseButton.getStyleClass().add(Styles.ACCENT);
        Button skip = action("player-skip", Material2MZ.SKIP_NEXT, Messages.get("player.action.skip"),
                "player.action.skip.tooltip", model::skip);
        Button nextExercise = action("player-next-exercise", Material2AL.FAST_FORWARD, Messages.get("player.action.nextExercise"),
                "player.action.nextExercise.tooltip", model::skipExercise);
        Button done = action("player-done", Material2AL.CHECK, Messages.get("player.action.done"),
                "player.action.done.tooltip", model::done);
        done.visibleProperty().bind(model.manualProperty().and(model.screen().manualAvailableProperty()));
        done.managedProperty().bind(done.visibleProperty());
        done.getStyleClass().add(Styles.SUCCESS);
        ToggleButton manual = new ToggleButton(Messages.get("player.action.manual"));
        manual.setId("player-manual");
        manual.setTooltip(new Tooltip(Messages.get("player.action.manual.tooltip")));
        manual.visibleProperty().bind(model.screen().manualAvailableProperty());
        manual.managedProperty().bind(manual.visibleProperty());
        manual.setOnAction(e -> model.setManual(manual.isSelected()));
        model.manualProperty().addListener((o, was, is) -> manual.setSelected(is));
        Button mute = action("player-mute", null, "", "player.action.mute.tooltip", model::toggleMute);
        mute.textProperty().bind(Bindings.when(model.mutedProperty())
                .then(Messages.get("player.action.unmute")).otherwise(Messages.get("player.action.mute")));
        FontIcon soundOff = new FontIcon(Material2MZ.VOLUME_OFF);
        FontIcon soundOn = new FontIcon(Material2MZ.VOLUME_UP);
        mute.graphicProperty().bind(Bindings.when(model.mutedProperty()).<javafx.scene.Node>then(soundOff)
                .otherwise(soundOn));
        mute.accessibleTextProperty().bind(Bindings.when(model.mutedProperty())
                .then(Messages.get("player.action.unmute")).otherwise(Messages.get("player.action.mute")));
        javafx.scene.control.Slider volume = new javafx.scene.control.Slider(0, 1, model.volumeProperty().get());
        volume.setId("player-volume");
        volume.setPrefWidth(110);
        volume.setBlockIncrement(0.1);
        volume.setAccessibleText(Messages.get("player.action.volume"));
        volume.setTooltip(new Tooltip(Messages.get("player.action.volume.tooltip")));
        volume.valueProperty().addListener((o, was, is) -> model.setVolume(is.doubleValue()));
        volume.disableProperty().bind(model.mutedProperty());
        Button stop = action("player-stop", Material2MZ.STOP, Messages.get("player.action.stop"),
                "player.action.stop.tooltip", model::requestEnd);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, back, pauseButton, skip, nextExercise, done, manual, spacer, mute, volume,
                stop);
        buttons.setAlignment(Pos.CENTER_LEFT);

        painButton = action("player-pain", Material2MZ.WARNING, Messages.get("player.action.pain"), "player.action.pain.tooltip",
                model::reportPainIncrease);
        painButton.getStyleClass().addAll(Styles.DANGER, Styles.LARGE, "pain-button");
        painButton.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(painButton, Priority.ALWAYS);
        Label soundNote = new Label();
        soundNote.setId("player-sound-note");
        soundNote.textProperty().bind(Bindings.when(model.soundNoteProperty().isEmpty()).then("")
                .otherwise(Bindings.concat(Messages.get("player.sound.unavailable.prefix"), " ",
                        model.soundNoteProperty())));
        soundNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        soundNote.visibleProperty().bind(model.soundNoteProperty().isNotEmpty());
        soundNote.managedProperty().bind(soundNote.visibleProperty());
        Label noteLabel = new Label();
        noteLabel.setId("player-note");
        noteLabel.textProperty().bind(model.noteProperty());
        noteLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        noteLabel.setWrapText(true);
        noteLabel.visibleProperty().bind(model.noteProperty().isNotEmpty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        VBox controls = new VBox(10, buttons, new HBox(painButton), soundNote, noteLabel);
        controls.setPadding(new Insets(12, 24, 16, 24));
        controls.getStyleClass().add("footer");
        return controls;
    }

    private static Button action(String id, Ikon icon, String name, String tooltipKey, Runnable command) {
        Button button = new Button(name, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setAccessibleText(name);
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        button.setContentDisplay(ContentDisplay.LEFT);
        button.setOnAction(e -> command.run());
        button.setFocusTraversable(true);
        return button;
    }

    /**
     * Keys over a question: Esc closes the pain question (carry on), asks "end the session?" over the check, and ends
     * the session when that is asked (as Enter does); any other key but Tab carries on from "end the session?", so a
     * knock on the keyboard does not end it. P is always the pain stop.
     *
     * @return whether the key was taken
     */
    private boolean answerKey(PlayerViewModel.Overlay showing, KeyCode code) {
        if (code == KeyCode.P) {
            model.reportPainIncrease();
            return true;
        }
        if (showing == PlayerViewModel.Overlay.END_CONFIRM) {
            javafx.scene.Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
            boolean onCarryOn = focused != null && "end-no".equals(focused.getId());
            if (code == KeyCode.ESCAPE || code == KeyCode.ENTER && !onCarryOn) {
                model.confirmEnd();
                return true;
            }
            if (!code.isModifierKey() && code != KeyCode.TAB) {
                model.carryOn();
                return true;
            }
            return false;
        }
        if (code == KeyCode.ESCAPE) {
            if (showing == PlayerViewModel.Overlay.PAIN_CONFIRM) {
                model.carryOn();
            } else {
                model.requestEnd();
            }
            return true;
        }
        return false;
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        PlayerViewModel.Overlay showing = model.overlayProperty().get();
        KeyCode code = event.getCode();
        if (showing != PlayerViewModel.Overlay.NONE) {
            if (answerKey(showing, code)) {
                event.consume();
            }
            return;
        }
        boolean onSlider = event.getTarget() instanceof javafx.scene.control.Slider;
        if (onSlider && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            return;
        }
        boolean handled = true;
        switch (code) {
            case SPACE -> model.togglePause();
            case LEFT, PAGE_UP -> model.back();
            case RIGHT -> {
                if (event.isShiftDown()) {
                    model.skipExercise();
                } else {
                    model.skip();
                }
            }
            case PAGE_DOWN -> model.skip();
            case ENTER -> model.done();
            case ESCAPE -> model.requestEnd();
            case P -> model.reportPainIncrease();
            case M -> model.toggleMute();
            case CLOSE_BRACKET -> model.faster();
            case OPEN_BRACKET -> model.slower();
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }
}
