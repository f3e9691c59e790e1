package org.exerciseplayer.catalogue;

/**
 * The timing a leaflet leaves open, in whole seconds. The catalogue gives defaults; an exercise may override
 * any of them, and {@link Exercise#pacing()} is always the effective result.
 *
 * @param getReadySeconds      time to get into position before an exercise, a new side or a new direction
 * @param restSeconds          release between two repetitions (0 for none)
 * @param secondsPerRepetition the tempo of one repetition of a movement that has no hold
 * @param switchSeconds        time to change side or direction
 */
public record Pacing(int getReadySeconds, int restSeconds, int secondsPerRepetition, int switchSeconds) {}
