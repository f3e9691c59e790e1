package org.exerciseplayer.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.exerciseplayer.audio.RecordingSoundCues.Played;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link SoundCues} promises about mute, volume and status, shown through the in-memory ones. */
class SoundCuesTest {

    private final RecordingSoundCues cues = new RecordingSoundCues();

    @Test
    void cuesAreHeardInTheOrderTheyArePlayed() {
        cues.play(Cue.HOLD_START);
        cues.play(Cue.COUNTDOWN);
        cues.play(Cue.HOLD_END);

        assertThat(cues.played()).containsExactly(Cue.HOLD_START, Cue.COUNTDOWN, Cue.HOLD_END);
    }

    @Test
    void mutedCuesAreNotHeardUntilSoundIsTurnedBackOn() {
        cues.setMuted(true);
        cues.play(Cue.COUNTDOWN);
        assertThat(cues.isMuted()).isTrue();
        cues.setMuted(false);
        cues.play(Cue.HOLD_END);

        assertThat(cues.played()).containsExactly(Cue.HOLD_END);
    }

    @Test
    void muteKeepsTheVolumeForLater() {
        cues.setVolume(0.4);
        cues.setMuted(true);
        cues.setMuted(false);
        cues.play(Cue.SWITCH_SIDE);

        assertThat(cues.volume()).isEqualTo(0.4);
        assertThat(cues.plays()).containsExactly(new Played(Cue.SWITCH_SIDE, 0.4));
    }

    @Test
    void eachCueIsHeardAtTheVolumeSetWhenItPlays() {
        assertThat(cues.volume()).as("full volume to begin with").isEqualTo(1.0);
        cues.play(Cue.COUNTDOWN);
        cues.setVolume(0.25);
        cues.play(Cue.COUNTDOWN);

        assertThat(cues.plays()).extracting(Played::volume).containsExactly(1.0, 0.25);
    }

    @Test
    void atVolumeZeroNothingIsHeard() {
        cues.setVolume(0);
        cues.play(Cue.SESSION_DONE);

        assertThat(cues.played()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void aVolumeOutsideZeroToOneIsRefused(double volume) {
        assertThatThrownBy(() -> cues.setVolume(volume)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from 0 to 1");
        assertThat(cues.volume()).isEqualTo(1.0);
    }

    @Test
    void losingSoundIsToldOnceWithTheFirstReasonAndLaterCuesAreNotHeard() {
        List<SoundStatus> heard = new ArrayList<>();
        cues.addStatusListener(heard::add);
        heard.clear(); // it was told "available" on joining

        cues.loseSound("The speaker was unplugged.");
        cues.loseSound("Something else went wrong.");
        cues.play(Cue.HOLD_START);

        assertThat(heard).containsExactly(SoundStatus.unavailable("The speaker was unplugged."));
        assertThat(cues.status().reason()).isEqualTo("The speaker was unplugged.");
        assertThat(cues.played()).isEmpty();
    }

    @Test
    void aListenerJoiningLateIsToldTheKnownStatusAtOnce() {
        cues.loseSound("No speaker.");
        List<SoundStatus> heard = new ArrayList<>();

        cues.addStatusListener(heard::add);

        assertThat(heard).containsExactly(SoundStatus.unavailable("No speaker."));
    }

    @Test
    void aFailingListenerDoesNotKeepTheNewsFromOthers() {
        List<SoundStatus> heard = new ArrayList<>();
        cues.addStatusListener(status -> {
            throw new IllegalStateException("listener bug");
        });
        cues.addStatusListener(heard::add);

        cues.loseSound("No speaker.");

        assertThat(heard).extracting(SoundStatus::state)
                .containsExactly(SoundStatus.State.AVAILABLE, SoundStatus.State.UNAVAILABLE);
    }

    @Test
    void everyListenerHearsOfLostSoundExactlyOnceEvenWhenJoiningAtTheSameMoment() throws Exception {
        int listeners = 200;
        AtomicInteger told = new AtomicInteger();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < listeners; i++) {
                threads.execute(() -> {
                    try {
                        go.await();
                        cues.addStatusListener(status -> {
                            if (status.isUnavailable()) {
                                told.incrementAndGet();
                            }
                        });
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
            }
            threads.execute(() -> {
                try {
                    go.await();
                    cues.loseSound("No speaker.");
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            go.countDown();
        } finally {
            threads.shutdown();
            assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(failures).isEmpty();
        assertThat(told).hasValue(listeners);
    }

    @Test
    void silentCuesAreUnavailableFromTheStartAndSayWhy() {
        SilentSoundCues silent = new SilentSoundCues("Sound is off for this test.");
        List<SoundStatus> heard = new ArrayList<>();

        silent.addStatusListener(heard::add);
        silent.play(Cue.HOLD_START);

        assertThat(silent.status()).isEqualTo(SoundStatus.unavailable("Sound is off for this test."));
        assertThat(heard).containsExactly(silent.status());
    }

    @Test
    void switchedOffSoundSaysTheCuesAreOnScreen() {
        assertThat(SilentSoundCues.switchedOff().status().reason())
                .isEqualTo("Sound is switched off; cues are shown on screen instead.");
    }

    @ParameterizedTest
    @EnumSource(SilenceReason.class)
    void everyReasonForSilenceHasASentenceSayingWhatHappensInstead(SilenceReason reason) {
        assertThat(reason.message()).endsWith("; cues are shown on screen instead.");
    }

    @Test
    void onlyAnUnavailableStatusHasAReason() {
        assertThatThrownBy(() -> SoundStatus.unavailable(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SoundStatus(SoundStatus.State.AVAILABLE, "fine"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SoundStatus.AVAILABLE.isAvailable()).isTrue();
        assertThat(SoundStatus.UNKNOWN.isAvailable()).isFalse();
        assertThat(SoundStatus.UNKNOWN.isUnavailable()).isFalse();
    }
}
