package org.exerciseplayer.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.exerciseplayer.session.Clock;

/**
 * A speech engine and its output for tests: each phrase lasts {@code millisPerLetter} a letter (plus 150 ms), is
 * "rendered" when {@code rendered} says so, and every start and stop is recorded on the session's clock.
 */
final class FakeEngine implements VoiceOutput {

    /** A phrase that was heard: from when, until when it was stopped (or {@link Long#MAX_VALUE} if never). */
    static final class Said {
        final String text;
        final long startNanos;
        final long lengthNanos;
        long stoppedNanos = Long.MAX_VALUE;

        Said(String text, long startNanos, long lengthNanos) {
            this.text = text;
            this.startNanos = startNanos;
            this.lengthNanos = lengthNanos;
        }

        /** When it fell silent: its end, or when it was stopped if that came first. */
        long endNanos() {
            return Math.min(startNanos + lengthNanos, stoppedNanos);
        }

        boolean wasCut() {
            return stoppedNanos < startNanos + lengthNanos;
        }

        @Override
        public String toString() {
            return startNanos / 1_000_000 + " ms \"" + text + "\"" + (wasCut() ? " (cut)" : "");
        }
    }

    private final Clock clock;
    private final double millisPerLetter;
    private Predicate<String> rendered = text -> true;
    private boolean muted;
    final List<Said> said = new ArrayList<>();
    final List<String> prepared = new ArrayList<>();

    FakeEngine(Clock clock, double millisPerLetter) {
        this.clock = clock;
        this.millisPerLetter = millisPerLetter;
    }

    FakeEngine rendered(Predicate<String> which) {
        this.rendered = which;
        return this;
    }

    void mute(boolean on) {
        muted = on;
    }

    long lengthMillis(String text) {
        return 150 + Math.round(text.codePoints().filter(Character::isLetterOrDigit).count() * millisPerLetter);
    }

    @Override
    public OptionalLong millis(String text) {
        return rendered.test(text) ? OptionalLong.of(lengthMillis(text)) : OptionalLong.empty();
    }

    @Override
    public Optional<Utterance> prepare(String text, boolean renderIfMissing) {
        if (muted || !renderIfMissing && !rendered.test(text)) {
            return Optional.empty();
        }
        prepared.add(text);
        return Optional.of(new Utterance() {
            private Said heard;
            private boolean stopped;

            @Override
            public void start() {
                if (!stopped && heard == null) {
                    heard = new Said(text, clock.nanoTime(), lengthMillis(text) * 1_000_000L);
                    said.add(heard);
                }
            }

            @Override
            public void stop() {
                stopped = true;
                if (heard != null && heard.stoppedNanos == Long.MAX_VALUE) {
                    heard.stoppedNanos = clock.nanoTime();
                }
            }
        });
    }

    List<String> texts() {
        return said.stream().map(s -> s.text).toList();
    }
}
