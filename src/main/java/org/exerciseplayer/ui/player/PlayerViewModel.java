package org.exerciseplayer.ui.player;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
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
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.audio.SoundStatus;
import org.exerciseplayer.platform.ScreenAwake;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Question;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionState;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.text.PainRuleWords;

/**
 * The player screen's state and commands, over a {@link Session} that holds every rule. It reads the session once a
 * frame through {@link #tick()}, turns its events into sound cues ({@link PlayerCues}) and its questions into an
 * overlay, keeps the screen awake while the session runs, and exposes what the view shows as read-only properties.
 * Commands go straight to the session. No controls here: it is tested without a toolkit, in virtual time.
 */
public final class PlayerViewModel {

    /** Speeds offered for clinic demonstrations. */
    public static final List<Integer> SPEEDS = List.of(1, 2, 4, 8);

    /** What is shown over the player, if anything: the session's question. */
    public enum Overlay { NONE, PAIN_CONFIRM, BETWEEN_CHECK, END_CONFIRM }

    /** What a headset, a keyboard's media keys or the desktop's media controls ask (MPRIS's methods). */
    public enum MediaCommand { PLAY_PAUSE, PLAY, PAUSE, NEXT, PREVIOUS, STOP }

    private final Session session;
    private final SoundCues sound;
    private final PlayerCues cues;
    private final ScreenAwake screenAwake;
    private final Executor background;
    private final Executor uiThread;
    private final SessionScreen screen;
    private final Consumer<SessionEvent> listener = this::onEvent;
    private final Consumer<SoundStatus> soundListener;
    private boolean awakeHeld;
    private boolean disposed;

    private final ReadOnlyBooleanWrapper manual = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(Overlay.NONE);
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper muted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper soundNote = new ReadOnlyStringWrapper("");
    private final PlayerNotes notes = new PlayerNotes();
    private final ReadOnlyDoubleWrapper volume = new ReadOnlyDoubleWrapper();
    private final ReadOnlyObjectWrapper<Integer> painRating = new ReadOnlyObjectWrapper<>();

    /**
     * @param background runs the keep-awake requests, which may block, in order (one thread)
     * @param uiThread   runs work on the UI thread (for sound status that arrives on another thread)
     */
    public PlayerViewModel(Session session, SoundCues sound, ScreenAwake screenAwake, Executor background,
                           Executor uiThread) {
        this.session = session;
        this.sound = sound;
        this.cues = new PlayerCues(sound, session::manualMode);
        this.screenAwake = screenAwake;
        this.background = background;
        this.uiThread = uiThread;
        this.screen = new SessionScreen(session.setup(), session.plan());
        session.addListener(listener);
        muted.set(sound.isMuted());
        volume.set(sound.volume());
        this.soundListener = status -> uiThread.execute(() -> noteSound(status));
        sound.addStatusListener(soundListener);
        screen.show(session.state());
    }

    /** Reads the session once; the view calls this every frame. Cheap when nothing changed. */
    public void tick() {
        if (!disposed && !session.isEnded()) {
            session.update();
            if (!session.isEnded()) {
                screen.show(session.state());
            }
        }
    }

    /** Stops listening to the session and lets the screen sleep again; the screen is gone. */
    public void dispose() {
        if (!disposed) {
            disposed = true;
            session.removeListener(listener);
            sound.removeStatusListener(soundListener);
            keepAwake(false);
        }
    }

    private void onEvent(SessionEvent event) {
        cues.play(event);
        if (event instanceof SessionEvent.Asked || event instanceof SessionEvent.Answered
                || event instanceof SessionEvent.Ended) {
            showQuestion();
        } else if (event instanceof SessionEvent.PainRated rated) {
            painRating.set(rated.rating().rating());
        }
        SessionState state = session.state();
        keepAwake(!session.isEnded() && state.status() == SessionRunner.Status.RUNNING
                && session.question().isEmpty());
        if (!session.isEnded()) {
            screen.show(state);
        }
    }

