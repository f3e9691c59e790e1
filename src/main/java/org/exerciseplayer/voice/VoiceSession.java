package org.exerciseplayer.voice;

import java.util.function.Consumer;
import org.exerciseplayer.audio.SoundStatus;
import org.exerciseplayer.session.Clock;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.settings.VoicePreferences;

/**
 * The voice of one session: listens to it and hands each event to the {@link VoiceCoach} of the settings now (a new
 * one when they change mid-session), says once if there is no engine or no sound device, and ends with the session.
 * The player's wiring tells it of what the session has no event for: a change of demonstration speed, and mute.
 */
public final class VoiceSession implements Consumer<SessionEvent> {

    private final Voice voice;
    private final Session session;
    private final Clock clock;
    private final Consumer<SoundStatus> soundListener;
    private volatile VoiceCoach coach;
    private boolean ended;
    private volatile boolean missingNoted;

    VoiceSession(Voice voice, Session session, Clock clock, VoicePreferences preferences) {
        this.voice = voice;
        this.session = session;
        this.clock = clock;
        this.coach = coach(preferences);
        this.soundListener = status -> {
            if (status.isUnavailable() && currentlyOn()) {
                voice.engine().thenAccept(found -> found.engine().filter(SpeechEngine::writesFiles)
                        .ifPresent(engine -> voice.note(VoiceMessages.text("voice.noSound"))));
            }
        };
        voice.sound().addStatusListener(soundListener);
    }

    private boolean currentlyOn() {
        return coach != null;
    }

    private VoiceCoach coach(VoicePreferences preferences) {
        if (!preferences.on()) {
            return null;
        }
        voice.prepare(session.setup(), preferences);
        voice.engine().thenAccept(found -> {
            if (found.engine().isEmpty() && !found.missing().isEmpty() && !missingNoted) {
                missingNoted = true;
                voice.note(found.missing());
            }
        });
        return new VoiceCoach(session, clock, VoiceScript.of(session.setup(), session.plan(),
                preferences.verbosity()), voice.output(session.setup(), preferences), voice.timer(),
                phrase -> voice.heard().accept(phrase));
    }

    @Override
    public void accept(SessionEvent event) {
        if (ended) {
            return;
        }
        if (coach != null) {
            coach.accept(event);
        }
        if (event instanceof SessionEvent.Ended) {
            end();
        }
    }

    /** The demonstration speed changed (the session sends no event for it). */
    public void speedChanged() {
        if (coach != null && !ended) {
            coach.speedChanged();
        }
    }

    /** M was pressed. */
    public void mutedChanged(boolean muted) {
        if (coach != null && !ended) {
            coach.mutedChanged(muted);
        }
    }

    /** The person changed the voice settings during the session: from now on it speaks as they say. */
    void preferencesChanged(VoicePreferences preferences) {
        if (ended) {
            return;
        }
        if (coach != null) {
            coach.close();
        }
        coach = coach(preferences);
        if (coach != null) {
            coach.begin();
        }
    }

    /** The screen has gone before the session ended: silent now. */
    public void close() {
        if (!ended) {
            if (coach != null) {
                coach.close();
            }
            end();
        }
    }

    private void end() {
        ended = true;
        voice.sound().removeStatusListener(soundListener);
        voice.ended(this);
    }
}
