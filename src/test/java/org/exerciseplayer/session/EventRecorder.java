package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects a runner's events for assertions. */
final class EventRecorder implements Consumer<SessionEvent> {

    final List<SessionEvent> events = new ArrayList<>();

    @Override
    public void accept(SessionEvent event) {
        events.add(event);
    }

    <T extends SessionEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Integer> phasesStarted() {
        return of(SessionEvent.PhaseStarted.class).stream().map(SessionEvent.PhaseStarted::phaseIndex).toList();
    }

    List<SessionEvent> takeAll() {
        List<SessionEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
