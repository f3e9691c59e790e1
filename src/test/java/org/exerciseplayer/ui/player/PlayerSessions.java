package org.exerciseplayer.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.audio.SoundCues;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.session.Guidance;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.session.Routine;
import org.exerciseplayer.session.Session;
import org.exerciseplayer.session.SessionEvent;
import org.exerciseplayer.session.SessionSetup;
import org.exerciseplayer.session.SessionSummary;

/** A session of catalogue exercises with a player over it, as the window makes one, for ViewModel tests. */
final class PlayerSessions {

    final List<SessionSummary> ended = new ArrayList<>();
    private final Catalogue catalogue;
    private final ManualClock clock;
    private final SoundCues sound;
    private final RecordingScreenAwake awake;

    PlayerSessions(Catalogue catalogue, ManualClock clock, SoundCues sound, RecordingScreenAwake awake) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.sound = sound;
        this.awake = awake;
    }

    /** The exercises with these ids, under {@code rule}, started. */
    PlayerViewModel start(PainRule rule, List<Guidance> guidance, String... ids) {
        Routine routine = Routine.of(java.util.Arrays.stream(ids).map(id -> catalogue.exercise(id).orElseThrow())
                .toList());
        return start(new SessionSetup(catalogue, routine, guidance, rule, Optional.empty()));
    }

    PlayerViewModel start(String... ids) {
        return start(PainRule.anyIncrease(), List.of(), ids);
    }

    PlayerViewModel start(SessionSetup setup) {
        Session session = new Session(setup, clock);
        PlayerViewModel model = new PlayerViewModel(session, sound, awake, Runnable::run, Runnable::run);
        session.addListener(event -> {
            if (event instanceof SessionEvent.Ended end) {
                ended.add(end.summary());
            }
        });
        session.start(OptionalInt.empty());
        return model;
    }
}
