package org.exerciseplayer.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects a runner's events for assertions. */
final class EventRecorder implements Consumer<RunnerEvent> {

    final List<RunnerEvent> events = new ArrayList<>();

    @Override
    public void accept(RunnerEvent event) {
        events.add(event);
    }

    <T extends RunnerEvent> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Integer> phasesStarted() {
        return of(SessionEvent.PhaseStarted.class).stream().map(SessionEvent.PhaseStarted::phaseIndex).toList();
    }

    List<RunnerEvent> takeAll() {
        List<RunnerEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }
}
