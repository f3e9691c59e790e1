package org.exerciseplayer.app;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.ui.voice.VoiceDialog;
import org.exerciseplayer.ui.voice.VoiceViewModel;
import org.exerciseplayer.voice.SpeechEngine;
import org.exerciseplayer.voice.Voice;

/** The Voice dialog (View &gt; Voice…), from home or during a session, over the app's {@link Voice}. */
final class VoiceChoices {

    private final Stage stage;
    private final Settings settings;
    private final Supplier<Voice> voice;
    private final Supplier<String> language;

    /** @param language the language of the catalogue open (a BCP 47 tag) */
    VoiceChoices(Stage stage, Settings settings, Supplier<Voice> voice, Supplier<String> language) {
        this.stage = stage;
        this.settings = settings;
        this.voice = voice;
        this.language = language;
    }

    void showDialog() {
        VoiceDialog.create(model(), stage).show();
    }

    VoiceViewModel model() {
        Voice app = voice.get();
        String tag = language.get();
        return new VoiceViewModel(settings, new VoiceViewModel.Host() {
            @Override
            public CompletableFuture<VoiceViewModel.Engine> engine() {
                return app.engine().thenApply(found -> new VoiceViewModel.Engine(
                        found.engine().map(engine -> engine.name() + " " + engine.version()), found.missing()));
            }

            @Override
            public CompletableFuture<List<String>> voices() {
                return app.engine().thenApplyAsync(found -> found.engine().map(engine -> voicesOf(engine, tag))
                        .orElse(List.of()));
            }

            @Override
            public void sample(VoicePreferences preferences) {
                app.sample(Voice.sampleText(tag), tag, preferences);
            }

            @Override
            public void changed(VoicePreferences preferences) {
                app.preferencesChanged(preferences);
            }
        }, Platform::runLater);
    }

    private static List<String> voicesOf(SpeechEngine engine, String tag) {
        try {
            return engine.voices(Locale.forLanguageTag(tag).getLanguage());
        } catch (IOException e) {
            return List.of();
        }
    }
}
