package org.exerciseplayer.voice;

import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Listener methods run on the session's thread (the UI thread); the {@link PhrasePlayer} starts phrases on the
 * timer's threads.
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
    private final PhrasePlayer player;

    // The session's thread only.
    private int pass;
    private int lastPhase = -1;
    private int lastCounted = -1;
    /** Lines at or before this plan instant are over in this pass (cut by a pause, or due while paused). */
    private long overUpTo = -1;
    /** When the current phase is due to end, on the clock; after it, a phase start is the clock's doing. */
    private long phaseEndsNanos = Long.MIN_VALUE;
    private boolean ended;

    /** @param heard told of each phrase as it starts (for the benchmark and tests), on the timer's thread */
    public VoiceCoach(Session session, Clock clock, VoiceScript script, VoiceOutput output, VoiceTimer timer,
                      Consumer<Heard> heard) {
        this.session = Objects.requireNonNull(session, "session");
        this.plan = session.plan();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.script = Objects.requireNonNull(script, "script");
        this.output = Objects.requireNonNull(output, "output");
        this.player = new PhrasePlayer(clock, output, Objects.requireNonNull(timer, "timer"),
                Objects.requireNonNull(heard, "heard"));
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
            player.silenceTimed();
            overUpTo = session.state().elapsedMillis();
        } else if (event instanceof SessionEvent.Resumed) {
            reschedule();
        } else if (event instanceof SessionEvent.Asked asked) {
            player.say(question(asked.question()));
        } else if (event instanceof SessionEvent.Answered) {
            player.silence();
        } else if (event instanceof SessionEvent.Stopped stopped) {
            player.silence();
            player.say(stopped.reason() == StopReason.PAIN ? script.painStop(stopped.rating())
                    : stopped.reason() == StopReason.USER ? script.stopped() : "");
        } else if (event instanceof SessionEvent.Ended end) {
            if (end.summary().ending() == SessionSummary.Ending.COMPLETED) {
                player.silence();
                player.say(script.completed(endedWith(plan.size() - 1)));
            }
            ended = true;
            player.close();
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
            player.silence();
        } else {
            reschedule();
        }
    }

    /** The screen has gone: silent now, and nothing more. */
    public void close() {
        if (!ended) {
            ended = true;
            player.silence();
            player.close();
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
            player.silence();
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
            player.cancelPending();
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
        long busyUntil = planNow + (player.busyUntil(now) - now) / NANOS_PER_MILLI * speed;
        Map<Long, PhrasePlayer.Pending> before = player.begin();
        for (Fitting.Spoken spoken : Fitting.fit(lines, from, to, output, speed, busyUntil)) {
            long key = ((long) pass << 32) | spoken.lineIndex();
            if (!player.said(key)) {
                long at = now + (spoken.atMillis() - planNow) * NANOS_PER_MILLI / speed;
                player.schedule(before, key, spoken, at, spoken.millis() * NANOS_PER_MILLI / speed);
            }
        }
        player.done(before);
    }
}
