package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class FallbackScreenAwakeTest {

    @Test
    void statusSaysNotRequestedBeforeTheFirstHold() {
        FakeMechanism mechanism = FakeMechanism.working("dbus");
        ScreenAwake awake = new FallbackScreenAwake(List.of(mechanism), "none");

        assertThat(awake.isHeld()).isFalse();
        assertThat(awake.status().kind()).isEqualTo(ScreenAwake.Status.Kind.NOT_REQUESTED);
        assertThat(mechanism.reasons).as("nothing is probed before a hold").isEmpty();
    }

    @Test
    void holdUsesTheFirstMechanismThatWorks() {
        FakeMechanism refusing = FakeMechanism.refusing("dbus", "no session bus");
        FakeMechanism working = FakeMechanism.working("systemd-inhibit");
        FakeMechanism neverTried = FakeMechanism.working("xdg-screensaver");
        ScreenAwake awake = new FallbackScreenAwake(List.of(refusing, working, neverTried), "none");

        awake.hold("Exercise session running");

        assertThat(awake.isHeld()).isTrue();
        assertThat(awake.status()).isEqualTo(ScreenAwake.Status.mechanism("systemd-inhibit"));
        assertThat(awake.status()).hasToString("systemd-inhibit");
        assertThat(working.reasons).containsExactly("Exercise session running");
        assertThat(neverTried.reasons).isEmpty();
    }

    @Test
    void holdTwiceKeepsOneRequest() {
        FakeMechanism mechanism = FakeMechanism.working("dbus");
        ScreenAwake awake = new FallbackScreenAwake(List.of(mechanism), "none");

        awake.hold("a");
        awake.hold("b");

        assertThat(mechanism.inhibitions).hasSize(1);
        assertThat(awake.isHeld()).isTrue();
    }

    @Test
    void releaseEndsTheRequestAndIsIdempotent() {
        FakeMechanism mechanism = FakeMechanism.working("dbus");
        ScreenAwake awake = new FallbackScreenAwake(List.of(mechanism), "none");
        awake.hold("a");

        awake.release();
        awake.release();

        assertThat(awake.isHeld()).isFalse();
        assertThat(mechanism.inhibitions.get(0).releaseCalls).isEqualTo(1);
        assertThat(awake.status()).as("status keeps naming the mechanism last used")
                .isEqualTo(ScreenAwake.Status.mechanism("dbus"));
    }

    @Test
    void releaseBeforeAnyHoldDoesNothing() {
        ScreenAwake awake = new FallbackScreenAwake(List.of(FakeMechanism.working("dbus")), "none");

        awake.release();

        assertThat(awake.isHeld()).isFalse();
    }

    @Test
    void holdAfterReleaseStartsANewRequest() {
        FakeMechanism mechanism = FakeMechanism.working("dbus");
        ScreenAwake awake = new FallbackScreenAwake(List.of(mechanism), "none");

        awake.hold("a");
        awake.release();
        awake.hold("a");

        assertThat(mechanism.inhibitions).hasSize(2);
        assertThat(mechanism.activeCount()).isEqualTo(1);
    }

    @Test
    void holdReplacesARequestLostInTheMeantime() {
        FakeMechanism mechanism = FakeMechanism.working("systemd-inhibit");
        ScreenAwake awake = new FallbackScreenAwake(List.of(mechanism), "none");
        awake.hold("a");

        mechanism.inhibitions.get(0).lose();

        assertThat(awake.isHeld()).isFalse();
        awake.hold("a");
        assertThat(awake.isHeld()).isTrue();
        assertThat(mechanism.inhibitions).hasSize(2);
        assertThat(mechanism.inhibitions.get(0).releaseCalls).as("what was left of the lost one is cleaned up")
                .isEqualTo(1);
    }

    @Test
    void statusListsEveryReasonWhenNothingWorks() {
        ScreenAwake awake = new FallbackScreenAwake(List.of(
                FakeMechanism.refusing("D-Bus org.freedesktop.ScreenSaver", "no session bus"),
                FakeMechanism.refusing("systemd-inhibit", "not found on PATH")), "none");

        awake.hold("a");

        assertThat(awake.isHeld()).isFalse();
        assertThat(awake.status().isUnavailable()).isTrue();
        assertThat(awake.status()).hasToString("unavailable: D-Bus org.freedesktop.ScreenSaver: no session bus; "
                + "systemd-inhibit: not found on PATH");
    }

    @Test
    void statusExplainsWhenThePlatformHasNoMechanism() {
        ScreenAwake awake = new FallbackScreenAwake(List.of(), "no known mechanism on this operating system (Plan 9)");

        awake.hold("a");

        assertThat(awake.status()).hasToString("unavailable: no known mechanism on this operating system (Plan 9)");
    }

    @Test
    void aMechanismThatThrowsIsTreatedAsUnavailable() {
        InhibitMechanism broken = new InhibitMechanism() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Inhibition acquire(String reason) {
                throw new IllegalStateException("boom");
            }
        };
        FakeMechanism working = FakeMechanism.working("fallback");
        ScreenAwake awake = new FallbackScreenAwake(List.of(broken, working), "none");

        awake.hold("a");

        assertThat(awake.isHeld()).isTrue();
        assertThat(awake.status()).isEqualTo(ScreenAwake.Status.mechanism("fallback"));
    }

    @Test
    void aBlankReasonIsReplacedByADefault() {
        FakeMechanism mechanism = FakeMechanism.working("dbus");
        ScreenAwake awake = new FallbackScreenAwake(List.of(mechanism), "none");

        awake.hold(null);

        assertThat(mechanism.reasons).containsExactly("Exercise session running");
    }

    @Test
    void nothingAvailableIsLoggedOnceNotOnEveryHold() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ScreenAwake.class.getName());
        logger.addHandler(handler);
        try {
            ScreenAwake awake = new FallbackScreenAwake(List.of(FakeMechanism.refusing("dbus", "no bus")), "none");

            awake.hold("a");
            awake.hold("a");
            awake.release();
            awake.hold("a");
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(records).hasSize(1);
        assertThat(records.get(0).getLevel()).isEqualTo(java.util.logging.Level.WARNING);
    }
}
