package org.exerciseplayer.app;

import javafx.scene.Parent;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.ui.player.PlayerView;
import org.exerciseplayer.ui.player.PlayerViewModel;

/**
 * What the window shows: one of its screens, with its view and whatever the screen owns that must end when it
 * goes (the player's frame timer, its listeners and its keep-awake request). {@link Navigator} holds the one shown.
 */
sealed interface Screen {

    Parent view();

    /** Ends what this screen started; called once, when another screen takes its place. */
    default void leave() {
    }

    /** Nothing yet: the window before its first file is open. */
    record Blank(Parent view) implements Screen {}

    /** The catalogue's or routine's exercises, to choose today's and start. */
    record Home(Parent view) implements Screen {}

    /** "Before you start": the stop rule and the pain before. */
    record BeforeStart(Parent view) implements Screen {}

    /** A session under way. */
    record Playing(Parent view, Session session, PlayerViewModel player, PlayerView playerView) implements Screen {
        @Override
        public void leave() {
            playerView.dispose();
            player.dispose();
        }
    }

    /** The end of a session; {@code onLeave} ends what it follows (where its session stands with the history). */
    record End(Parent view, Runnable onLeave) implements Screen {
        End(Parent view) {
            this(view, () -> { });
        }

        @Override
        public void leave() {
            onLeave.run();
        }
    }

    /** The routine editor. */
    record Editor(Parent view) implements Screen {}

    /** Progress: the calendar, the pain chart, each exercise's history. */
    record Progress(Parent view) implements Screen {}

    /** The next-morning check: how is the pain this morning, compared with before yesterday's exercise? */
    record Morning(Parent view) implements Screen {}

    /** A file that could not be opened, with its problems. */
    record Problems(Parent view) implements Screen {}
}
