package org.exerciseplayer.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.PlayerView;
import org.exerciseplayer.ui.player.PlayerViewModel;
import org.exerciseplayer.voice.VoiceSession;

/**
 * Makes a session and everything that follows it: the {@link Session} itself, the player's ViewModel and view over
 * it, the history recorder ({@link HistoryKeeping}) and the voice listening to it. Each only listens to the session;
 * none knows of another.
 */
final class SessionStarter {

    private final Services services;
    private final Settings settings;
    private final HistoryKeeping keeping;

    SessionStarter(Services services, HistoryKeeping keeping) {
        this.services = services;
        this.settings = services.settings();
        this.keeping = keeping;
    }

    /**
     * The session is about to be played ("Before you start"): meanwhile the sound device is checked and the voice
     * renders the session's phrases, so that the first phrase, at the very start, can be heard.
     */
    void warmUp(SessionSetup setup) {
        services.sound().get();
        services.voice().get().prepare(setup, settings.voice());
    }

    /**
     * A session of {@code setup}, ready to start: show its screen, then {@code screen.session().start(…)}.
     *
     * @param mediaFolder where the catalogue's pictures and videos are looked for
     * @param onEnded     called on the JavaFX thread once the session has ended, however it ended
     */
    Screen.Playing prepare(SessionSetup setup, Optional<Path> mediaFolder, Consumer<SessionSummary> onEnded) {
        Session session = new Session(setup, services.clock());
        SoundCues sound = services.sound().get();
        sound.setMuted(settings.isMuted());
        sound.setVolume(settings.volume());
        PlayerViewModel player = new PlayerViewModel(session, sound, services.screenAwake(), services.background(),
                Platform::runLater);
        player.screen().media().setFolder(mediaFolder);
        keeping.record(session, setup, player);
        session.addListener(event -> {
            if (event instanceof SessionEvent.Ended ended) {
                Platform.runLater(() -> onEnded.accept(ended.summary()));
            }
        });
        VoiceSession voice = services.voice().get().start(session, services.clock(), settings.voice(),
                note -> Platform.runLater(() -> player.showNote(note)));
        player.screen().speedProperty().addListener((o, was, is) -> voice.speedChanged());
        player.mutedProperty().addListener((o, was, is) -> voice.mutedChanged(is));
        player.mutedProperty().addListener((o, was, is) -> settings.setMuted(is));
        player.volumeProperty().addListener((o, was, is) -> settings.setVolume(is.doubleValue()));
        PlayerView view = new PlayerView(player, services.frames());
        return new Screen.Playing(view.createView(), session, player, view);
    }
}
