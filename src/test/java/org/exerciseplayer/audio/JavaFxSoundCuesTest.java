package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the real cues do before they reach JavaFX; the sound device itself is in {@link JavaFxSoundCuesDeviceTest}. */
class JavaFxSoundCuesTest {

    @TempDir
    Path folder;

    @Test
    void missingCueSoundsMakeSoundUnavailableWithoutTouchingTheDevice() throws Exception {
        List<SoundStatus> heard = new CopyOnWriteArrayList<>();
        try (JavaFxSoundCues cues = JavaFxSoundCues.start(new CueFiles(cue -> null, folder))) {
            cues.addStatusListener(heard::add);
            cues.play(Cue.HOLD_START);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (heard.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }

            assertThat(heard).containsExactly(
                    SoundStatus.unavailable("The cue sounds could not be loaded; cues are shown on screen instead."));
        }
    }
}
