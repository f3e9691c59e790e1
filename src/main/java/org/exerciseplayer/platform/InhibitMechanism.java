package org.exerciseplayer.platform;

/** One way of keeping the screen awake, such as a D-Bus service or a helper command. */
interface InhibitMechanism {

    /** A short name for status text and logs, such as {@code "systemd-inhibit"}. */
    String name();

    /**
     * Starts keeping the screen awake and returns the handle that ends it.
     *
     * @throws Unavailable with a one-line reason when this mechanism cannot be used here
     */
    Inhibition acquire(String reason) throws Unavailable;

    /** A request in force. */
    interface Inhibition {

        /** False once the request has ended, whether released or lost (for example a helper was killed). */
        boolean isActive();

        /** Ends the request; idempotent, never throws. */
        void release();
    }

    /** Why a mechanism cannot be used; the message is a short clause without a trailing full stop. */
    final class Unavailable extends Exception {

        private static final long serialVersionUID = 1L;

        Unavailable(String why) {
            super(why);
        }
    }
}
