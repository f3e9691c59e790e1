package org.exerciseplayer.session;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A session's listeners and the events waiting for them. Events are posted while a command does its work and
 * delivered, in order, once it has finished; a listener that calls a command meanwhile has that command's events
 * delivered after the event it is handling, by the same loop.
 */
final class SessionOutbox {

    private final List<Consumer<SessionEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<SessionEvent> waiting = new ArrayDeque<>();
    private boolean delivering;

    void addListener(Consumer<SessionEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void removeListener(Consumer<SessionEvent> listener) {
        listeners.remove(listener);
    }

    void post(SessionEvent event) {
        waiting.add(event);
    }

    /** Delivers every waiting event, unless a delivery is already under way (it will deliver them). */
    void deliver() {
        if (delivering) {
            return;
        }
        delivering = true;
        try {
            SessionEvent event;
            while ((event = waiting.poll()) != null) {
                for (Consumer<SessionEvent> listener : listeners) {
                    listener.accept(event);
                }
            }
        } finally {
            delivering = false;
        }
    }
}
