package org.exerciseplayer.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.exerciseplayer.history.SessionRecord;

/**
 * Fires a reminder at each slot ({@link ReminderSlots}) unless its session is done. It wakes at most a minute apart
 * and goes by the wall clock, so a laptop that slept through a reminder time still reminds when it wakes (within
 * {@link #LATE_AT_MOST}; older ones are dropped, and the next slot is waited for), and a change of time zone or of
 * the person's times takes effect at the next wake. Time and waiting are injected: tests run a day in microseconds.
 */
public final class ReminderLoop implements AutoCloseable {

    /** How often, at most, the loop looks at the clock. */
    static final Duration WAKE = Duration.ofMinutes(1);
    /** A reminder more than this late (the computer was asleep or off) is not shown. */
    static final Duration LATE_AT_MOST = Duration.ofMinutes(90);

    /** Runs a task once after a delay; closing the result cancels it. */
    @FunctionalInterface
    public interface Scheduler {
        AutoCloseable after(Duration delay, Runnable task);
    }

    private final Clock clock;
    private final Scheduler scheduler;
    private final Supplier<ReminderTimes> times;
    private final Supplier<List<SessionRecord>> sessions;
    private final BooleanSupplier enabled;
    private final Consumer<ReminderSlots.Slot> remind;
    private ReminderSlots.Slot pending;
    private AutoCloseable wake;
    private boolean closed;

    /**
     * @param times    the person's times, read at every wake
     * @param sessions the history's sessions of this catalogue, read when a slot comes
     * @param enabled  whether to remind at all now (read when a slot comes)
     * @param remind   shows the reminder for a slot that is due
     */
    public ReminderLoop(Clock clock, Scheduler scheduler, Supplier<ReminderTimes> times,
                        Supplier<List<SessionRecord>> sessions, BooleanSupplier enabled,
                        Consumer<ReminderSlots.Slot> remind) {
        this.clock = clock;
        this.scheduler = scheduler;
        this.times = times;
        this.sessions = sessions;
        this.enabled = enabled;
        this.remind = remind;
    }

    /** Starts waiting for the next slot from now. */
    public synchronized void start() {
        pending = slots().next(now());
        schedule();
    }

    /** The slot waited for. */
    public synchronized ReminderSlots.Slot pending() {
        return pending;
    }

    /** After the person changed their times: waits for the next slot of the new times. */
    public synchronized void timesChanged() {
        cancel();
        start();
    }

    private ReminderSlots slots() {
        return new ReminderSlots(times.get(), clock.getZone());
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    private void schedule() {
        if (closed) {
            return;
        }
        Duration until = Duration.between(now(), pending.at());
        Duration delay = until.isNegative() ? Duration.ZERO : until.compareTo(WAKE) < 0 ? until : WAKE;
        wake = scheduler.after(delay, this::wake);
    }

    private synchronized void wake() {
        if (closed) {
            return;
        }
        ZonedDateTime now = now();
        ReminderSlots slots = slots();
        if (!slots.times().times().contains(pending.time())) {
            pending = slots.next(now);
        } else if (!now.isBefore(pending.at())) {
            ReminderSlots.Slot due = pending;
            pending = slots.next(now);
            boolean late = Duration.between(due.at(), now).compareTo(LATE_AT_MOST) > 0;
            if (!late && enabled.getAsBoolean() && slots.isDue(due, sessions.get())) {
                remind.accept(due);
            }
        }
        schedule();
    }

    private void cancel() {
        if (wake != null) {
            try {
                wake.close();
            } catch (Exception e) {
                // Nothing was left to cancel.
            }
            wake = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        cancel();
    }
}
