package org.exerciseplayer.ui.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.Test;

class VoiceViewModelTest {

    private final Settings settings = Settings.inMemory();
    private final List<VoicePreferences> sampled = new ArrayList<>();
    private final List<VoicePreferences> changed = new ArrayList<>();

    private VoiceViewModel model(Optional<String> engine, List<String> voices) {
        return new VoiceViewModel(settings, new VoiceViewModel.Host() {
            @Override
            public CompletableFuture<VoiceViewModel.Engine> engine() {
                return CompletableFuture.completedFuture(new VoiceViewModel.Engine(engine, "No speech engine."));
            }

            @Override
            public CompletableFuture<List<String>> voices() {
                return CompletableFuture.completedFuture(voices);
            }

            @Override
            public void sample(VoicePreferences preferences) {
                sampled.add(preferences);
            }

            @Override
            public void changed(VoicePreferences preferences) {
                changed.add(preferences);
            }
        }, Runnable::run);
    }

    @Test
    void itShowsTheSettingsTheEngineAndItsVoicesTheUsualOneFirst() {
        settings.setVoice(new VoicePreferences(true, Verbosity.BRIEF, 120, "en-gb-scotland"));

        VoiceViewModel model = model(Optional.of("espeak-ng 1.51"), List.of("en-gb", "en-gb-scotland", "en-us"));

        assertThat(model.onProperty().get()).isTrue();
        assertThat(model.verbosityProperty().get()).isEqualTo(Verbosity.BRIEF);
        assertThat(model.speedProperty().get()).isEqualTo(120);
        assertThat(model.speedTextProperty().get()).isEqualTo("120 %");
        assertThat(model.voiceProperty().get()).isEqualTo("en-gb-scotland");
        assertThat(model.voices()).containsExactly("", "en-gb-scotland", "en-gb", "en-us");
        assertThat(VoiceViewModel.voiceName("")).isEqualTo("The usual voice for the catalogue\u2019s language");
        assertThat(model.engineTextProperty().get()).isEqualTo("Speech: espeak-ng 1.51");
    }

    @Test
    void withoutAnEngineItSaysWhy() {
        assertThat(model(Optional.empty(), List.of()).engineTextProperty().get()).isEqualTo("No speech engine.");
    }

    @Test
    void tryingSaysAPhraseAsChosenAndSavingKeepsItAndTellsTheSessionUnderWay() {
        VoiceViewModel model = model(Optional.of("espeak-ng 1.51"), List.of("en-gb", "en-us"));
        model.verbosityProperty().set(Verbosity.COUNTS);
        model.speedProperty().set(83);
        model.voiceProperty().set("en-us");

        model.tryIt();
        assertThat(settings.voice()).as("trying does not save").isEqualTo(VoicePreferences.DEFAULT);
        model.save();

        VoicePreferences chosen = new VoicePreferences(true, Verbosity.COUNTS, 80, "en-us");
        assertThat(sampled).containsExactly(chosen);
        assertThat(settings.voice()).isEqualTo(chosen);
        assertThat(changed).containsExactly(chosen);
    }

    @Test
    void eachVerbosityIsDescribed() {
        for (Verbosity level : Verbosity.values()) {
            assertThat(VoiceViewModel.describe(level)).isNotBlank();
        }
        assertThat(VoiceViewModel.describe(Verbosity.COUNTS)).startsWith("Counts only");
    }
}
