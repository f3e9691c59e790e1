package org.exerciseplayer.platform;

/**
 * What a headset's buttons, a keyboard's media keys or the desktop's media controls ask of the app, and what the
 * app tells them back. Plain Java: the app implements {@link Commands} and calls {@link Player#show}; how it travels
 * (MPRIS on D-Bus, {@link MprisPlayer}) is the platform's.
 */
public final class MediaControls {

    private MediaControls() {
    }

    /** The session's state as media controls show it. */
    public enum Status {
        /** No session: home, the end screen, any screen but the player. */
        STOPPED("Stopped"),
        PLAYING("Playing"),
        /** Paused, or waiting for an answer to a question. */
        PAUSED("Paused");

        private final String mpris;

        Status(String mpris) {
            this.mpris = mpris;
        }

        /** The name MPRIS gives it. */
        public String mprisName() {
            return mpris;
        }
    }

    /** The commands; each may come on any thread. */
    public interface Commands {
        void playPause();

        void play();

        void pause();

        void next();

        void previous();

        void stop();

        /** Bring the window to the front. */
        void raise();
    }

    /** The app's side of a served player: what to show, and the end of it. */
    public interface Player extends AutoCloseable {

        /**
         * Shows the session's state; {@code title} is what is under way (an exercise's name), empty on home.
         * Call on any thread; each change is signalled to the desktop.
         */
        void show(Status status, String title);

        /** Where the player is served, for logs ("org.mpris.MediaPlayer2.exercise_player on the session bus"). */
        String description();

        /** Stops serving: the name and the object leave the bus. */
        @Override
        void close();
    }
}
