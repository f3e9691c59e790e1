package org.exerciseplayer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesSettingsTest {

    @TempDir
    Path folder;

    @Test
    void settingsSurviveARestart() {
        Path file = folder.resolve("config/settings.properties");
        PropertiesSettings first = new PropertiesSettings(file);
        first.setMuted(true);
        first.setVolume(0.25);
        first.setSafetyIntroductionSeen(true);
        first.setDarkTheme(true);
        first.setTextScale(1.5);

        PropertiesSettings second = new PropertiesSettings(file);
        assertThat(second.isMuted()).isTrue();
        assertThat(second.volume()).isEqualTo(0.25);
        assertThat(second.isSafetyIntroductionSeen()).isTrue();
        assertThat(second.isDarkTheme()).isTrue();
        assertThat(second.textScale()).isEqualTo(1.5);
        assertThat(second.problem()).isEmpty();
    }

    @Test
    void defaultsAreSoundOnLightThemeNormalTextAndTheFullSafetyIntroduction() {
        Settings settings = Settings.inMemory();
        assertThat(settings.isMuted()).isFalse();
        assertThat(settings.volume()).isEqualTo(0.8);
        assertThat(settings.isDarkTheme()).isFalse();
        assertThat(settings.textScale()).isEqualTo(1.0);
        assertThat(settings.isSafetyIntroductionSeen()).isFalse();
    }

    @Test
    void outOfRangeValuesAreClamped() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.properties"),
                "sound.volume=7\ntext.scale=0.1\n");
        PropertiesSettings settings = new PropertiesSettings(file);
        assertThat(settings.volume()).isEqualTo(1.0);
        assertThat(settings.textScale()).isEqualTo(Settings.MIN_TEXT_SCALE);
    }

    @Test
    void unwritableFolderKeepsSettingsForThisRunAndSaysWhy() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        PropertiesSettings settings = new PropertiesSettings(blocker.resolve("settings.properties"));

        settings.setMuted(true);

        assertThat(settings.isMuted()).isTrue();
        assertThat(settings.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("Settings could not be saved"));
    }

    @Test
    void configFolderFollowsEachPlatformsConvention() {
        assertThat(UserFolders.config("Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.config/exercise-player"));
        assertThat(UserFolders.config("Linux", Map.of("XDG_CONFIG_HOME", "/x/cfg"), "/home/ann"))
                .isEqualTo(Path.of("/x/cfg/exercise-player"));
        assertThat(UserFolders.config("Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Exercise Player"));
        assertThat(UserFolders.config("Windows 11", Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming"), "C:\\Users\\ann")
                .toString()).endsWith("Exercise Player");
    }

    @Test
    void dataFolderFollowsEachPlatformsConvention() {
        assertThat(UserFolders.data("Linux", Map.of(), "/home/ann"))
                .isEqualTo(Path.of("/home/ann/.local/share/exercise-player"));
        assertThat(UserFolders.data("Linux", Map.of("XDG_DATA_HOME", "/x/data"), "/home/ann"))
                .isEqualTo(Path.of("/x/data/exercise-player"));
        assertThat(UserFolders.data("Linux", Map.of("XDG_DATA_HOME", "relative/data"), "/home/ann"))
                .as("a relative XDG_DATA_HOME is ignored, as the XDG specification asks")
                .isEqualTo(Path.of("/home/ann/.local/share/exercise-player"));
        assertThat(UserFolders.data("Mac OS X", Map.of(), "/Users/ann"))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Exercise Player"));
        assertThat(UserFolders.data("Windows 11", Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming"), "C:\\Users\\ann")
                .toString()).startsWith("C:\\Users\\ann\\AppData\\Roaming").endsWith("Exercise Player");
    }

    @Test
    void theVoiceIsOnFullAndAtNormalSpeedByDefaultAndWhatIsChosenSurvivesARestart() throws Exception {
        assertThat(Settings.inMemory().voice()).isEqualTo(new VoicePreferences(true,
                VoicePreferences.Verbosity.FULL, 100, ""));
        Path file = folder.resolve("settings.properties");
        new PropertiesSettings(file).setVoice(new VoicePreferences(false, VoicePreferences.Verbosity.COUNTS, 130,
                "en-gb-scotland"));

        assertThat(new PropertiesSettings(file).voice()).isEqualTo(new VoicePreferences(false,
                VoicePreferences.Verbosity.COUNTS, 130, "en-gb-scotland"));
        assertThat(Files.readString(file)).contains("voice.verbosity=counts");
    }

    @Test
    void voiceSettingsThatCannotBeReadFallBackToTheDefaultsOrTheNearestSpeed() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.properties"),
                "voice.verbosity=chatty\nvoice.speed=900\n");

        VoicePreferences voice = new PropertiesSettings(file).voice();

        assertThat(voice.verbosity()).isEqualTo(VoicePreferences.Verbosity.FULL);
        assertThat(voice.speedPercent()).isEqualTo(VoicePreferences.MAX_SPEED);
    }
}
