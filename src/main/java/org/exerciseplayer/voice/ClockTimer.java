package org.exerciseplayer.voice;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.exerciseplayer.session.Clock;

/**
 * The real {@link VoiceTimer}: two daemon threads, so that readying one phrase never delays the start of another.
 * The delay is measured on the session's clock, which in the app is {@code System.nanoTime()}, the executor's own.
 */
public final class ClockTimer implements VoiceTimer {

    private static final System.Logger LOG = System.getLogger(ClockTimer.class.getName());
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;

    public ClockTimer(Clock clock) {
        this.clock = clock;
        int number = NUMBER.incrementAndGet();
        this.executor = new ScheduledThreadPoolExecutor(2, task -> {
            Thread thread = new Thread(task, "voice-timer-" + number);
            thread.setDaemon(true);
            thread.setPriority(Thread.MAX_PRIORITY);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    @Override
    public Scheduled at(long clockNanos, Runnable task) {
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
        executor.shutdown();
    }
}
