package org.exerciseplayer.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exerciseplayer.audio.Cue;
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.audio.SoundStatus;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.platform.ScreenAwake;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Clock;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionLog;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionState;
import org.exerciseplayer.session.StopReason;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.text.PainRuleWords;

/**
 * The player screen's state and commands. It owns a {@link SessionRunner}, reads it once a frame through
 * {@link #tick()}, turns its events into sound cues and into the between-exercise check, and exposes everything
 * the view shows as read-only properties. No controls here: it is tested without a toolkit, in virtual time.
 *
 * <p>Pain questions follow the session's {@link PainRule}: under the leaflet's rule they ask whether the pain is
 * worse; under a physio's limit they ask for a number from 0 to 10, and a number above the limit stops the
 * session as a pain stop.
 */
public final class PlayerViewModel {

    /** Speeds offered for clinic demonstrations. */
    public static final List<Integer> SPEEDS = List.of(1, 2, 4, 8);

    /** What is shown over the player, if anything. */
    public enum Overlay { NONE, PAIN_CONFIRM, BETWEEN_CHECK }

    /** Where the player hands over when a session ends, however it ends. */
    public interface Ending {
        void sessionEnded(SessionLog log, long elapsedMillis);
    }

    private final Catalogue catalogue;
    private final Plan plan;
    private final PainRule painRule;
    private final SessionRunner runner;
    private final SessionLog log;
    private final SoundCues sound;
    private final ScreenAwake screenAwake;
    private final Executor background;
    private final Executor uiThread;
    private final Clock clock;
    private final Ending ending;
    private final SessionScreen screen;
    private final List<SessionEvent> pending = new ArrayList<>();
    private long startNanos;
    private boolean ended;
    private boolean resumeAfterPainQuestion;
    private boolean awakeHeld;
    private java.util.OptionalInt painStopRating = java.util.OptionalInt.empty();

    private final ReadOnlyBooleanWrapper manual = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(Overlay.NONE);
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper soundNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper volume = new ReadOnlyDoubleWrapper();
    private final ReadOnlyIntegerWrapper cueCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Integer> painRating = new ReadOnlyObjectWrapper<>();

    /**
     * A session of catalogue exercises under the leaflet's pain rule.
     *
     * @param background runs the keep-awake requests, which may block, in order (one thread)
     * @param uiThread   runs work on the UI thread (for sound status that arrives on another thread)
     */
    public PlayerViewModel(Catalogue catalogue, Plan plan, Clock clock, SoundCues sound, ScreenAwake screenAwake,
                           Executor background, Executor uiThread, Ending ending) {
        this(catalogue, plan, PainRule.anyIncrease(), List.of(), clock, sound, screenAwake, background, uiThread,
                ending);
    }

    /**
     * A session with a pain rule and, for a prescribed routine, what the physio added to each exercise.
     *
     * @param guidance one per exercise of the plan, or empty for none
     */
    public PlayerViewModel(Catalogue catalogue, Plan plan, PainRule painRule, List<ExerciseGuidance> guidance,
                           Clock clock, SoundCues sound, ScreenAwake screenAwake, Executor background,
                           Executor uiThread, Ending ending) {
        if (!guidance.isEmpty() && guidance.size() != plan.exerciseCount()) {
            throw new IllegalArgumentException("guidance for " + guidance.size() + " exercises, the plan has "
                    + plan.exerciseCount());
        }
        this.catalogue = catalogue;
        this.plan = plan;
        this.painRule = painRule;
        this.clock = clock;
        this.runner = new SessionRunner(plan, clock);
        this.log = new SessionLog(plan);
        this.sound = sound;
        this.screenAwake = screenAwake;
        this.background = background;
        this.uiThread = uiThread;
        this.ending = ending;
        this.screen = new SessionScreen(catalogue, plan, guidance);
        runner.addListener(log);
        runner.addListener(pending::add);
        muted.set(sound.isMuted());
        volume.set(sound.volume());
        sound.addStatusListener(status -> uiThread.execute(() -> noteSound(status)));
    }

