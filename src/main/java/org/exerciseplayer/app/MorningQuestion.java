package org.exerciseplayer.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.history.HistoryException;
import org.exerciseplayer.history.HistoryStore;
import org.exerciseplayer.history.NextMorning;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.morning.MorningCheckView;
import org.exerciseplayer.ui.morning.MorningCheckViewModel;

/**
 * The next-morning check in the window: asked on the first opening of a day after a session, before any session
 * that day, once a day (an answer or "Not now" both count), as a screen in place of home; the answer goes to the
 * history and home comes back, saying plainly what a worse morning means.
 */
final class MorningQuestion {

    private final Settings settings;
    private final Executor background;
    private final Clock clock;
    private final Consumer<Parent> show;
    private final Runnable back;
    private final Consumer<String> onProblem;

    /**
     * @param show shows a screen in the window
     * @param back goes back to home (which reads the history again)
     */
    MorningQuestion(Settings settings, Executor background, Clock clock, Consumer<Parent> show, Runnable back,
                 Consumer<String> onProblem) {
        this.settings = settings;
        this.background = background;
        this.clock = clock;
        this.show = show;
        this.back = back;
        this.onProblem = onProblem;
    }

    /**
     * Asks, if today is a day to ask. Call off the JavaFX thread with the store already open.
     *
     * @param stillOnHome whether the window still shows home (checked on the JavaFX thread before showing)
     */
    void askIfDue(HistoryStore store, Catalogue catalogue, PainRule rule, java.util.function.BooleanSupplier stillOnHome) {
        LocalDate today = LocalDate.now(clock);
        List<SessionRecord> sessions;
        List<org.exerciseplayer.history.MorningCheck> checks;
        try {
            sessions = store.sessions().stream().filter(s -> catalogue.id().equals(s.catalogueId())).toList();
            checks = store.morningChecks().stream().filter(c -> catalogue.id().equals(c.catalogueId())).toList();
        } catch (HistoryException e) {
            return;
        }
        if (!NextMorning.shouldAsk(sessions, checks, settings.morningCheckAskedOn(), today, clock.getZone())) {
            return;
        }
        OptionalInt before = NextMorning.before(sessions, today.minusDays(1), clock.getZone());
        MorningCheckViewModel model = new MorningCheckViewModel(rule, before,
                answer -> keep(store, org.exerciseplayer.history.MorningCheck.answered(clock.instant(), today,
                        catalogue.id(), answer)),
                rating -> keep(store, org.exerciseplayer.history.MorningCheck.rated(clock.instant(), today,
                        catalogue.id(), rating, before)),
                () -> {
                    settings.setMorningCheckAskedOn(today);
                    back.run();
                });
        Platform.runLater(() -> {
            if (stillOnHome.getAsBoolean()) {
                show.accept(new MorningCheckView(model).createView());
            }
        });
    }

    private void keep(HistoryStore store, org.exerciseplayer.history.MorningCheck check) {
        settings.setMorningCheckAskedOn(check.day());
        background.execute(() -> {
            try {
                store.morningCheck(check);
            } catch (HistoryException e) {
                Platform.runLater(() -> onProblem.accept(Messages.get("morning.unsaved", e.getMessage())));
            }
            Platform.runLater(back);
        });
    }
}
