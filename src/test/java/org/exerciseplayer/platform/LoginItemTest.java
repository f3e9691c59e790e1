package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginItemTest {

    @TempDir
    Path home;

    @Test
    void onLinuxAnAutostartEntryInXdgConfigHomeRunsTheReminderModeAndIsRemovedWhenSwitchedOff() throws Exception {
        Path config = home.resolve("my config");
        LoginItem item = new LoginItem(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", config.toString()),
                home.toString());

        item.install(List.of("/opt/exercise-player/bin/exercise-player", "--reminders", "/home/sam/My hips.routine.json"),
                "Exercise Player reminders", "Reminds you of your exercises");

        Path file = config.resolve("autostart").resolve("exercise-player-reminders.desktop");
        assertThat(item.file()).isEqualTo(file);
        assertThat(item.isInstalled()).isTrue();
        assertThat(Files.readString(file)).startsWith("[Desktop Entry]\nType=Application\n")
                .contains("\nExec=/opt/exercise-player/bin/exercise-player --reminders \"/home/sam/My hips.routine.json\"\n")
                .contains("\nNoDisplay=true\n").contains("\nName=Exercise Player reminders\n");
        item.remove();
        assertThat(file).doesNotExist();
        assertThat(item.isInstalled()).isFalse();
        item.remove();
    }

    @Test
    void withoutXdgConfigHomeItIsInDotConfig() {
        assertThat(new LoginItem(OperatingSystem.LINUX, Map.of(), home.toString()).file())
                .isEqualTo(home.resolve(".config/autostart/exercise-player-reminders.desktop"));
        assertThat(new LoginItem(OperatingSystem.LINUX, Map.of("XDG_CONFIG_HOME", "relative"), home.toString()).file())
                .as("a relative XDG_CONFIG_HOME is ignored, as the specification says")
                .isEqualTo(home.resolve(".config/autostart/exercise-player-reminders.desktop"));
    }

    @Test
    void execArgumentsAreQuotedAsTheDesktopEntrySpecificationSays() {
        assertThat(LoginItem.execQuoted("/usr/bin/java")).isEqualTo("/usr/bin/java");
        assertThat(LoginItem.execQuoted("a b")).isEqualTo("\"a b\"");
        assertThat(LoginItem.execQuoted("say \"hi\" $HOME")).isEqualTo("\"say \\\\\"hi\\\\\" \\\\$HOME\"");
        assertThat(LoginItem.execQuoted("100%")).isEqualTo("100%%");
    }

    @Test
    void theCommandIsTheInstalledLauncherOrThisJavaWithItsClassPath() {
        assertThat(LaunchCommand.of("/opt/ep/bin/exercise-player", "/jdk", "cp", null, List.of("--reminders")))
                .containsExactly("/opt/ep/bin/exercise-player", "--reminders");
        assertThat(LaunchCommand.of(null, "/jdk", "/lib/a.jar:target/classes", null, List.of("--reminders")))
                .as("absolute, since a login item starts in the home folder")
                .containsExactly("/jdk/bin/java", "-cp", "/lib/a.jar:" + Path.of("target/classes").toAbsolutePath(),
                        "org.exerciseplayer.Main", "--reminders");
    }
}