    /** Also tells {@code listener} of the session's events, after the log has taken them in. */
    public void addSessionListener(java.util.function.Consumer<SessionEvent> listener) {
        runner.addListener(listener);
    }

    /** Shows a quiet note under the controls, such as a problem keeping the history; the first one stays. */
    public void showNote(String text) {
        if (note.get().isEmpty()) {
            note.set(text);
        }
    }

    /** Starts the session from its first phase. */
    public void start() {
        startNanos = clock.nanoTime();
        runner.start();
        afterCommand();
    }

    /** Reads the session once; the view calls this every frame. Cheap when nothing changed. */
    public void tick() {
        if (ended) {
            return;
        }
        runner.update();
        handleEvents();
        if (!ended) {
            screen.show(runner.state());
        }
    }

    private void handleEvents() {
        List<SessionEvent> events = new ArrayList<>(pending);
        pending.clear();
        boolean checkBeforeNext = false;
        for (SessionEvent event : events) {
            cueFor(event);
            if (event instanceof SessionEvent.ExerciseDone done && done.exerciseIndex() + 1 < plan.exerciseCount()) {
                checkBeforeNext = true;
            } else if (event instanceof SessionEvent.SessionDone || event instanceof SessionEvent.Stopped) {
                end();
                return;
            }
        }
        if (checkBeforeNext && overlay.get() == Overlay.NONE && runner.state().status() == SessionRunner.Status.RUNNING) {
            runner.pause();
            int nextExercise = runner.state().exerciseIndex();
            checkText.set(Messages.get("player.check.next", exercise(nextExercise).name()));
            overlay.set(Overlay.BETWEEN_CHECK);
            keepAwake(false);
        }
    }

    private void cueFor(SessionEvent event) {
        Cue cue = null;
        if (event instanceof SessionEvent.PhaseStarted started) {
            Phase.Kind kind = started.phase().kind();
            if (kind == Phase.Kind.HOLD || kind == Phase.Kind.TIMED) {
                cue = Cue.HOLD_START;
            } else if (kind == Phase.Kind.REP && runner.manualMode() == SessionRunner.ManualMode.OFF) {
                cue = Cue.REP;
            }
        } else if (event instanceof SessionEvent.CountdownTick tick && tick.phase().kind() != Phase.Kind.REP) {
            cue = Cue.COUNTDOWN;
        } else if (event instanceof SessionEvent.RepetitionCounted counted
                && counted.phase().kind() != Phase.Kind.REP) {
            cue = Cue.HOLD_END;
        } else if (event instanceof SessionEvent.Switched) {
            cue = Cue.SWITCH_SIDE;
        } else if (event instanceof SessionEvent.SessionDone) {
            cue = Cue.SESSION_DONE;
        }
        if (cue != null) {
            sound.play(cue);
            cueCount.set(cueCount.get() + 1);
        }
    }

    private Exercise exercise(int exerciseIndex) {
        return plan.routine().entry(exerciseIndex).exercise();
    }

    private void end() {
        ended = true;
        overlay.set(Overlay.NONE);
        keepAwake(false);
        long elapsedMillis = (clock.nanoTime() - startNanos) / 1_000_000;
        ending.sessionEnded(log, elapsedMillis);
    }

    private void keepAwake(boolean hold) {
        if (hold == awakeHeld) {
            return;
        }
        awakeHeld = hold;
        String reason = Messages.get("player.keepAwake.reason");
        background.execute(hold ? () -> holdScreenAwake(reason) : screenAwake::release);
    }

    /** On the background thread: asks to keep the screen awake, and says once if nothing can. */
    private void holdScreenAwake(String reason) {
        screenAwake.hold(reason);
        if (screenAwake.status().isUnavailable()) {
            uiThread.execute(() -> {
                if (note.get().isEmpty()) {
                    note.set(Messages.get("player.keepAwake.unavailable"));
                }
            });
        }
    }

    private void noteSound(SoundStatus status) {
        if (status.isUnavailable() && soundNote.get().isEmpty()) {
            soundNote.set(status.reason());
        }
    }

    // Commands ---------------------------------------------------------------------------------------------

