package org.exerciseplayer.ui.morning;

import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.ui.Messages;

/**
 * The next-morning check: under the leaflet's rule, better, the same or worse than before yesterday's exercise;
 * under a physio's pain limit, a number from 0 to 10 (compared with the one given before yesterday's first
 * session). Skippable. Tested without a toolkit.
 */
public final class MorningCheckViewModel {

    private final PainRule rule;
    private final OptionalInt before;
    private final Consumer<MorningCheck.Answer> onAnswer;
    private final IntConsumer onRating;
    private final Runnable onSkip;
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>();
    private boolean done;

    /**
     * @param before   the rating given before yesterday's first rated session, for the hint under a limit
     * @param onAnswer the leaflet's question answered
     * @param onRating a number given under a physio's limit
     */
    public MorningCheckViewModel(PainRule rule, OptionalInt before, Consumer<MorningCheck.Answer> onAnswer,
                                 IntConsumer onRating, Runnable onSkip) {
        this.rule = rule;
        this.before = before;
        this.onAnswer = onAnswer;
        this.onRating = onRating;
        this.onSkip = onSkip;
    }

    /** Whether the question asks for a number (a physio's pain limit) rather than better, same or worse. */
    public boolean asksNumber() {
        return rule.isLimit();
    }

    public String question() {
        return Messages.get(asksNumber() ? "morning.question.number" : "morning.question");
    }

    public String hint() {
        if (!asksNumber()) {
            return Messages.get("morning.hint");
        }
        return before.isPresent() ? Messages.get("morning.hint.before", before.getAsInt())
                : Messages.get("morning.hint.noBefore");
    }

    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    /** Better, the same or worse (the leaflet's question). Only the first answer counts. */
    public void answer(MorningCheck.Answer answer) {
        if (!done && !asksNumber() && answer != MorningCheck.Answer.RATED) {
            done = true;
            onAnswer.accept(answer);
        }
    }

    /** Gives the number chosen; does nothing until one is. */
    public void giveRating() {
        if (!done && asksNumber() && rating.get() != null) {
            done = true;
            onRating.accept(rating.get());
        }
    }

    /** Not today: asked again tomorrow (if there was a session today). */
    public void skip() {
        if (!done) {
            done = true;
            onSkip.run();
        }
    }
}
