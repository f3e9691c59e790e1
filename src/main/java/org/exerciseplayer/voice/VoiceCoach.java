package org.exerciseplayer.voice;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.exerciseplayer.session.Clock;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Question;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionState;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.session.StopReason;

/**
 * The voice of a session: listens to the {@link Session} like the player's screen and the history do, and says its
 * {@link VoiceScript} at the right instants. On every change of course (a phase starts, the session resumes, the speed
 * changes) it fits the lines of the current and the next phase to the time left ({@link Fitting}) and schedules them on
 * the session's clock ({@link VoiceTimer}), each readied ahead of its instant so that it starts on time. Then:
 * <ul>
 *   <li>a phrase whose instant has passed by more than {@link #LATE_MILLIS} is not said: late is worse than silent;</li>
 *   <li>pausing silences at once, and resuming does not say again what was cut: whatever was due up to the pause is
 *       over;</li>
 *   <li>a question is said as it is asked, and silenced when it is answered; the pain stop, the end and a completed
 *       session have their own words;</li>
 *   <li>going back or skipping silences the phrase under way; going back lets its lines be said again.</li>
 * </ul>
 * Listener methods run on the session's thread (the UI thread); the timer's tasks on the timer's threads.
 */
public final class VoiceCoach implements Consumer<SessionEvent> {

    /** How far ahead of its instant a phrase is readied (real time). */
    static final long PREPARE_AHEAD_MILLIS = 700;
    /** A phrase that cannot start within this of its instant is left out. */
    static final long LATE_MILLIS = 80;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /**
     * A phrase as it was heard: when it was meant to start and when it did, on the session's clock.
     *
     * @param line       the line it says; null for a question or an ending, which has none
     * @param planMillis the plan instant it was fitted to; -1 for a question or an ending
     */
    public record Heard(String text, Line line, long planMillis, long plannedNanos, long startedNanos) {
        public long lateNanos() {
            return startedNanos - plannedNanos;
        }

        /** The line's kind, or null for a question or an ending. */
        public Line.Kind kind() {
            return line == null ? null : line.kind();
        }
    }

    private final Session session;
    private final Plan plan;
    private final Clock clock;
    private final VoiceScript script;
    private final VoiceOutput output;
    private final VoiceTimer timer;
    private final Consumer<Heard> heard;

    // The session's thread only.
    private final Map<Long, Pending> pending = new HashMap<>();
    private int pass;
    private int lastPhase = -1;
    private int lastCounted = -1;
    /** Lines at or before this plan instant are over in this pass (cut by a pause, or due while paused). */
    private long overUpTo = -1;
    /** When the current phase is due to end, on the clock; after it, a phase start is the clock's doing. */
    private long phaseEndsNanos = Long.MIN_VALUE;
    private boolean ended;

    // Shared with the timer's threads, under the lock.
    private final Object lock = new Object();
    private final Set<Long> started = new HashSet<>();
    /** Moves on each time a question's or an ending's phrase is called off: an older one's task does nothing. */
    private long askGeneration;
    private VoiceOutput.Utterance current;
    /** Whether {@link #current} is a line of the script (not a question or an ending). */
    private boolean currentTimed;
    private long currentEndsNanos;

    /** @param heard told of each phrase as it starts (for the benchmark and tests), on the timer's thread */
    public VoiceCoach(Session session, Clock clock, VoiceScript script, VoiceOutput output, VoiceTimer timer,
                      Consumer<Heard> heard) {
        this.session = Objects.requireNonNull(session, "session");
        this.plan = session.plan();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.script = Objects.requireNonNull(script, "script");
        this.output = Objects.requireNonNull(output, "output");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.heard = Objects.requireNonNull(heard, "heard");
    }

    public VoiceScript script() {
        return script;
    }

    @Override
    public void accept(SessionEvent event) {
        if (ended) {
            return;
        }
        if (event instanceof SessionEvent.PhaseStarted started) {
            phaseStarted(started.phaseIndex());
        } else if (event instanceof SessionEvent.RepetitionCounted counted) {
            lastCounted = counted.phaseIndex();
        } else if (event instanceof SessionEvent.Paused) {
            silenceTimed();
            overUpTo = session.state().elapsedMillis();
        } else if (event instanceof SessionEvent.Resumed) {
            reschedule();
        } else if (event instanceof SessionEvent.Asked asked) {
            say(question(asked.question()));
        } else if (event instanceof SessionEvent.Answered) {
            silence();
        } else if (event instanceof SessionEvent.Stopped stopped) {
            silence();
            say(stopped.reason() == StopReason.PAIN ? script.painStop(stopped.rating())
                    : stopped.reason() == StopReason.USER ? script.stopped() : "");
        } else if (event instanceof SessionEvent.Ended end) {
            if (end.summary().ending() == SessionSummary.Ending.COMPLETED) {
                silence();
                say(script.completed(endedWith(plan.size() - 1)));
            }
            ended = true;
            timer.close();
        }
    }

    /** Starts speaking a session already under way (the settings changed mid-session), from where it is. */
    public void begin() {
        if (!ended) {
            lastPhase = session.state().phaseIndex();
            reschedule();
        }
    }

    /** The demonstration speed changed: the same lines, fitted again to the time at the new speed. */
    public void speedChanged() {
        if (!ended) {
            reschedule();
        }
    }

    /** M: silent at once while muted (the sound cues say nothing then either); unmuted, the coming lines again. */
    public void mutedChanged(boolean muted) {
        if (ended) {
            return;
        }
        if (muted) {
            silence();
        } else {
            reschedule();
        }
    }

