package org.exerciseplayer.ui.end;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.ExerciseOutcome;
import org.exerciseplayer.session.ExerciseRecord;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Phase;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionSummary;
import org.exerciseplayer.session.StopPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The end screen says what the session's summary says: each outcome in its list, the stop, and which rule. */
class EndViewModelTest {

    private static final Phase CLAM_REP = new Phase("clam", 2, Phase.Kind.REP, org.exerciseplayer.catalogue.Side.RIGHT,
            null, 6, 12, 4, null);

    private Catalogue hip;
    private final List<Integer> painAfter = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
    }

    private EndViewModel end(SessionSummary.Ending ending, PainRule rule, OptionalInt painAtStop,
                             List<ExerciseRecord> records, Optional<StopPoint> stop) {
        SessionSetup setup = new SessionSetup(hip, Routine.of(hip.exercises().subList(0, 2)), List.of(), rule,
                Optional.empty());
        return new EndViewModel(setup, new SessionSummary(ending, records, stop, OptionalInt.of(4), painAtStop,
                List.of(), 125_000), painAfter::add, () -> { });
    }

    private EndViewModel end(SessionSummary.Ending ending, PainRule rule, OptionalInt painAtStop) {
        return end(ending, rule, painAtStop, List.of(), Optional.empty());
    }

    private static ExerciseRecord record(int index, String name, ExerciseOutcome outcome, int right, int left,
                                         int without, int planned) {
        return new ExerciseRecord(index, "id-" + index, name, outcome, right, left, without, planned,
                Optional.empty());
    }

    @Test
    void eachOutcomeHasItsListWithTheCountsOutOfTheDose() {
        StopPoint where = new StopPoint(2, "clam", "Clam exercise", 40, Optional.of(CLAM_REP));
        EndViewModel model = end(SessionSummary.Ending.STOPPED, PainRule.anyIncrease(), OptionalInt.empty(),
                List.of(record(0, "Lower back rotations", ExerciseOutcome.DONE, 10, 10, 0, 10),
                        record(1, "Inner thigh stretch", ExerciseOutcome.SKIPPED, 0, 0, 1, 3),
                        new ExerciseRecord(2, "clam", "Clam exercise", ExerciseOutcome.STOPPED_DURING, 5, 0, 0, 12,
                                Optional.of(where)),
                        record(3, "Donkey kicks", ExerciseOutcome.NOT_REACHED, 0, 0, 0, 20)),
                Optional.of(where));

        assertThat(model.done()).containsExactly("Lower back rotations \u2013 right side 10 of 10 done, left side 10"
                + " of 10 done");
        assertThat(model.skipped()).containsExactly("Inner thigh stretch \u2013 1 of 3 done");
        assertThat(model.stoppedDuring()).containsExactly("Clam exercise \u2013 right side 5 of 12 done, left side 0"
                + " of 12 done");
        assertThat(model.notReached()).containsExactly("Donkey kicks");
        assertThat(model.stopPlace()).startsWith("Stopped during Clam exercise: ");
        assertThat(model.timeTaken()).isEqualTo("Time taken: 2 min 5 s");
    }

    @Test
    void aStopAtTheCheckSaysSo() {
        EndViewModel model = end(SessionSummary.Ending.STOPPED, PainRule.anyIncrease(), OptionalInt.empty(),
                List.of(), Optional.of(new StopPoint(1, "clam", "Clam exercise", -1, Optional.empty())));

        assertThat(model.stopPlace()).isEqualTo("Stopped at the check before Clam exercise");
    }

    @Test
    void aRatingAboveThePhysiosLimitIsNamedWithTheLimitAndNotAskedAgain() {
        EndViewModel model = end(SessionSummary.Ending.PAIN_STOP, PainRule.limit(3), OptionalInt.of(6));

        assertThat(model.ending()).isEqualTo(EndViewModel.Ending.PAIN_STOP);
        assertThat(model.stopReason())
                .isEqualTo("You stopped because your pain (6/10) went above the limit your physio set (3/10).");
        assertThat(model.advice()).first().isEqualTo(hip.safety().stopRule());
        assertThat(model.asksPainAfter()).isFalse();
        assertThat(model.painComparison().get()).isEqualTo("Pain before: 4/10, when you stopped: 6/10");
    }

    @Test
    void thePainAfterGoesToTheSession() {
        EndViewModel model = end(SessionSummary.Ending.COMPLETED, PainRule.anyIncrease(), OptionalInt.empty());
        assertThat(model.asksPainAfter()).isTrue();

        model.painAfterProperty().set(2);

        assertThat(painAfter).containsExactly(2);
        assertThat(model.painComparison().get()).isEqualTo("Pain before: 4/10, after: 2/10");
    }

    @Test
    void theLeafletsRuleIsNamedUnderTheLeafletsRule() {
        EndViewModel model = end(SessionSummary.Ending.PAIN_STOP, PainRule.anyIncrease(), OptionalInt.empty());

        assertThat(model.stopReason()).isEqualTo("You stopped because your pain increased: the leaflet\u2019s rule"
                + " is to stop when your pain increases.");
    }

    @Test
    void aPainStopWithoutANumberUnderALimitNamesTheLimit() {
        EndViewModel model = end(SessionSummary.Ending.PAIN_STOP, PainRule.limit(4), OptionalInt.empty());

        assertThat(model.stopReason()).isEqualTo("You stopped because of your pain. Your physio\u2019s limit for"
                + " this routine is 4/10.");
    }

    @Test
    void otherEndingsGiveNoPainReason() {
        assertThat(end(SessionSummary.Ending.STOPPED, PainRule.limit(3), OptionalInt.empty()).stopReason()).isEmpty();
        assertThat(end(SessionSummary.Ending.CLOSED, PainRule.anyIncrease(), OptionalInt.empty()).ending())
                .isEqualTo(EndViewModel.Ending.STOPPED);
    }
}
