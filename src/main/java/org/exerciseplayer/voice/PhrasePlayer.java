package org.exerciseplayer.voice;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.exerciseplayer.session.Clock;

/**
 * Plays the {@link VoiceCoach}'s phrases, one at a time: a line is readied {@link VoiceCoach#PREPARE_AHEAD_MILLIS}
 * ahead of its instant and started at it by the {@link VoiceTimer}, unless called off, already said, or late by more
 * than {@link VoiceCoach#LATE_MILLIS}; a question or an ending is said at once. Scheduling and calling off happen on
 * the session's thread; starting on the timer's; what both see is under one lock.
 */
final class PhrasePlayer {

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final Clock clock;
    private final VoiceOutput output;
    private final VoiceTimer timer;
    private final Consumer<VoiceCoach.Heard> heard;

    // The session's thread only: what is scheduled, by key (pass and line).
    private Map<Long, Pending> pending = new HashMap<>();

    private final Object lock = new Object();
    private final Set<Long> started = new HashSet<>();
    /** Moves on each time a question's or an ending's phrase is called off: an older one's task does nothing. */
    private long askGeneration;
    private VoiceOutput.Utterance current;
    /** Whether {@link #current} is a line of the script (not a question or an ending). */
    private boolean currentTimed;
    private long currentEndsNanos;

    PhrasePlayer(Clock clock, VoiceOutput output, VoiceTimer timer, Consumer<VoiceCoach.Heard> heard) {
        this.clock = clock;
        this.output = output;
        this.timer = timer;
        this.heard = heard;
    }

    /** Whether the line of this key has been said (or begun). */
    boolean said(long key) {
        synchronized (lock) {
            return started.contains(key);
        }
    }

    /** When the phrase being heard ends, on the clock; {@code now} when none is. */
    long busyUntil(long now) {
        synchronized (lock) {
            return current != null && currentEndsNanos > now ? currentEndsNanos : now;
        }
    }

    /** Starts the schedule again: what is not scheduled again by {@link #schedule} before {@link #done} is called off. */
    Map<Long, Pending> begin() {
        Map<Long, Pending> before = pending;
        pending = new HashMap<>();
        return before;
    }

    /**
     * Schedules a line at {@code at} (clock), keeping what {@code before} held for it if the words and the instant are
     * the same (readied already).
     */
    void schedule(Map<Long, Pending> before, long key, Fitting.Spoken spoken, long at, long lengthNanos) {
        Pending same = before.remove(key);
        if (same != null && same.text.equals(spoken.text()) && Math.abs(same.at - at) <= NANOS_PER_MILLI) {
            pending.put(key, same);
            return;
        }
        if (same != null) {
            cancel(same);
        }
        Pending item = new Pending(spoken.text(), at);
        item.readying = timer.prepareAt(at - VoiceCoach.PREPARE_AHEAD_MILLIS * NANOS_PER_MILLI,
                () -> item.ready.complete(item.cancelled ? Optional.empty() : output.prepare(spoken.text(), false)));
        item.starting = timer.at(at, () -> start(item, key, lengthNanos, spoken));
        pending.put(key, item);
    }

    /** Calls off what was scheduled before and not scheduled again. */
    void done(Map<Long, Pending> before) {
        before.values().forEach(this::cancel);
    }

    /** On the timer's thread, at the phrase's instant. */
    private void start(Pending item, long key, long lengthNanos, Fitting.Spoken spoken) {
        long at = item.at;
        Optional<VoiceOutput.Utterance> ready = await(item.ready, at + VoiceCoach.LATE_MILLIS * NANOS_PER_MILLI);
        synchronized (lock) {
            long now = clock.nanoTime();
            if (ready.isEmpty() || item.cancelled || started.contains(key)
                    || now - at > VoiceCoach.LATE_MILLIS * NANOS_PER_MILLI) {
                ready.ifPresent(VoiceOutput.Utterance::stop);
                return;
            }
            if (current != null) {
                current.stop();
            }
            started.add(key);
            item.started = true;
            current = ready.get();
            currentTimed = true;
            currentEndsNanos = now + lengthNanos;
            current.start();
            heard.accept(new VoiceCoach.Heard(spoken.text(), spoken.line(), spoken.atMillis(), at, now));
        }
    }

    private Optional<VoiceOutput.Utterance> await(CompletableFuture<Optional<VoiceOutput.Utterance>> ready,
                                                  long untilNanos) {
        try {
            long wait = Math.max(0, untilNanos - clock.nanoTime());
            return ready.isDone() ? ready.get() : ready.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            ready.thenAccept(late -> late.ifPresent(VoiceOutput.Utterance::stop));
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Says a phrase that has no deadline (a question, an ending) now, after readying it, even if not rendered yet. */
    void say(String text) {
        if (text.isEmpty()) {
            return;
        }
        long expected;
        synchronized (lock) {
            expected = ++askGeneration;
        }
        long asked = clock.nanoTime();
        timer.at(asked, () -> {
            Optional<VoiceOutput.Utterance> ready = output.prepare(text, true);
            synchronized (lock) {
                if (ready.isEmpty() || askGeneration != expected) {
                    ready.ifPresent(VoiceOutput.Utterance::stop);
                    return;
                }
                if (current != null) {
                    current.stop();
                }
                current = ready.get();
                currentTimed = false;
                currentEndsNanos = Long.MAX_VALUE;
                long now = clock.nanoTime();
                current.start();
                heard.accept(new VoiceCoach.Heard(text, null, -1, asked, now));
            }
        });
    }

    /** Calls off every phrase scheduled and not yet started; the one being heard goes on. */
    void cancelPending() {
        pending.values().forEach(this::cancel);
        pending.clear();
    }

    private void cancel(Pending item) {
        synchronized (lock) {
            item.cancelled = true;
        }
        item.readying.cancel();
        item.starting.cancel();
        item.ready.thenAccept(ready -> {
            if (!item.started) {
                ready.ifPresent(VoiceOutput.Utterance::stop);
            }
        });
    }

    /** Calls off what is scheduled, questions included, and silences what is being heard, at once. */
    void silence() {
        cancelPending();
        synchronized (lock) {
            askGeneration++;
            stopCurrent();
        }
    }

    /** Calls off the lines scheduled and silences the line being heard, at once; a question being asked goes on. */
    void silenceTimed() {
        cancelPending();
        synchronized (lock) {
            if (currentTimed) {
                stopCurrent();
            }
        }
    }

    private void stopCurrent() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }

    /** Lets what is scheduled run (an ending's phrase), then takes nothing more. */
    void close() {
        timer.close();
    }

    /** A phrase scheduled: readied ahead, started at its instant (on the clock), unless called off. */
    static final class Pending {
        final String text;
        final long at;
        final CompletableFuture<Optional<VoiceOutput.Utterance>> ready = new CompletableFuture<>();
        VoiceTimer.Scheduled readying;
        VoiceTimer.Scheduled starting;
        volatile boolean cancelled;
        volatile boolean started;

        Pending(String text, long at) {
            this.text = text;
            this.at = at;
        }
    }
}
