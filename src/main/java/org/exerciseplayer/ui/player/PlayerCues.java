package org.exerciseplayer.ui.player;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.exerciseplayer.audio.Cue;
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.SessionSummary;

/**
 * Which sound marks which moment of a session: the start of a hold or timed movement, each paced repetition, the
 * last three seconds of a hold, its end, a change of side or direction, and the end of a completed session. Counts
 * every cue, so the screen can flash for each one whether or not it is heard.
 */
final class PlayerCues {

    private final SoundCues sound;
    private final Supplier<SessionRunner.ManualMode> manualMode;
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);

    PlayerCues(SoundCues sound, Supplier<SessionRunner.ManualMode> manualMode) {
        this.sound = sound;
        this.manualMode = manualMode;
    }

    /** Plays the cue for this event, if it has one. */
    void play(SessionEvent event) {
        Cue cue = cueFor(event);
        if (cue != null) {
            sound.play(cue);
            count.set(count.get() + 1);
        }
    }

    private Cue cueFor(SessionEvent event) {
        if (event instanceof SessionEvent.PhaseStarted started) {
            Phase.Kind kind = started.phase().kind();
            if (kind == Phase.Kind.HOLD || kind == Phase.Kind.TIMED) {
                return Cue.HOLD_START;
            }
            return kind == Phase.Kind.REP && manualMode.get() == SessionRunner.ManualMode.OFF ? Cue.REP : null;
        }
        if (event instanceof SessionEvent.CountdownTick tick) {
            return tick.phase().kind() == Phase.Kind.REP ? null : Cue.COUNTDOWN;
        }
        if (event instanceof SessionEvent.RepetitionCounted counted) {
            return counted.phase().kind() == Phase.Kind.REP ? null : Cue.HOLD_END;
        }
        if (event instanceof SessionEvent.Switched) {
            return Cue.SWITCH_SIDE;
        }
        if (event instanceof SessionEvent.Ended ended && ended.summary().ending() == SessionSummary.Ending.COMPLETED) {
            return Cue.SESSION_DONE;
        }
        return null;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