    /** Space: pause a running session, resume a paused one. Ignored while a question is on screen. */
    public void togglePause() {
        if (ended || overlay.get() != Overlay.NONE) {
            return;
        }
        if (runner.state().isPaused()) {
            runner.resume();
        } else {
            runner.pause();
        }
        afterCommand();
    }

    public void pause() {
        if (!ended && overlay.get() == Overlay.NONE && !runner.state().isPaused()) {
            togglePause();
        }
    }

    /** Left: to the start of this exercise, or of the previous one when already at the start. */
    public void back() {
        if (!ended && overlay.get() == Overlay.NONE) {
            runner.back();
            afterCommand();
        }
    }

    /** Right: skip the rest of this phase. */
    public void skip() {
        if (!ended && overlay.get() == Overlay.NONE) {
            runner.skipPhase();
            afterCommand();
        }
    }

    /** Skip the rest of this exercise. */
    public void skipExercise() {
        if (!ended && overlay.get() == Overlay.NONE) {
            runner.skipExercise();
            afterCommand();
        }
    }

    /** Enter: the repetition (in manual mode) is done. */
    public void done() {
        if (!ended && overlay.get() == Overlay.NONE && runner.done()) {
            afterCommand();
        }
    }

    /** Counts paced repetitions by "done" presses instead of the tempo, or back. */
    public void setManual(boolean countMyself) {
        if (ended) {
            return;
        }
        runner.setManualMode(countMyself ? SessionRunner.ManualMode.PER_REPETITION : SessionRunner.ManualMode.OFF);
        manual.set(countMyself);
        afterCommand();
    }

    /** Esc: end the session now; what was done is kept. */
    public void stop() {
        if (!ended) {
            runner.stop(StopReason.USER);
            afterCommand();
        }
    }

    /**
     * P or the button: pause at once and ask to confirm the pain stop, or, under a physio's limit, ask for the
     * pain as a number.
     */
    public void reportPainIncrease() {
        if (ended || overlay.get() == Overlay.PAIN_CONFIRM) {
            return;
        }
        if (overlay.get() == Overlay.BETWEEN_CHECK) {
            if (!painRule.isLimit()) {
                painIsWorseAtCheck();
            }
            return;
        }
        resumeAfterPainQuestion = !runner.state().isPaused();
        runner.pause();
        overlay.set(Overlay.PAIN_CONFIRM);
        afterCommand();
    }

    /** "Yes, stop": ends the session as a pain stop. */
    public void confirmPainStop() {
        if (overlay.get() == Overlay.PAIN_CONFIRM) {
            overlay.set(Overlay.NONE);
            runner.stop(StopReason.PAIN);
            afterCommand();
        }
    }

    /** "No, carry on": back exactly where it was, running if it was running. */
    public void cancelPainStop() {
        if (overlay.get() == Overlay.PAIN_CONFIRM) {
            overlay.set(Overlay.NONE);
            if (resumeAfterPainQuestion) {
                runner.resume();
            }
            afterCommand();
        }
    }

    /**
     * Under a physio's limit, the answer to either pain question: above the limit the session ends as a pain stop;
     * at or under it, the session goes on (the next exercise after the check, or exactly where it was after P).
     * Ignored under the leaflet's rule and when no question is shown.
     *
     * @param rating pain from 0 to 10
     */
    public void answerPain(int rating) {
        if (rating < 0 || rating > PainRule.SCALE_MAX) {
            throw new IllegalArgumentException("pain is rated from 0 to 10, got " + rating);
        }
        if (ended || !painRule.isLimit() || overlay.get() == Overlay.NONE) {
            return;
        }
        painRating.set(rating);
        if (painRule.isExceededBy(rating)) {
            painStopRating = java.util.OptionalInt.of(rating);
            overlay.set(Overlay.NONE);
            runner.stop(StopReason.PAIN);
            afterCommand();
        } else if (overlay.get() == Overlay.BETWEEN_CHECK) {
            continueAfterCheck();
        } else {
            cancelPainStop();
        }
    }

