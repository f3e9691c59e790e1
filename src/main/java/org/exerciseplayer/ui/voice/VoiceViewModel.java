package org.exerciseplayer.ui.voice;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.exerciseplayer.ui.Messages;

/**
 * The Voice dialog: whether the voice speaks, how much (full, brief, counts only), how fast, and in which of the
 * engine's voices for the catalogue's language, with a phrase to try them on; saved in the settings. Tested without a
 * toolkit.
 */
public final class VoiceViewModel {

    /** The speeds offered, as a share of the normal rate. */
    public static final int SPEED_STEP = 10;

    /** What the dialog needs from the voice. */
    public interface Host {
        /** The engine's name ("espeak-ng 1.51"), or empty with why there is none. */
        CompletableFuture<Engine> engine();

        /** The engine's voices for the catalogue's language. */
        CompletableFuture<List<String>> voices();

        /** Says a phrase in this voice and speed, now. */
        void sample(VoicePreferences preferences);

        /** The choices were saved: a session under way speaks as they say from now. */
        void changed(VoicePreferences preferences);
    }

    /** The engine found, or why none was. */
    public record Engine(Optional<String> name, String missing) {}

    private final Settings settings;
    private final Host host;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ObjectProperty<Verbosity> verbosity = new SimpleObjectProperty<>();
    private final IntegerProperty speed = new SimpleIntegerProperty();
    private final ObjectProperty<String> voice = new SimpleObjectProperty<>("");
    private final ObservableList<String> voices = FXCollections.observableArrayList("");
    private final ReadOnlyStringWrapper engineText = new ReadOnlyStringWrapper(Messages.get("voice.engine.looking"));
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper();

    /** @param uiThread where the engine's answers are shown (the JavaFX thread) */
    public VoiceViewModel(Settings settings, Host host, Executor uiThread) {
        this.settings = settings;
        this.host = host;
        VoicePreferences saved = settings.voice();
        on.set(saved.on());
        verbosity.set(saved.verbosity());
        speed.set(saved.speedPercent());
        speedText.set(Messages.get("voice.speed.value", saved.speedPercent()));
        speed.addListener((o, was, is) -> speedText.set(Messages.get("voice.speed.value", is.intValue())));
        if (!saved.voice().isEmpty()) {
            voices.add(saved.voice());
        }
        voice.set(saved.voice());
        host.engine().thenAcceptAsync(engine -> engineText.set(engine.name()
                .map(name -> Messages.get("voice.engine.found", name)).orElse(engine.missing())), uiThread);
        host.voices().thenAcceptAsync(found -> {
            for (String name : found) {
                if (!voices.contains(name)) {
                    voices.add(name);
                }
            }
        }, uiThread);
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public ObjectProperty<Verbosity> verbosityProperty() {
        return verbosity;
    }

    /** The speed in percent, from {@link VoicePreferences#MIN_SPEED} to {@link VoicePreferences#MAX_SPEED}. */
    public IntegerProperty speedProperty() {
        return speed;
    }

    /** "100 %". */
    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    /** The voice chosen; empty for the engine's usual voice for the language. */
    public ObjectProperty<String> voiceProperty() {
        return voice;
    }

    /** The voices to choose from, the usual one (empty) first. */
    public ObservableList<String> voices() {
        return voices;
    }

    /** How a voice is named in the list: the usual one in words. */
    public static String voiceName(String voice) {
        return voice == null || voice.isEmpty() ? Messages.get("voice.voice.default") : voice;
    }

    /** "Speech: espeak-ng 1.51", or why there is no voice. */
    public ReadOnlyStringProperty engineTextProperty() {
        return engineText.getReadOnlyProperty();
    }

    /** The choices as they stand in the dialog. */
    public VoicePreferences preferences() {
        int stepped = Math.round(speed.get() / (float) SPEED_STEP) * SPEED_STEP;
        return new VoicePreferences(on.get(), verbosity.get(), stepped, voice.get() == null ? "" : voice.get());
    }

    /** "Try it": says a phrase as chosen. */
    public void tryIt() {
        host.sample(preferences());
    }

    /** Keeps the choices in the settings; a session under way follows them. */
    public void save() {
        VoicePreferences chosen = preferences();
        settings.setVoice(chosen);
        host.changed(chosen);
    }

    /** Describes each verbosity for the person. */
    public static String describe(Verbosity level) {
        return Messages.get(switch (level) {
            case FULL -> "voice.verbosity.full";
            case BRIEF -> "voice.verbosity.brief";
            case COUNTS -> "voice.verbosity.counts";
        });
    }
}
