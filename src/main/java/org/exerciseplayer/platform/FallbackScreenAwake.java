package org.exerciseplayer.platform;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.platform.InhibitMechanism.Inhibition;

/**
 * Tries each mechanism in order on every {@link #hold(String)} that finds nothing held, and keeps the first
 * that works. Logs only when the status changes, so a machine with nothing available logs one line.
 */
final class FallbackScreenAwake implements ScreenAwake {

    private static final System.Logger LOG = System.getLogger(ScreenAwake.class.getName());
    private static final String DEFAULT_REASON = "Exercise session running";

    private final List<InhibitMechanism> mechanisms;
    private final String whyNoMechanisms;
    private Inhibition current;
    private Status status = Status.notRequested();

    /**
     * @param mechanisms      tried in this order
     * @param whyNoMechanisms the status text when {@code mechanisms} is empty
     */
    FallbackScreenAwake(List<InhibitMechanism> mechanisms, String whyNoMechanisms) {
        this.mechanisms = List.copyOf(mechanisms);
        this.whyNoMechanisms = whyNoMechanisms;
    }

    @Override
    public synchronized void hold(String reason) {
        if (current != null && current.isActive()) {
            return;
        }
        releaseCurrent();
        String why = reason == null || reason.isBlank() ? DEFAULT_REASON : reason;
        List<String> failures = new ArrayList<>();
        for (InhibitMechanism mechanism : mechanisms) {
            try {
                current = mechanism.acquire(why);
                changeStatus(Status.mechanism(mechanism.name()));
                return;
            } catch (InhibitMechanism.Unavailable e) {
                failures.add(mechanism.name() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                failures.add(mechanism.name() + ": " + e);
            }
        }
        changeStatus(Status.unavailable(failures.isEmpty() ? whyNoMechanisms : String.join("; ", failures)));
    }

    @Override
    public synchronized void release() {
        releaseCurrent();
    }

    @Override
    public synchronized boolean isHeld() {
        return current != null && current.isActive();
    }

    @Override
    public synchronized Status status() {
        return status;
    }

    /** Ends the current request, or what is left of one that was lost (a helper's children, a socket). */
    private void releaseCurrent() {
        if (current == null) {
            return;
        }
        try {
            current.release();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not release the screen-awake request cleanly", e);
        }
        current = null;
    }

    private void changeStatus(Status next) {
        if (next.equals(status)) {
            return;
        }
        status = next;
        if (next.isUnavailable()) {
            LOG.log(Level.WARNING, "Cannot keep the screen awake during sessions ({0}); sessions carry on anyway",
                    next.text());
        } else {
            LOG.log(Level.INFO, "Keeping the screen awake during sessions with {0}", next.text());
        }
    }
}