    private void showQuestion() {
        Question question = session.isEnded() ? null : session.question().orElse(null);
        if (question instanceof Question.BetweenExercises check) {
            checkText.set(Messages.get("player.check.next",
                    session.plan().routine().entry(check.nextExercise()).exercise().name()));
        }
        overlay.set(question instanceof Question.PainWorse ? Overlay.PAIN_CONFIRM
                : question instanceof Question.BetweenExercises ? Overlay.BETWEEN_CHECK
                : question instanceof Question.EndSession ? Overlay.END_CONFIRM : Overlay.NONE);
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
            uiThread.execute(() -> notes.add(Messages.get("player.keepAwake.unavailable")));
        }
    }

    private void noteSound(SoundStatus status) {
        if (status.isUnavailable() && soundNote.get().isEmpty()) {
            soundNote.set(status.reason());
        }
    }

    /** Shows a quiet note under the controls, such as a problem keeping the history; each note is shown once. */
    public void showNote(String text) {
        notes.add(text);
    }

    // Commands: each goes to the session -------------------------------------------------------------------------

    /** Space: pause a running session, resume a paused one. Ignored while a question is on screen. */
    public void togglePause() {
        session.togglePause();
    }

    public void pause() {
        session.pause();
    }

    /** Left: to the start of this exercise, or of the previous one when already at the start. */
    public void back() {
        session.back();
    }

    /** Right: skip the rest of this phase. */
    public void skip() {
        session.skipPhase();
    }

    /** Skip the rest of this exercise. */
    public void skipExercise() {
        session.skipExercise();
    }

    /** Enter: the repetition (in manual mode) is done. */
    public void done() {
        session.done();
    }

    /** Counts paced repetitions by "done" presses instead of the tempo, or back. */
    public void setManual(boolean countMyself) {
        session.setManualMode(countMyself ? SessionRunner.ManualMode.PER_REPETITION : SessionRunner.ManualMode.OFF);
        manual.set(countMyself);
        screen.show(session.state());
    }

    /** Esc or Stop: pause and ask whether to end the session; asked again, end it. */
    public void requestEnd() {
        session.requestEnd();
    }

    /** "Yes, end the session". */
    public void confirmEnd() {
        session.confirmEnd();
    }

    /** P or the button: pause at once and ask about the pain (at the check: the pain is worse, stop). */
    public void reportPainIncrease() {
        session.reportPain();
    }

    /** "Yes, stop" to the pain question, and "my pain is worse, stop" at the check: a pain stop. */
    public void stopForPain() {
        session.stopForPain();
    }

    /** "No, carry on", "No worse, continue": the session goes on. */
    public void carryOn() {
        session.carryOn();
    }

    /** Under a physio's limit, the pain from 0 to 10 in answer to a pain question. */
    public void answerPain(int rating) {
        session.ratePain(rating);
    }

    /**
     * A media button: play/pause pauses and resumes, next skips this step, previous goes back, stop asks "end the
     * session?" and, asked again, ends it (as Esc does). Over any other question the buttons do nothing: a pain
     * question or the check between exercises is answered on the screen, by keys or a clicker, never by a knock
     * on a headset.
     */
    public void media(MediaCommand command) {
        Overlay showing = overlay.get();
        if (showing != Overlay.NONE) {
            if (command == MediaCommand.STOP && showing == Overlay.END_CONFIRM) {
                confirmEnd();
            } else if (command == MediaCommand.STOP && showing == Overlay.BETWEEN_CHECK) {
                requestEnd();
            }
            return;
        }
        switch (command) {
            case PLAY_PAUSE -> togglePause();
            case PLAY -> {
                if (session.state().isPaused()) {
                    togglePause();
                }
            }
            case PAUSE -> pause();
            case NEXT -> skip();
            case PREVIOUS -> back();
            case STOP -> requestEnd();
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
        session.setSpeed(newSpeed);
        screen.show(session.state());
    }

    private void changeSpeed(int step) {
        int index = SPEEDS.indexOf(session.speed()) + step;
        if (index >= 0 && index < SPEEDS.size()) {
            setSpeed(SPEEDS.get(index));
        }
    }

    // Properties -------------------------------------------------------------------------------------------------

    public Session session() {
        return session;
    }

    /** What the screen shows of the session now. */
    public SessionScreen screen() {
        return screen;
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

    /** Quiet notes for the person, one a line (the screen cannot be kept awake, sessions are not kept). */
    public ReadOnlyStringProperty noteProperty() {
        return notes.textProperty();
    }

    /** Counts cues; the view flashes the countdown each time it changes, so every cue is also seen. */
    public ReadOnlyIntegerProperty cueCountProperty() {
        return cues.countProperty();
    }

    public String stopRule() {
        return session.setup().catalogue().safety().stopRule();
    }

    public PainRule painRule() {
        return session.painRule();
    }

    /** Whether the pain questions ask for a number (a physio's limit) rather than yes or no. */
    public boolean asksForPainNumber() {
        return session.asksForPainNumber();
    }

    /** "Your physio's limit is 3/10: above 3, the session stops.", or empty under the leaflet's rule. */
    public String painLimitText() {
        return PainRuleWords.question(session.painRule());
    }

    /** The last pain rating given during the session (under a physio's limit), or null before any. */
    public ReadOnlyObjectProperty<Integer> painRatingProperty() {
        return painRating.getReadOnlyProperty();
    }
}
