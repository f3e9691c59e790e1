package org.exerciseplayer.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.platform.ScreenAwake;

/** Remembers every hold and release, for tests of who keeps the screen awake and when. */
public final class RecordingScreenAwake implements ScreenAwake {

    public final List<String> calls = new ArrayList<>();
    private boolean held;

    @Override
    public synchronized void hold(String reason) {
        calls.add("hold");
        held = true;
    }

    @Override
    public synchronized void release() {
        calls.add("release");
        held = false;
    }

    @Override
    public synchronized boolean isHeld() {
        return held;
    }

    @Override
    public Status status() {
        return new Status(Status.Kind.MECHANISM, "test");
    }
}
