package org.exerciseplayer.catalogue;

import java.util.Locale;

/**
 * How many phases and seconds a session of an exercise takes with its dose and pacing, worked out in checked
 * arithmetic without making the phases, so that a file asking for an absurd session (one exercise at every maximum
 * is 83 days; 300 of them pass 2^31 seconds) is refused where it is read, at the exercise that takes it over.
 *
 * <p>Two limits: a <b>session</b> (a routine, one exercise, a variation's dose) takes at most 4 hours and 5,000
 * phases; a <b>catalogue</b>, which may be a library of more exercises than one session holds, has at most 200,000
 * phases when played in full, so that listing or planning all of it stays cheap.
 *
 * <p>It counts exactly what the session planner ({@code org.exerciseplayer.session.Planner}) makes: a get-ready
 * before the exercise's preparation and before each block of a side and direction, a switch between blocks,
 * the repetitions (each side and direction in turn when they alternate), and a rest between two holds or two
 * timed movements of a block. Transitions of 0 seconds are left out. {@code PlanSizeTest} holds the two together.
 */
public record PlanSize(long phases, long seconds) {

    /** The longest session a file may ask for, played in full: 4 hours. */
    public static final int MAX_SESSION_SECONDS = 4 * 60 * 60;
    /** The most phases (holds, repetitions, rests, switches, get-readies) a session may have. */
    public static final int MAX_PHASES = 5_000;
    /** The most phases a whole catalogue, played in full, may have; and so any plan at all. */
    public static final int MAX_CATALOGUE_PHASES = 200_000;

    public static final PlanSize NONE = new PlanSize(0, 0);

    /** The session of one exercise done with {@code dose} at {@code pacing}. */
    public static PlanSize of(Dose dose, Pacing pacing) {
        long phases = 0;
        long seconds = 0;
        int getReady = pacing.getReadySeconds();
        if (dose.preparation().isPresent()) {
            long movements = dose.preparation().get().repetitions();
            phases += (getReady > 0 ? 1 : 0) + movements;
            seconds += getReady + Math.multiplyExact(movements, pacing.secondsPerRepetition());
        }
        Directions directions = dose.directions();
        boolean directionsInTurn = !directions.isNone() && directions.order() == Directions.Order.ALTERNATING;
        long sideBlocks = dose.sides() == Sides.EACH ? 2 : 1;
        long directionBlocks = directions.isNone() || directionsInTurn ? 1 : directions.names().size();
        long blocks = sideBlocks * directionBlocks;
        long perRepetition = (dose.sides() == Sides.ALTERNATING ? 2 : 1)
                * (directionsInTurn ? directions.names().size() : 1);
        long work = Math.multiplyExact(dose.repetitions(), perRepetition);
        boolean paced = dose.kind() == Dose.Kind.REPETITIONS;
        long workSeconds = switch (dose.kind()) {
            case HOLD -> dose.holdSeconds();
            case REPETITIONS -> pacing.secondsPerRepetition();
            case TIMED -> dose.durationSeconds();
        };
        long rests = !paced && pacing.restSeconds() > 0 ? work - 1 : 0;
        long switches = pacing.switchSeconds() > 0 ? blocks - 1 : 0;
        long positions = getReady > 0 ? blocks : 0;
        phases = Math.addExact(phases, Math.multiplyExact(blocks, work + rests) + switches + positions);
        long blockSeconds = Math.addExact(Math.multiplyExact(work, workSeconds),
                Math.multiplyExact(rests, pacing.restSeconds()));
        seconds = Math.addExact(seconds, Math.addExact(Math.multiplyExact(blocks, blockSeconds),
                switches * pacing.switchSeconds() + positions * getReady));
        return new PlanSize(phases, seconds);
    }

    /** This session followed by {@code next}. */
    public PlanSize plus(PlanSize next) {
        return new PlanSize(Math.addExact(phases, next.phases), Math.addExact(seconds, next.seconds));
    }

    /** Whether a session of this size may be played: at most {@link #MAX_SESSION_SECONDS} and {@link #MAX_PHASES}. */
    public boolean fits() {
        return seconds <= MAX_SESSION_SECONDS && phases <= MAX_PHASES;
    }

    /** Whether a whole catalogue, or any plan, of this size may be made: at most {@link #MAX_CATALOGUE_PHASES}. */
    public boolean fitsCatalogue() {
        return phases <= MAX_CATALOGUE_PHASES;
    }

    /** What is too much about it, in words ("takes 83 days", "has 6,000 phases"), for a message. */
    public String excess() {
        String words = duration(seconds);
        return seconds > MAX_SESSION_SECONDS ? "takes " + (words.equals(duration(MAX_SESSION_SECONDS)) ? "more than "
                : "") + words : String.format(Locale.ROOT, "has %,d phases (holds, repetitions, rests, switches)", phases);
    }

    /** The limit {@link #excess()} goes past, in words. */
    public String limit() {
        return seconds > MAX_SESSION_SECONDS ? "a session may take at most " + duration(MAX_SESSION_SECONDS)
                : String.format(Locale.ROOT, "a session may have at most %,d phases", MAX_PHASES);
    }

    /** A length of time in words: "4 hours", "4 hours 12 minutes", "83 days", "50 seconds". */
    public static String duration(long seconds) {
        if (seconds >= 2 * 86_400) {
            return String.format(Locale.ROOT, "%,d days", seconds / 86_400);
        }
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        if (hours > 0) {
            return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
        }
        return minutes > 0 ? plural(minutes, "minute") : plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return String.format(Locale.ROOT, "%,d %s%s", count, unit, count == 1 ? "" : "s");
    }
}
