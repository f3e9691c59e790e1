package org.exerciseplayer.platform;

import java.util.ArrayList;
import java.util.List;

/** A mechanism that works or refuses as told, and records what it was asked. */
final class FakeMechanism implements InhibitMechanism {

    private final String name;
    private final String refusal;
    final List<String> reasons = new ArrayList<>();
    final List<FakeInhibition> inhibitions = new ArrayList<>();

    private FakeMechanism(String name, String refusal) {
        this.name = name;
        this.refusal = refusal;
    }

    static FakeMechanism working(String name) {
        return new FakeMechanism(name, null);
    }

    static FakeMechanism refusing(String name, String why) {
        return new FakeMechanism(name, why);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Inhibition acquire(String reason) throws Unavailable {
        reasons.add(reason);
        if (refusal != null) {
            throw new Unavailable(refusal);
        }
        FakeInhibition inhibition = new FakeInhibition();
        inhibitions.add(inhibition);
        return inhibition;
    }

    int activeCount() {
        return (int) inhibitions.stream().filter(FakeInhibition::isActive).count();
    }

    static final class FakeInhibition implements Inhibition {

        private boolean active = true;
        int releaseCalls;

        @Override
        public boolean isActive() {
            return active;
        }

        @Override
        public void release() {
            releaseCalls++;
            active = false;
        }

        /** As if the helper process were killed from outside. */
        void lose() {
            active = false;
        }
    }
}
