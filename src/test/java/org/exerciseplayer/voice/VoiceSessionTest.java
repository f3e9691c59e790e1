package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's voice over a session: rendered ahead, heard through the cues' path, notes when it cannot speak. */
class VoiceSessionTest {

    @TempDir
    Path folder;

    private final ManualClock clock = new ManualClock();
    private final VirtualTimer timer = new VirtualTimer(clock);
    private final RecordingSoundCues sound = new RecordingSoundCues();
    private final ToneEngine engine = new ToneEngine();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final Catalogue hip = CoachRun.hip();
    private final SessionSetup setup = SessionSetup.of(hip, Routine.of(List.of(
            hip.exercise("hip-flexor-stretch").orElseThrow(), hip.exercise("clam").orElseThrow())));

    private Voice voice(Optional<SpeechEngine> found, String missing) {
        Voice voice = new Voice(() -> new SpeechEngines.Found(found, missing), new PhraseCache(folder, 1 << 26),
                () -> sound, timer::handle);
        voice.engine().join();
        return voice;
    }

    private Session run(Voice voice, VoicePreferences preferences, long millis) {
        voice.prepare(setup, preferences).join();
        Session session = new Session(setup, clock);
        voice.start(session, clock, preferences, notes::add);
        session.start(OptionalInt.empty());
        return advance(session, millis);
    }

    private Session advance(Session session, long millis) {
        for (long t = 0; t < millis; t += 16) {
            timer.advanceTo(clock.nanoTime() + 16_000_000L);
            session.update();
            timer.runDue();
        }
        return session;
    }

    @Test
    void theSessionsPhrasesAreRenderedBeforeItStartsAndHeardThroughTheCues() {
        Voice voice = voice(Optional.of(engine), "");

        run(voice, VoicePreferences.DEFAULT, 40_000);

        assertThat(engine.rendered).contains("3", "Release. Next, 2 of 3.").hasSizeGreaterThan(25);
        assertThat(sound.phrasesStarted()).as("the get-ready, 3, 2, 1, release").hasSize(5)
                .allSatisfy(file -> assertThat(file).hasParent(folder));
        assertThat(notes).isEmpty();
        assertThat(voice.cache().sizeBytes()).isPositive();
    }

    @Test
    void withoutAnEngineTheSessionGoesOnAndThePersonIsToldOnce() {
        Voice voice = voice(Optional.empty(), "No speech engine was found.");

        Session session = run(voice, VoicePreferences.DEFAULT, 60_000);

        assertThat(notes).containsExactly("No speech engine was found.");
        assertThat(session.state().elapsedMillis()).isEqualTo(60_000);
        assertThat(sound.phrasesStarted()).isEmpty();
    }

    @Test
    void switchedOffItRendersAndSaysNothing() {
        Voice voice = voice(Optional.of(engine), "");

        run(voice, VoicePreferences.DEFAULT.withOn(false), 30_000);

        assertThat(engine.rendered).isEmpty();
        assertThat(sound.phrasesStarted()).isEmpty();
        assertThat(notes).isEmpty();
    }

    @Test
    void changedMidSessionItSpeaksAsTheNewSettingsSayFromThen() {
        Voice voice = voice(Optional.of(engine), "");
        Session session = run(voice, VoicePreferences.DEFAULT, 12_000);
        int before = sound.phrasesStarted().size();

        voice.preferencesChanged(VoicePreferences.DEFAULT.withVerbosity(Verbosity.COUNTS));
        voice.prepare(setup, VoicePreferences.DEFAULT.withVerbosity(Verbosity.COUNTS)).join();
        advance(session, 40_000);

        List<Path> after = sound.phrasesStarted().subList(before, sound.phrasesStarted().size());
        assertThat(after).hasSizeGreaterThan(3);
        assertThat(after).allSatisfy(file -> assertThat(file).isIn(filesOf(voice, "3", "2", "1")));
    }

    @Test
    void withoutASoundDeviceTheVoiceSaysOnceThatItIsSilentToo() {
        Voice voice = voice(Optional.of(engine), "");
        sound.loseSound("No sound device was found; cues are shown on screen instead.");

        run(voice, VoicePreferences.DEFAULT, 12_000);

        assertThat(notes).containsExactly("Without a sound device the voice is silent too.");
        assertThat(sound.phrasesStarted()).isEmpty();
    }

    @Test
    void tryingAVoiceWaitsForTheSoundDeviceCheckThatTheFirstTryStarts() throws Exception {
        RecordingSoundCues starting = RecordingSoundCues.checking();
        Voice voice = new Voice(() -> new SpeechEngines.Found(Optional.of(engine), ""), new PhraseCache(folder,
                1 << 26), () -> starting, timer::handle);

        voice.sample("Hold for 20 seconds.", "en-GB", VoicePreferences.DEFAULT);
        Thread.sleep(300);
        assertThat(starting.phrasesStarted()).isEmpty();
        starting.checked();

        long deadline = System.nanoTime() + 5_000_000_000L;
        while (starting.phrasesStarted().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(starting.phrasesStarted()).hasSize(1);
        assertThat(engine.rendered).containsExactly("Hold for 20 seconds.");
    }

    private List<Path> filesOf(Voice voice, String... texts) {
        VoiceChoice choice = new VoiceChoice(hip.language(), "", 100);
        return java.util.Arrays.stream(texts).map(text -> new PhraseCache(folder, 0)
                .file(PhraseCache.key(engine, choice, text))).toList();
    }
}
