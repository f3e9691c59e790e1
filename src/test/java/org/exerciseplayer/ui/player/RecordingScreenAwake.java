package org.exerciseplayer.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.platform.ScreenAwake;

/** Remembers every hold and release, for tests of who keeps the screen awake and when. */
public final class RecordingScreenAwake implements ScreenAwake {

    public final List<String> calls = new ArrayList<>();
    private boolean held;
    /** Set to play a computer on which nothing can keep the screen awake. */
    public volatile boolean unavailable;

    @Override
    public synchronized void hold(String reason) {
        calls.add("hold");
        held = !unavailable;
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
        return unavailable ? new Status(Status.Kind.UNAVAILABLE, "no mechanism in this test")
                : new Status(Status.Kind.MECHANISM, "test");
    }
}
