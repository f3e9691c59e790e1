package org.exerciseplayer.voice;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.exerciseplayer.session.Clock;

/**
 * The real {@link VoiceTimer}: a daemon thread that only starts phrases, and another that readies them, so that
 * readying one phrase (writing its copy, opening its player) never delays the start of another. The delay is measured
 * on the session's clock, which in the app is {@code System.nanoTime()}, the executors' own.
 */
public final class ClockTimer implements VoiceTimer {

    private static final System.Logger LOG = System.getLogger(ClockTimer.class.getName());
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final Clock clock;
    private final ScheduledThreadPoolExecutor starts;
    private final ScheduledThreadPoolExecutor preparing;

    public ClockTimer(Clock clock) {
        this.clock = clock;
        int number = NUMBER.incrementAndGet();
        this.starts = executor("voice-timer-" + number, Thread.MAX_PRIORITY);
        this.preparing = executor("voice-ready-" + number, Thread.NORM_PRIORITY);
    }

    private static ScheduledThreadPoolExecutor executor(String name, int priority) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Override
    public Scheduled at(long clockNanos, Runnable task) {
        return schedule(starts, clockNanos, task);
    }

    @Override
    public Scheduled prepareAt(long clockNanos, Runnable task) {
        return schedule(preparing, clockNanos, task);
    }

    private Scheduled schedule(ScheduledThreadPoolExecutor executor, long clockNanos, Runnable task) {
        try {
            ScheduledFuture<?> future = executor.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "The voice's timer task failed", e);
                }
            }, Math.max(0, clockNanos - clock.nanoTime()), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException closed) {
            return () -> { };
        }
    }

    @Override
    public void close() {
        starts.shutdown();
        preparing.shutdown();
    }
}
