package org.exerciseplayer.ui.end;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Planner;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.SessionLog;
import org.exerciseplayer.session.SessionRunner;
import org.exerciseplayer.session.StopReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The end screen says which pain rule stopped the session. */
class StopReasonTest {

    private Catalogue hip;

    @BeforeEach
    void setUp() throws Exception {
        hip = BundledCatalogue.load();
    }

    private SessionLog stopped(StopReason reason) {
        var plan = Planner.plan(Routine.of(hip.exercises().subList(0, 2)));
        SessionRunner runner = new SessionRunner(plan, new ManualClock());
        SessionLog log = new SessionLog(plan);
        runner.addListener(log);
        runner.start();
        runner.stop(reason);
        return log;
    }

    private EndViewModel end(SessionLog log, PainRule rule, OptionalInt painAtStop) {
        return new EndViewModel(hip, log, 1000, OptionalInt.empty(), rule, painAtStop, () -> { });
    }

    @Test
    void aRatingAboveThePhysiosLimitIsNamedWithTheLimit() {
        EndViewModel model = end(stopped(StopReason.PAIN), PainRule.limit(3), OptionalInt.of(6));

        assertThat(model.ending()).isEqualTo(EndViewModel.Ending.PAIN_STOP);
        assertThat(model.stopReason())
                .isEqualTo("You stopped because your pain (6/10) went above the limit your physio set (3/10).");
        assertThat(model.advice()).first().isEqualTo(hip.safety().stopRule());
    }

    @Test
    void theLeafletsRuleIsNamedUnderTheLeafletsRule() {
        EndViewModel model = end(stopped(StopReason.PAIN), PainRule.anyIncrease(), OptionalInt.empty());

        assertThat(model.stopReason()).isEqualTo("You stopped because your pain increased: the leaflet\u2019s rule"
                + " is to stop when your pain increases.");
    }

    @Test
    void aPainStopWithoutANumberUnderALimitNamesTheLimit() {
        EndViewModel model = end(stopped(StopReason.PAIN), PainRule.limit(4), OptionalInt.empty());

        assertThat(model.stopReason()).isEqualTo("You stopped because of your pain. Your physio\u2019s limit for"
                + " this routine is 4/10.");
    }

    @Test
    void otherEndingsGiveNoPainReason() {
        assertThat(end(stopped(StopReason.USER), PainRule.limit(3), OptionalInt.empty()).stopReason()).isEmpty();
        assertThat(new EndViewModel(hip, stopped(StopReason.USER), 1000, OptionalInt.empty(), () -> { })
                .stopReason()).isEmpty();
    }
}
