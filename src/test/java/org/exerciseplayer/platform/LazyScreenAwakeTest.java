package org.exerciseplayer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LazyScreenAwakeTest {

    /** Records what it is asked, as a mechanism that always works. */
    private static final class Recording implements ScreenAwake {
        final List<String> calls = new ArrayList<>();
        boolean held;

        @Override
        public void hold(String reason) {
            calls.add("hold " + reason);
            held = true;
        }

        @Override
        public void release() {
            calls.add("release");
            held = false;
        }

        @Override
        public boolean isHeld() {
            return held;
        }

        @Override
        public Status status() {
            return Status.mechanism("recording");
        }
    }

    @Test
    void nothingIsMadeOrProbedUntilTheFirstHold() {
        List<Recording> made = new ArrayList<>();
        LazyScreenAwake awake = new LazyScreenAwake(() -> {
            Recording r = new Recording();
            made.add(r);
            return r;
        });
        awake.release();
        assertThat(awake.isHeld()).isFalse();
        assertThat(awake.status().kind()).isEqualTo(ScreenAwake.Status.Kind.NOT_REQUESTED);
        assertThat(made).isEmpty();

        awake.hold("Exercise session");
        awake.release();
        awake.hold("Exercise session");
        assertThat(made).hasSize(1);
        assertThat(made.get(0).calls).containsExactly("hold Exercise session", "release", "hold Exercise session");
        assertThat(awake.isHeld()).isTrue();
        assertThat(awake.status()).isEqualTo(ScreenAwake.Status.mechanism("recording"));
    }
}
