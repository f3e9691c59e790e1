package org.exerciseplayer.voice;

import java.util.PriorityQueue;
import org.exerciseplayer.session.ManualClock;

/**
 * A {@link VoiceTimer} in virtual time: {@link #advanceTo} moves the clock to each task's instant in turn and runs it
 * there, on the test's thread, so a task sees the clock read exactly its instant.
 */
final class VirtualTimer implements VoiceTimer {

    private record Task(long at, long order, Runnable work, boolean[] cancelled) {}

    private final ManualClock clock;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>((a, b) -> a.at != b.at ? Long.compare(a.at, b.at)
            : Long.compare(a.order, b.order));
    private long order;
    private boolean closed;

    VirtualTimer(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public Scheduled at(long clockNanos, Runnable task) {
        boolean[] cancelled = {false};
        if (!closed) {
            tasks.add(new Task(Math.max(clockNanos, clock.nanoTime()), order++, task, cancelled));
        }
        return () -> cancelled[0] = true;
    }

    /** Runs every task due up to {@code target}, each at its own instant, and leaves the clock at {@code target}. */
    void advanceTo(long target) {
        while (!tasks.isEmpty() && tasks.peek().at <= target) {
            Task next = tasks.poll();
            clock.advanceNanos(Math.max(0, next.at - clock.nanoTime()));
            if (!next.cancelled[0]) {
                next.work.run();
            }
        }
        clock.advanceNanos(Math.max(0, target - clock.nanoTime()));
    }

    /** Runs what is due now. */
    void runDue() {
        advanceTo(clock.nanoTime());
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A timer of its own on the same queue, as each session's coach gets one: closing it closes only it. */
    VoiceTimer handle() {
        boolean[] handleClosed = {false};
        return new VoiceTimer() {
            @Override
            public Scheduled at(long clockNanos, Runnable task) {
                return handleClosed[0] ? () -> { } : VirtualTimer.this.at(clockNanos, task);
            }

            @Override
            public void close() {
                handleClosed[0] = true;
            }
        };
    }

    boolean isClosed() {
        return closed;
    }
}
