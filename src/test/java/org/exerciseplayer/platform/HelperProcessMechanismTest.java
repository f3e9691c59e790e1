package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.platform.HelperProcessMechanism.Readiness;
import org.exerciseplayer.platform.InhibitMechanism.Inhibition;
import org.junit.jupiter.api.Test;

class HelperProcessMechanismTest {

    private static final Path TOOL = Path.of("/opt/bin/tool");

    @Test
    void theReadyLineMeansTheRequestIsInForce() throws Exception {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);

        Inhibition inhibition = mechanism(launcher, Readiness.READY_LINE).acquire("Session running");

        assertThat(inhibition.isActive()).isTrue();
        assertThat(launcher.commands).containsExactly(List.of("/opt/bin/tool", "--why=Session running"));
    }

    @Test
    void linesBeforeTheReadyLineAreTolerated() throws Exception {
        RecordingLauncher launcher = RecordingLauncher.faking(
                () -> FakeProcess.running("a warning\n" + HelperCommands.READY_LINE + "\n"));

        assertThat(mechanism(launcher, Readiness.READY_LINE).acquire("r").isActive()).isTrue();
    }

    @Test
    void releaseEndsTheHelper() throws Exception {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);
        Inhibition inhibition = mechanism(launcher, Readiness.READY_LINE).acquire("r");

        inhibition.release();

        assertThat(inhibition.isActive()).isFalse();
        assertThat(((FakeProcess) launcher.lastProcess()).destroyed).isTrue();
    }

    @Test
    void aHelperThatExitsWithoutConfirmingIsUnavailableWithItsOutput() {
        RecordingLauncher launcher = RecordingLauncher.faking(
                () -> FakeProcess.exited(1, "Failed to connect to bus: No such file or directory\n"));

        assertThatThrownBy(() -> mechanism(launcher, Readiness.READY_LINE).acquire("r"))
                .isInstanceOf(InhibitMechanism.Unavailable.class)
                .hasMessage("exited with status 1: Failed to connect to bus: No such file or directory");
    }

    @Test
    void aHelperThatNeverConfirmsIsStoppedAndUnavailable() {
        FakeProcess silent = FakeProcess.running("");
        RecordingLauncher launcher = RecordingLauncher.faking(() -> silent);

        assertThatThrownBy(() -> mechanism(launcher, Readiness.READY_LINE).acquire("r"))
                .isInstanceOf(InhibitMechanism.Unavailable.class)
                .hasMessage("did not confirm within 200 ms");
        assertThat(silent.destroyed).isTrue();
    }

    @Test
    void aSilentHelperStillRunningAfterTheGracePeriodCounts() throws Exception {
        RecordingLauncher launcher = RecordingLauncher.faking(() -> FakeProcess.running(""));

        assertThat(mechanism(launcher, Readiness.STILL_RUNNING).acquire("r").isActive()).isTrue();
    }

    @Test
    void aSilentHelperThatExitsAtOnceIsUnavailable() {
        RecordingLauncher launcher = RecordingLauncher.faking(() -> FakeProcess.exited(2, "usage: tool\n"));

        assertThatThrownBy(() -> mechanism(launcher, Readiness.STILL_RUNNING).acquire("r"))
                .hasMessage("exited with status 2: usage: tool");
    }

    @Test
    void aMissingExecutableIsUnavailableWithoutStartingAnything() {
        RecordingLauncher launcher = RecordingLauncher.faking(FakeProcess::ready);
        HelperProcessMechanism mechanism = new HelperProcessMechanism("tool", Optional::empty,
                (executable, reason) -> List.of(executable.toString()), Readiness.READY_LINE, launcher,
                Duration.ofMillis(200));

        assertThatThrownBy(() -> mechanism.acquire("r")).hasMessage("not found on PATH");
        assertThat(launcher.commands).isEmpty();
    }

    @Test
    void aLaunchFailureIsUnavailable() {
        ProcessLauncher failing = command -> {
            throw new IOException("error=13, Permission denied");
        };
        HelperProcessMechanism mechanism = new HelperProcessMechanism("tool", () -> Optional.of(TOOL),
                (executable, reason) -> List.of(executable.toString()), Readiness.READY_LINE, failing,
                Duration.ofMillis(200));

        assertThatThrownBy(() -> mechanism.acquire("r"))
                .hasMessage("could not start " + TOOL + ": error=13, Permission denied");
    }

    private static HelperProcessMechanism mechanism(ProcessLauncher launcher, Readiness readiness) {
        return new HelperProcessMechanism("tool", () -> Optional.of(TOOL),
                (executable, reason) -> List.of(executable.toString(), "--why=" + reason), readiness, launcher,
                Duration.ofMillis(200));
    }
}
