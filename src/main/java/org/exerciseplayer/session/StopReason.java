package org.exerciseplayer.session;

/** Why a session was stopped before its end. */
public enum StopReason {
    /** The person chose to stop. */
    USER,
    /** The person reported that their pain increased: the leaflet's rule is to stop and seek advice. */
    PAIN,
    /** The app was closed during the session. */
    CLOSED
}
