package org.exerciseplayer.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.settings.VoicePreferences.Verbosity;

/**
 * A session with a voice coach over a fake engine, driven in virtual time by 16 ms frames as the player drives it:
 * between two frames the voice's timer runs its tasks at their own instants.
 */
final class CoachRun {

    static final long FRAME_NANOS = 16_000_000L;

    final ManualClock clock = new ManualClock();
    final VirtualTimer timer = new VirtualTimer(clock);
    final FakeEngine engine;
    final Session session;
    final VoiceCoach coach;
    final List<VoiceCoach.Heard> heard = new ArrayList<>();
    final List<SessionEvent> events = new ArrayList<>();
    final long startNanos;

    CoachRun(SessionSetup setup, Verbosity verbosity, double millisPerLetter) {
        engine = new FakeEngine(clock, millisPerLetter);
        session = new Session(setup, clock);
        coach = new VoiceCoach(session, clock, VoiceScript.of(setup, session.plan(), verbosity), engine, timer,
                heard::add);
        session.addListener(events::add);
        session.addListener(event -> {
            if (event instanceof SessionEvent.Resumed || event instanceof SessionEvent.Started) {
                anchors.add(new long[] {clock.nanoTime(), session.state().elapsedMillis()});
            }
        });
        session.addListener(coach);
        startNanos = clock.nanoTime();
    }

    /** Pairs (clock reading, plan millis) where plan time ran again from, at 1×. */
    private final List<long[]> anchors = new ArrayList<>();

    static Catalogue hip() {
        try {
            return BundledCatalogue.load();
        } catch (CatalogueException e) {
            throw new AssertionError(e);
        }
    }

    /** The bundled hip catalogue's exercises with these ids, in this order, at the normal pace of speech. */
    static CoachRun of(Verbosity verbosity, String... ids) {
        Catalogue hip = hip();
        Routine routine = Routine.of(java.util.Arrays.stream(ids).map(id -> hip.exercise(id).orElseThrow()).toList());
        return new CoachRun(SessionSetup.of(hip, routine), verbosity, 55);
    }

    CoachRun start() {
        session.start(OptionalInt.empty());
        timer.runDue();
        return this;
    }

    /** Frames for this long. */
    CoachRun run(long millis) {
        long until = clock.nanoTime() + millis * 1_000_000L;
        while (clock.nanoTime() < until) {
            frame(Math.min(FRAME_NANOS, until - clock.nanoTime()));
        }
        return this;
    }

    /** Frames until the plan instant {@code planMillis} has been reached (at 1×, without pauses). */
    CoachRun runToPlan(long planMillis) {
        while (session.state().elapsedMillis() < planMillis && !session.isEnded() && !session.state().isPaused()) {
            frame(FRAME_NANOS);
        }
        return this;
    }

    /** Frames to the end, answering each check with "carry on". */
    CoachRun runToEnd() {
        int guard = 0;
        while (!session.isEnded()) {
            if (session.question().isPresent()) {
                run(3000);
                session.carryOn();
                timer.runDue();
            }
            frame(FRAME_NANOS);
            if (++guard > 10_000_000) {
                throw new AssertionError("the session does not end");
            }
        }
        run(10_000);
        return this;
    }

    private void frame(long nanos) {
        timer.advanceTo(clock.nanoTime() + nanos);
        session.update();
        timer.runDue();
    }

    /** A command given now, then what the timer has to do at once. */
    CoachRun act(Runnable command) {
        command.run();
        timer.runDue();
        return this;
    }

    /** The plan instant, in milliseconds, of a clock reading while the session ran at 1×. */
    long planMillis(long clockNanos) {
        long[] anchor = anchors.get(0);
        for (long[] later : anchors) {
            if (later[0] <= clockNanos) {
                anchor = later;
            }
        }
        return anchor[1] + (clockNanos - anchor[0]) / 1_000_000L;
    }
}
