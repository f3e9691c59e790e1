package org.exerciseplayer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

    @Test
    void renderedSpeechGoesInEachPlatformsPerUserCacheFolder() {
        assertThat(UserFolders.cache("Linux", Map.of(), "/home/sam"))
                .isEqualTo(Path.of("/home/sam/.cache/exercise-player"));
        assertThat(UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/sam"), "/home/sam"))
                .isEqualTo(Path.of("/var/cache/sam/exercise-player"));
        assertThat(UserFolders.cache("Linux", Map.of("XDG_CACHE_HOME", "relative"), "/home/sam"))
                .as("a relative XDG folder is ignored, as the specification asks")
                .isEqualTo(Path.of("/home/sam/.cache/exercise-player"));
        assertThat(UserFolders.cache("Mac OS X", Map.of(), "/Users/sam"))
                .isEqualTo(Path.of("/Users/sam/Library/Caches/Exercise Player"));
        assertThat(UserFolders.cache("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/sam/AppData/Local"), "/c/Users/sam"))
                .isEqualTo(Path.of("/c/Users/sam/AppData/Local/Exercise Player/Cache"));
    }
}
