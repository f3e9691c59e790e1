package org.exerciseplayer.ui.end;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.SessionLog;
import org.exerciseplayer.session.StopReason;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.player.PlayerText;

/**
 * The end of a session, however it ended: what was done and skipped, the time taken, an optional pain rating to
 * compare with the start, and the advice that applies (the stop rule after a pain stop, else maintenance).
 */
public final class EndViewModel {

    /** How the session ended. */
    public enum Ending { COMPLETED, STOPPED, PAIN_STOP }

    private final Catalogue catalogue;
    private final SessionLog log;
    private final long elapsedMillis;
    private final OptionalInt painBefore;
    private final PainRule painRule;
    private final OptionalInt painAtStop;
    private final Runnable onHome;
    private final ObjectProperty<Integer> painAfter = new SimpleObjectProperty<>();

    /** A session under the leaflet's pain rule. */
    public EndViewModel(Catalogue catalogue, SessionLog log, long elapsedMillis, OptionalInt painBefore,
                        Runnable onHome) {
        this(catalogue, log, elapsedMillis, painBefore, PainRule.anyIncrease(), OptionalInt.empty(), onHome);
    }

    /**
     * @param painRule   the rule the session ran under
     * @param painAtStop under a physio's limit, the rating that stopped the session, if one was given
     */
    public EndViewModel(Catalogue catalogue, SessionLog log, long elapsedMillis, OptionalInt painBefore,
                        PainRule painRule, OptionalInt painAtStop, Runnable onHome) {
        this.painRule = painRule;
        this.painAtStop = painAtStop;
        this.catalogue = catalogue;
        this.log = log;
        this.elapsedMillis = elapsedMillis;
        this.painBefore = painBefore;
        this.onHome = onHome;
    }

    public Ending ending() {
        if (log.stop().isEmpty()) {
            return Ending.COMPLETED;
        }
        return log.stop().get().reason() == StopReason.PAIN ? Ending.PAIN_STOP : Ending.STOPPED;
    }

    public String title() {
        return switch (ending()) {
            case COMPLETED -> Messages.get("end.title.completed");
            case STOPPED -> Messages.get("end.title.stopped");
            case PAIN_STOP -> Messages.get("end.title.pain");
        };
    }

    /**
     * After a pain stop, which rule stopped it: "You stopped because your pain (6/10) went above the limit your
     * physio set (3/10).", or the leaflet's rule. Empty for any other ending.
     */
    public String stopReason() {
        if (ending() != Ending.PAIN_STOP) {
            return "";
        }
        if (!painRule.isLimit()) {
            return Messages.get("end.reason.leaflet");
        }
        if (painAtStop.isPresent()) {
            return Messages.get("end.reason.limit", painAtStop.getAsInt(), painRule.limit());
        }
        return Messages.get("end.reason.limitNoRating", painRule.limit());
    }

    /** The advice for this ending: the stop rule and review advice after a pain stop, else maintenance. */
    public List<String> advice() {
        if (ending() == Ending.PAIN_STOP) {
            return List.of(catalogue.safety().stopRule(), catalogue.safety().review().text());
        }
        return List.of(catalogue.safety().maintenance().text());
    }

    /** Where a stop happened: "Stopped during Hip flexor stretch: Hold, left side, repetition 2 of 3". */
    public String stopPlace() {
        return log.stop().filter(stop -> stop.phase() != null).map(stop -> {
            Phase phase = stop.phase();
            return Messages.get("end.stoppedDuring", exercise(phase.exerciseIndex()).name(),
                    PlayerText.describe(phase));
        }).orElse("");
    }

    public String timeTaken() {
        long seconds = Math.round(elapsedMillis / 1000.0);
        return Messages.get("end.time", seconds / 60, seconds % 60);
    }

    /** One line per exercise that was done, with what was completed. */
    public List<String> done() {
        return lines(SessionLog.Outcome.DONE);
    }

    /** Exercises left early by a skip. The one a stop interrupted is named by {@link #stopPlace()}. */
    public List<String> skipped() {
        return lines(SessionLog.Outcome.SKIPPED);
    }

    public List<String> notReached() {
        List<String> lines = new ArrayList<>();
        for (int index : log.exercisesWith(SessionLog.Outcome.NOT_REACHED)) {
            lines.add(exercise(index).name());
        }
        for (int index : log.exercisesWith(SessionLog.Outcome.IN_PROGRESS)) {
            lines.add(exercise(index).name());
        }
        return lines;
    }

    private List<String> lines(SessionLog.Outcome outcome) {
        List<String> lines = new ArrayList<>();
        for (int index : log.exercisesWith(outcome)) {
            lines.add(exercise(index).name() + completed(index));
        }
        return lines;
    }

    private String completed(int index) {
        Map<Side, Integer> bySide = log.completedBySide(index);
        if (bySide.isEmpty()) {
            int count = log.completedWithoutSide(index);
            return count == 0 ? "" : " \u2013 " + Messages.get("end.completed", count);
        }
        return " \u2013 " + Messages.get("end.completedSides", bySide.getOrDefault(Side.RIGHT, 0),
                bySide.getOrDefault(Side.LEFT, 0));
    }

    private Exercise exercise(int index) {
        return log.plan().routine().entry(index).exercise();
    }

    public OptionalInt painBefore() {
        return painBefore;
    }

    public ObjectProperty<Integer> painAfterProperty() {
        return painAfter;
    }

    /** "Pain before: 4/10, after: 3/10", or as much of it as was given. */
    public StringBinding painComparison() {
        return Bindings.createStringBinding(() -> {
            Integer after = painAfter.get();
            if (painBefore.isPresent() && after != null) {
                return Messages.get("end.pain.both", painBefore.getAsInt(), after);
            }
            if (painBefore.isPresent()) {
                return Messages.get("end.pain.before", painBefore.getAsInt());
            }
            return after == null ? "" : Messages.get("end.pain.after", after);
        }, painAfter);
    }

    public void home() {
        onHome.run();
    }
}
