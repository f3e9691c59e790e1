package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The real thing on whatever machine runs the tests: it must never throw, must end up either holding or saying
 * why not, and must leave no helper running after release. On a desktop this briefly inhibits the screensaver.
 */
class ScreenAwakeOnThisMachineTest {

    @Test
    void holdsOrSaysWhyAndLeavesNothingBehind() throws Exception {
        ScreenAwake awake = ScreenAwake.forThisPlatform();

        awake.hold("Exercise Player test run");
        ScreenAwake.Status status = awake.status();
        System.out.println("Screen awake on this machine: " + status + (awake.isHeld() ? " (held)" : ""));

        assertThat(status.kind()).isNotEqualTo(ScreenAwake.Status.Kind.NOT_REQUESTED);
        assertThat(awake.isHeld()).isNotEqualTo(status.isUnavailable());
        awake.release();
        awake.release();

        assertThat(awake.isHeld()).isFalse();
        Eventually.within(Duration.ofSeconds(5), "no helper process is left", () -> ProcessHandle.current()
                .descendants().noneMatch(process -> process.info().commandLine().orElse("")
                        .contains("exercise-player-awake")));
    }
}