    /** "No worse, continue": the next exercise starts from its get-ready. */
    public void continueAfterCheck() {
        if (overlay.get() == Overlay.BETWEEN_CHECK) {
            overlay.set(Overlay.NONE);
            runner.jumpTo(runner.state().exerciseIndex());
            runner.resume();
            afterCommand();
        }
    }

    /** "My pain is worse, stop" at the between-exercise check: a pain stop without a second question. */
    public void painIsWorseAtCheck() {
        if (overlay.get() == Overlay.BETWEEN_CHECK) {
            overlay.set(Overlay.NONE);
            runner.stop(StopReason.PAIN);
            afterCommand();
        }
    }

    /** M: mute or unmute the cues. */
    public void toggleMute() {
        sound.setMuted(!sound.isMuted());
        muted.set(sound.isMuted());
        volume.set(sound.volume());
    }

    /** Cue volume from 0 to 1, in the 5 % steps the sound takes. */
    public void setVolume(double newVolume) {
        double stepped = Math.round(Math.max(0, Math.min(1, newVolume)) * 20) / 20.0;
        sound.setVolume(stepped);
        volume.set(stepped);
    }

    /** ] and [: the next faster or slower demonstration speed. */
    public void faster() {
        changeSpeed(+1);
    }

    public void slower() {
        changeSpeed(-1);
    }

    public void setSpeed(int newSpeed) {
        if (!SPEEDS.contains(newSpeed)) {
            throw new IllegalArgumentException("Speed must be one of " + SPEEDS + ": " + newSpeed);
        }
        if (!ended) {
            runner.setSpeed(newSpeed);
            afterCommand();
        }
    }

    private void changeSpeed(int step) {
        int index = SPEEDS.indexOf(runner.speed()) + step;
        if (index >= 0 && index < SPEEDS.size()) {
            setSpeed(SPEEDS.get(index));
        }
    }

    /** The app is closing mid-session. */
    public void close() {
        if (!ended) {
            runner.stop(StopReason.CLOSED);
            afterCommand();
        }
    }

    private void afterCommand() {
        handleEvents();
        if (ended) {
            return;
        }
        SessionState state = runner.state();
        keepAwake(state.status() == SessionRunner.Status.RUNNING && overlay.get() == Overlay.NONE);
        screen.show(state);
    }

    // Properties -------------------------------------------------------------------------------------------

    /** What the screen shows of the session now. */
    public SessionScreen screen() {
        return screen;
    }

    public SessionLog log() {
        return log;
    }

    public Plan plan() {
        return plan;
    }

    public ReadOnlyBooleanProperty manualProperty() {
        return manual.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** "Next: Hip flexor stretch" for the between-exercise check. */
    public ReadOnlyStringProperty checkTextProperty() {
        return checkText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    /** Once sound turns out to be unavailable, a quiet sentence saying so; empty until then. */
    public ReadOnlyStringProperty soundNoteProperty() {
        return soundNote.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty volumeProperty() {
        return volume.getReadOnlyProperty();
    }

    /** A quiet note for the person, such as that the screen cannot be kept awake; empty until there is one. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** Counts cues; the view flashes the countdown each time it changes, so every cue is also seen. */
    public ReadOnlyIntegerProperty cueCountProperty() {
        return cueCount.getReadOnlyProperty();
    }


    public String stopRule() {
        return catalogue.safety().stopRule();
    }

    public PainRule painRule() {
        return painRule;
    }

    /** Whether the pain questions ask for a number (a physio's limit) rather than yes or no. */
    public boolean asksForPainNumber() {
        return painRule.isLimit();
    }

    /** "Your physio's limit is 3/10: above 3, the session stops.", or empty under the leaflet's rule. */
    public String painLimitText() {
        return PainRuleWords.question(painRule);
    }

    /** The rating above the physio's limit that stopped the session; empty for any other ending. */
    public java.util.OptionalInt painStopRating() {
        return painStopRating;
    }

    /** The last pain rating given during the session (under a physio's limit), or null before any. */
    public ReadOnlyObjectProperty<Integer> painRatingProperty() {
        return painRating.getReadOnlyProperty();
    }
}