    /** The screen has gone: silent now, and nothing more. */
    public void close() {
        if (!ended) {
            ended = true;
            silence();
            timer.close();
        }
    }

    // Inside -----------------------------------------------------------------------------------------------------

    private void phaseStarted(int phaseIndex) {
        long now = clock.nanoTime();
        boolean back = phaseIndex <= lastPhase;
        boolean early = phaseIndex == lastPhase + 1 && now < phaseEndsNanos - NANOS_PER_MILLI;
        if (back) {
            pass++;
        }
        overUpTo = -1;
        if (back || early) {
            silence();
        }
        lastPhase = phaseIndex;
        reschedule();
    }

    private String question(Question question) {
        if (question instanceof Question.BetweenExercises check) {
            int last = plan.lastPhaseOf(check.nextExercise() - 1);
            return script.check(check.nextExercise(), endedWith(last));
        }
        return question instanceof Question.PainWorse ? script.painQuestion() : script.endQuestion();
    }

    /** The kind of this phase if it was just completed and was a hold or timed movement; else null. */
    private Phase.Kind endedWith(int phaseIndex) {
        return lastCounted == phaseIndex ? plan.phase(phaseIndex).kind() : null;
    }

    /**
     * Fits and schedules the lines from now to the end of the next phase. What is already scheduled with the same words
     * at the same instant stays as it is (readied, not readied again); the rest is called off.
     */
    private void reschedule() {
        SessionState state = session.state();
        if (state.status() != SessionRunner.Status.RUNNING || session.question().isPresent() || state.phase() == null) {
            phaseEndsNanos = Long.MIN_VALUE;
            cancelPending();
            return;
        }
        long now = clock.nanoTime();
        long planNow = state.elapsedMillis();
        int speed = state.speed();
        // The next phase too, so that its first line starts on its instant; never past the exercise, before which
        // the session holds for its check.
        int lastInWindow = state.awaitingDone() ? state.phaseIndex()
                : Math.min(state.phaseIndex() + 1, plan.lastPhaseOf(state.exerciseIndex()));
        phaseEndsNanos = state.awaitingDone() ? Long.MIN_VALUE
                : now + state.phaseRemainingMillis() * NANOS_PER_MILLI / speed;
        long earliest = Math.max(planNow - LATE_MILLIS * speed, overUpTo + 1);
        List<Line> lines = script.lines();
        int from = 0;
        while (from < lines.size() && (lines.get(from).atMillis() < earliest
                || lines.get(from).phaseIndex() < state.phaseIndex())) {
            from++;
        }
        int to = from;
        while (to < lines.size() && lines.get(to).phaseIndex() <= lastInWindow) {
            to++;
        }
        long busyUntil;
        synchronized (lock) {
            busyUntil = current != null && currentEndsNanos > now
                    ? planNow + (currentEndsNanos - now) / NANOS_PER_MILLI * speed : planNow;
        }
        Map<Long, Pending> before = new HashMap<>(pending);
        pending.clear();
        for (Fitting.Spoken spoken : Fitting.fit(lines, from, to, output, speed, busyUntil)) {
            long key = ((long) pass << 32) | spoken.lineIndex();
            synchronized (lock) {
                if (started.contains(key)) {
                    continue;
                }
            }
            long at = now + (spoken.atMillis() - planNow) * NANOS_PER_MILLI / speed;
            Pending same = before.remove(key);
            if (same != null && same.text.equals(spoken.text()) && Math.abs(same.at - at) <= NANOS_PER_MILLI) {
                pending.put(key, same);
            } else {
                if (same != null) {
                    cancel(same);
                }
                pending.put(key, schedule(spoken, key, at, spoken.millis() * NANOS_PER_MILLI / speed));
            }
        }
        before.values().forEach(this::cancel);
    }

    private Pending schedule(Fitting.Spoken spoken, long key, long at, long lengthNanos) {
        Pending item = new Pending(spoken.text(), at);
        item.readying = timer.prepareAt(at - PREPARE_AHEAD_MILLIS * NANOS_PER_MILLI,
                () -> item.ready.complete(item.cancelled ? Optional.empty() : output.prepare(spoken.text(), false)));
        item.starting = timer.at(at, () -> start(item, key, lengthNanos, spoken));
        return item;
    }

    /** On the timer's thread, at the phrase's instant. */
    private void start(Pending item, long key, long lengthNanos, Fitting.Spoken spoken) {
        long at = item.at;
        Optional<VoiceOutput.Utterance> ready = await(item.ready, at + LATE_MILLIS * NANOS_PER_MILLI);
        synchronized (lock) {
            long now = clock.nanoTime();
            if (ready.isEmpty() || item.cancelled || started.contains(key) || now - at > LATE_MILLIS
                    * NANOS_PER_MILLI) {
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
            heard.accept(new Heard(spoken.text(), spoken.line(), spoken.atMillis(), at, now));
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
    private void say(String text) {
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
                heard.accept(new Heard(text, null, -1, asked, now));
            }
        });
    }

    /** Calls off every phrase scheduled and not yet started; the one being heard goes on. */
    private void cancelPending() {
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
    private void silence() {
        cancelPending();
        synchronized (lock) {
            askGeneration++;
            if (current != null) {
                current.stop();
                current = null;
            }
        }
    }

    /** Calls off the lines scheduled and silences the line being heard, at once; a question being asked goes on. */
    private void silenceTimed() {
        cancelPending();
        synchronized (lock) {
            if (current != null && currentTimed) {
                current.stop();
                current = null;
            }
        }
    }

    /** A phrase scheduled: readied ahead, started at its instant (on the clock), unless called off. */
    private static final class Pending {
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
