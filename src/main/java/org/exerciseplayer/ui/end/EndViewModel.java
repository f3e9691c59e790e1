package org.exerciseplayer.ui.end;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ExerciseOutcome;
import org.exerciseplayer.session.ExerciseRecord;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.session.StopPoint;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.player.PlayerText;

/**
 * The end of a session, however it ended, as the session's {@link SessionSummary} says: what was done, skipped,
 * stopped during and not reached, the time taken, the pain ratings to compare, and the advice that applies (the stop
 * rule after a pain stop, else maintenance). The pain after goes back to the session, which records it.
 */
public final class EndViewModel {

    /** How the session ended, as the screen tells it. */
    public enum Ending { COMPLETED, STOPPED, PAIN_STOP }

    private final Catalogue catalogue;
    private final SessionSummary summary;
    private final PainRule painRule;
    private final Runnable onHome;
    private final ObjectProperty<Integer> painAfter = new SimpleObjectProperty<>();

    /**
     * @param ratePainAfter where the pain rating given here goes (the session, which tells the history)
     */
    public EndViewModel(SessionSetup setup, SessionSummary summary, IntConsumer ratePainAfter, Runnable onHome) {
        this.catalogue = setup.catalogue();
        this.painRule = setup.painRule();
        this.summary = summary;
        this.onHome = onHome;
        painAfter.addListener((o, was, is) -> {
            if (is != null) {
                ratePainAfter.accept(is);
            }
        });
    }

    public Ending ending() {
        return switch (summary.ending()) {
            case COMPLETED -> Ending.COMPLETED;
            case PAIN_STOP -> Ending.PAIN_STOP;
            case STOPPED, CLOSED -> Ending.STOPPED;
        };
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
        if (summary.painAtStop().isPresent()) {
            return Messages.get("end.reason.limit", summary.painAtStop().getAsInt(), painRule.limit());
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

    /**
     * Where a stop happened: "Stopped during Hip flexor stretch: Hold, left side, repetition 2 of 3", or "Stopped at
     * the check before Clam exercise"; empty for a completed session.
     */
    public String stopPlace() {
        return summary.stop().map(EndViewModel::where).orElse("");
    }

    private static String where(StopPoint stop) {
        return stop.phase().map(phase -> Messages.get("end.stoppedDuring", stop.exerciseName(),
                        PlayerText.describe(phase)))
                .orElseGet(() -> Messages.get("end.stoppedAtCheck", stop.exerciseName()));
    }

    public String timeTaken() {
        long seconds = Math.round(summary.elapsedMillis() / 1000.0);
        return Messages.get("end.time", seconds / 60, seconds % 60);
    }

    /** One line per exercise that was done, with what was completed. */
    public List<String> done() {
        return lines(ExerciseOutcome.DONE);
    }

    /** Exercises left without being done, with what of them was completed. */
    public List<String> skipped() {
        return lines(ExerciseOutcome.SKIPPED);
    }

    /** The exercise under way when the session stopped, if it was not done, with what of it was completed. */
    public List<String> stoppedDuring() {
        return lines(ExerciseOutcome.STOPPED_DURING);
    }

    public List<String> notReached() {
        List<String> lines = new ArrayList<>();
        for (ExerciseRecord record : summary.with(ExerciseOutcome.NOT_REACHED)) {
            lines.add(record.exerciseName());
        }
        return lines;
    }

    private List<String> lines(ExerciseOutcome outcome) {
        List<String> lines = new ArrayList<>();
        for (ExerciseRecord record : summary.with(outcome)) {
            lines.add(record.exerciseName() + completed(record));
        }
        return lines;
    }

    /** " – right side 10 of 10 done, left side 4 of 10 done", or " – 2 of 3 done"; empty when nothing was. */
    private static String completed(ExerciseRecord record) {
        if (record.doneRight() + record.doneLeft() > 0) {
            return " \u2013 " + Messages.get("end.completedSides", record.doneRight(), record.doneLeft(),
                    record.planned());
        }
        return record.doneWithoutSide() == 0 ? ""
                : " \u2013 " + Messages.get("end.completed", record.doneWithoutSide(), record.planned());
    }

    public OptionalInt painBefore() {
        return summary.painBefore();
    }

    /** Under a physio's limit, the rating that stopped the session: not asked for again. */
    public OptionalInt painAtStop() {
        return summary.painAtStop();
    }

    /** Whether to ask for the pain now: not when it was just given to stop the session. */
    public boolean asksPainAfter() {
        return summary.painAtStop().isEmpty();
    }

    public ObjectProperty<Integer> painAfterProperty() {
        return painAfter;
    }

    /** "Pain before: 4/10, after: 3/10" (or "when you stopped: 6/10"), or as much of it as was given. */
    public StringBinding painComparison() {
        return Bindings.createStringBinding(() -> {
            OptionalInt before = summary.painBefore();
            Integer after = painAfter.get();
            OptionalInt atStop = summary.painAtStop();
            if (after == null && atStop.isPresent()) {
                return before.isPresent() ? Messages.get("end.pain.both.atStop", before.getAsInt(), atStop.getAsInt())
                        : Messages.get("end.pain.atStop", atStop.getAsInt());
            }
            if (before.isPresent() && after != null) {
                return Messages.get("end.pain.both.after", before.getAsInt(), after);
            }
            if (before.isPresent()) {
                return Messages.get("end.pain.before", before.getAsInt());
            }
            return after == null ? "" : Messages.get("end.pain.after", after);
        }, painAfter);
    }

    public void home() {
        onHome.run();
    }
}
