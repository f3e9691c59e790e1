package org.exerciseplayer.session;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The questions a {@link Session} asks and what each answer does (docs/SESSION.md, "Questions"): the check between
 * exercises, "is your pain getting worse?" and "end the session?", which may be asked over the check and then comes
 * back to it. While one is asked the runner is paused; answers that go on resume it, answers that stop it call
 * {@link Host#stop}.
 */
final class SessionQuestions {

    /** What the questions need of their session. */
    interface Host {
        void stop(StopReason reason, OptionalInt rating);

        void rate(PainRating.Moment moment, int rating, int exerciseIndex);

        /** The runner may have paused: tell the listeners now, before the question that paused it. */
        void statusMayHaveChanged();
    }

    private final SessionRunner runner;
    private final PainRule rule;
    private final SessionOutbox outbox;
    private final Host host;
    private Question question;
    /** The check that an "end the session?" question was asked over, to come back to if the answer is no. */
    private Question checkUnderEnd;
    private boolean resumeAfter;

    SessionQuestions(SessionRunner runner, PainRule rule, SessionOutbox outbox, Host host) {
        this.runner = runner;
        this.rule = rule;
        this.outbox = outbox;
        this.host = host;
    }

    Optional<Question> question() {
        return Optional.ofNullable(question);
    }

    boolean isAsking() {
        return question != null;
    }

    /** The check on screen, directly or under "end the session?"; empty when none is. */
    Optional<Question.BetweenExercises> check() {
        Question shown = question instanceof Question.EndSession && checkUnderEnd != null ? checkUnderEnd : question;
        return shown instanceof Question.BetweenExercises check ? Optional.of(check) : Optional.empty();
    }

    /** The runner holds before {@code nextExercise}: ask how the pain is before it starts. */
    void askBefore(int nextExercise) {
        ask(new Question.BetweenExercises(nextExercise));
    }

    /** Forgets any question: the session has stopped. */
    void clear() {
        question = null;
        checkUnderEnd = null;
    }

    void reportPain() {
        if (check().isPresent()) {
            if (!rule.isLimit()) {
                host.stop(StopReason.PAIN, OptionalInt.empty());
            } else if (question instanceof Question.EndSession) {
                goOn();
            }
        } else if (!(question instanceof Question.PainWorse)) {
            pauseFor(new Question.PainWorse());
        }
    }

    void requestEnd() {
        if (question == null) {
            pauseFor(new Question.EndSession());
        } else if (question instanceof Question.BetweenExercises) {
            checkUnderEnd = question;
            ask(new Question.EndSession());
        } else if (question instanceof Question.EndSession) {
            host.stop(StopReason.USER, OptionalInt.empty());
        }
    }

    void confirmEnd() {
        if (question instanceof Question.EndSession) {
            host.stop(StopReason.USER, OptionalInt.empty());
        }
    }

    void stopForPain() {
        if (question instanceof Question.PainWorse || question instanceof Question.BetweenExercises) {
            host.stop(StopReason.PAIN, OptionalInt.empty());
        }
    }

    void ratePain(int rating) {
        if (!rule.isLimit()) {
            return;
        }
        if (question instanceof Question.PainWorse) {
            host.rate(PainRating.Moment.DURING, rating, runner.state().exerciseIndex());
        } else if (question instanceof Question.BetweenExercises check) {
            host.rate(PainRating.Moment.CHECK, rating, check.nextExercise() - 1);
        } else {
            return;
        }
        if (rule.isExceededBy(rating)) {
            host.stop(StopReason.PAIN, OptionalInt.of(rating));
        } else {
            goOn();
        }
    }

    /**
     * The answer that goes on: back where it was after the pain question or "end the session?" (running if it was
     * running; the check again if "end?" was asked over it), and the next exercise after the check.
     */
    void goOn() {
        if (question instanceof Question.EndSession && checkUnderEnd != null) {
            Question check = checkUnderEnd;
            checkUnderEnd = null;
            outbox.post(new SessionEvent.Answered(question));
            ask(check);
            return;
        }
        if (question == null) {
            return;
        }
        Question answered = question;
        question = null;
        outbox.post(new SessionEvent.Answered(answered));
        if (answered instanceof Question.BetweenExercises || resumeAfter) {
            runner.resume();
        }
    }

    /** Pauses at once (remembering whether it ran) and asks; from "end?" to the pain question it stays as it was. */
    private void pauseFor(Question asked) {
        if (question == null) {
            resumeAfter = runner.state().status() == SessionRunner.Status.RUNNING;
            runner.pause();
            host.statusMayHaveChanged();
        }
        checkUnderEnd = null;
        ask(asked);
    }

    private void ask(Question asked) {
        question = asked;
        outbox.post(new SessionEvent.Asked(asked));
    }
}
