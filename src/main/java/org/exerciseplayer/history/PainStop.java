package org.exerciseplayer.history;

/**
 * Where a session was stopped because the pain got worse.
 *
 * @param phase      the kind of phase, in the plan's words: position, hold, rep, timed, rest or switch
 * @param side       left, right, or empty
 * @param repetition which repetition of how many ({@code of}); 0 where the phase is not part of one
 */
public record PainStop(String exerciseId, String exerciseName, String phase, String side, int repetition,
                       int of) {}
