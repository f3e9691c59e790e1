package org.exerciseplayer.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The {@link SessionRunner}'s listeners and the delivery of its events to them, which knows whether a delivery is
 * under way so that the runner can refuse a command a listener makes while it is told of an event.
 */
final class RunnerListeners {

    private final List<Consumer<RunnerEvent>> listeners = new CopyOnWriteArrayList<>();
    private boolean delivering;

    void add(Consumer<RunnerEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void remove(Consumer<RunnerEvent> listener) {
        listeners.remove(listener);
    }

    /** Tells every listener of an event, in the order they were added. */
    void fire(RunnerEvent event) {
        delivering = true;
        try {
            for (Consumer<RunnerEvent> listener : listeners) {
                listener.accept(event);
            }
        } finally {
            delivering = false;
        }
    }

    /** Throws when called from a listener while an event is delivered. */
    void requireNotDelivering() {
        if (delivering) {
            throw new IllegalStateException("A session listener cannot call the runner's commands");
        }
    }
}
