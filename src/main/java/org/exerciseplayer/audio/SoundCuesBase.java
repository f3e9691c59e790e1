package org.exerciseplayer.audio;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * What every {@link SoundCues} shares: mute, volume, and a status that only moves forward (unknown, then available,
 * then unavailable) with listeners told of each step once. Subclasses only make the sound.
 */
abstract class SoundCuesBase implements SoundCues {

    private static final System.Logger LOG = System.getLogger(SoundCues.class.getName());

    private final AtomicReference<SoundStatus> status;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean muted;
    private volatile double volume = 1.0;

    SoundCuesBase(SoundStatus initial) {
        status = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** Makes the cue's sound at the given volume (above 0); called only when not muted and not unavailable. */
    abstract void playAudibly(Cue cue, double volume);

    @Override
    public final void play(Cue cue) {
        Objects.requireNonNull(cue, "cue");
        double loudness = volume;
        if (muted || loudness == 0 || status().isUnavailable()) {
            return;
        }
        playAudibly(cue, loudness);
    }

    /** Opens a phrase at the volume (above 0); called only when not muted and not unavailable. */
    java.util.Optional<PreparedSound> prepareAudibly(java.nio.file.Path wav, double volume) {
        return java.util.Optional.empty();
    }

    @Override
    public final java.util.Optional<PreparedSound> prepare(java.nio.file.Path wav) {
        Objects.requireNonNull(wav, "wav");
        double loudness = volume;
        if (muted || loudness == 0 || status().isUnavailable()) {
            return java.util.Optional.empty();
        }
        return prepareAudibly(wav, loudness);
    }

    /** Sound was just muted: silence what plays. */
    void silenced() {
    }

    @Override
    public final void setMuted(boolean muted) {
        this.muted = muted;
        if (muted) {
            silenced();
        }
    }

    @Override
    public final boolean isMuted() {
        return muted;
    }

    @Override
    public final void setVolume(double volume) {
        if (!(volume >= 0 && volume <= 1)) {
            throw new IllegalArgumentException("volume must be from 0 to 1, got " + volume);
        }
        this.volume = volume;
    }

    @Override
    public final double volume() {
        return volume;
    }

    @Override
    public final SoundStatus status() {
        return status.get();
    }

    @Override
    public final void addStatusListener(Consumer<SoundStatus> listener) {
        Listener added = new Listener(Objects.requireNonNull(listener, "listener"));
        listeners.add(added);
        added.tell(status());
    }

    @Override
    public final void removeStatusListener(Consumer<SoundStatus> listener) {
        listeners.removeIf(added -> added.consumer == listener);
    }

    /**
     * Moves the status forward and tells the listeners; a step backwards (or to the same state) is ignored, so the
     * first reason for unavailability is the one that stays.
     *
     * @return whether the status changed
     */
    final boolean changeStatus(SoundStatus next) {
        SoundStatus current;
        do {
            current = status.get();
            if (next.state().compareTo(current.state()) <= 0) {
                return false;
            }
        } while (!status.compareAndSet(current, next));
        for (Listener listener : listeners) {
            listener.tell(next);
        }
        return true;
    }

    /** One listener, with what it was last told, so that no listener hears of a state twice or out of order. */
    private static final class Listener {
        private final Consumer<SoundStatus> consumer;
        private SoundStatus.State told = SoundStatus.State.UNKNOWN;

        Listener(Consumer<SoundStatus> consumer) {
            this.consumer = consumer;
        }

        synchronized void tell(SoundStatus status) {
            if (status.state().compareTo(told) <= 0) {
                return;
            }
            told = status.state();
            try {
                consumer.accept(status);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A sound status listener failed", e);
            }
        }
    }
}
