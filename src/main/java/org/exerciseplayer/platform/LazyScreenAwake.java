package org.exerciseplayer.platform;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A {@link ScreenAwake} made on its first {@link #hold(String)}, so that finding the mechanism (the D-Bus
 * socket, helper commands on the PATH) costs nothing before the window's first frame.
 */
public final class LazyScreenAwake implements ScreenAwake {

    private final Supplier<ScreenAwake> create;
    private ScreenAwake made;

    public LazyScreenAwake(Supplier<ScreenAwake> create) {
        this.create = Objects.requireNonNull(create, "create");
    }

    @Override
    public synchronized void hold(String reason) {
        if (made == null) {
            made = create.get();
        }
        made.hold(reason);
    }

    @Override
    public synchronized void release() {
        if (made != null) {
            made.release();
        }
    }

    @Override
    public synchronized boolean isHeld() {
        return made != null && made.isHeld();
    }

    @Override
    public synchronized Status status() {
        return made == null ? Status.notRequested() : made.status();
    }
}
