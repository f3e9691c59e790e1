package org.exerciseplayer.session;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.Preparation;
import org.exerciseplayer.catalogue.SafetyTexts;
import org.exerciseplayer.catalogue.Section;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Source;

/** Catalogues, exercises and doses built in code, one for each dose shape of the hip leaflet. */
public final class Fixtures {

    /** getReady 5, rest 5, 3 s per repetition, switch 5. */
    public static final Pacing PACING = new Pacing(5, 5, 3, 5);

    private Fixtures() {
    }

    public static Dose hold(int seconds, int repetitions, Sides sides) {
        return new Dose(seconds, repetitions, 0, sides, sides == Sides.NONE ? null : Side.LEFT, Directions.NONE,
                OptionalInt.of(2), Optional.empty());
    }

    public static Dose reps(int repetitions, Sides sides) {
        return new Dose(0, repetitions, 0, sides, sides == Sides.NONE ? null : Side.LEFT, Directions.NONE,
                OptionalInt.of(2), Optional.empty());
    }

    public static Dose timed(int seconds, Sides sides, Directions directions) {
        return new Dose(0, 1, seconds, sides, sides == Sides.NONE ? null : Side.LEFT, directions,
                OptionalInt.of(2), Optional.empty());
    }

    public static Dose withDirections(Dose dose, Directions directions) {
        return new Dose(dose.holdSeconds(), dose.repetitions(), dose.durationSeconds(), dose.sides(),
                dose.firstSide(), directions, dose.timesPerDay(), dose.preparation());
    }

    public static Dose withPreparation(Dose dose, String name, int repetitions) {
        return new Dose(dose.holdSeconds(), dose.repetitions(), dose.durationSeconds(), dose.sides(),
                dose.firstSide(), dose.directions(), dose.timesPerDay(),
                Optional.of(new Preparation(name, repetitions)));
    }

    public static Exercise exercise(String id, Dose dose) {
        return exercise(id, dose, PACING);
    }

    public static Exercise exercise(String id, Dose dose, Pacing pacing) {
        return new Exercise(id, name(id), List.of("Step one."), List.of(), List.of(), dose, pacing, List.of());
    }

    public static Plan plan(Exercise... exercises) {
        return Planner.plan(Routine.of(List.of(exercises)));
    }

    /** Lower back rotations: hold 10 s, 10 times, alternating sides. */
    public static Exercise lowerBackRotations() {
        return exercise("lower-back-rotations", hold(10, 10, Sides.ALTERNATING));
    }

    /** Hip flexor stretch: hold 20 s, three times on each side. */
    public static Exercise hipFlexorStretch() {
        return exercise("hip-flexor-stretch", hold(20, 3, Sides.EACH));
    }

    /** Inner thigh stretch: hold 20 s, three times, no side. */
    public static Exercise innerThighStretch() {
        return exercise("inner-thigh-stretch", hold(20, 3, Sides.NONE));
    }

    /** Single leg rotations: circles for 30 s in each direction, each leg. */
    public static Exercise singleLegRotations() {
        return exercise("single-leg-rotations", timed(30, Sides.EACH,
                new Directions(List.of("clockwise", "anticlockwise"), Directions.Order.EACH)));
    }

    /** Pelvic tilts: 10 in each direction, taking turns, no side. */
    public static Exercise pelvicTilts() {
        return exercise("pelvic-tilts", withDirections(reps(10, Sides.NONE),
                new Directions(List.of("backwards", "forwards"), Directions.Order.ALTERNATING)));
    }

    /** Single leg stretch: 10 repetitions on each side, alternating legs. */
    public static Exercise singleLegStretch() {
        return exercise("single-leg-stretch", reps(10, Sides.ALTERNATING));
    }

    /** Clam: 20 repetitions on each side. */
    public static Exercise clam() {
        return exercise("clam", reps(20, Sides.EACH));
    }

    /** Donkey kicks: four cat/camel stretches, then 20 repetitions on each leg. */
    public static Exercise donkeyKicks() {
        return exercise("donkey-kicks", withPreparation(reps(20, Sides.EACH), "cat/camel stretch", 4));
    }

    /** Every dose shape of the leaflet, in one catalogue. */
    public static Catalogue hipLikeCatalogue() {
        Section range = new Section("range", "Range of movement exercises", List.of(),
                List.of(lowerBackRotations(), singleLegRotations()), List.of());
        Section stretches = new Section("stretches", "Stretches", List.of(),
                List.of(hipFlexorStretch(), innerThighStretch()), List.of());
        Section strength = new Section("strength", "Strengthening", List.of(),
                List.of(pelvicTilts(), singleLegStretch(), clam(), donkeyKicks()), List.of());
        return new Catalogue(Catalogue.FORMAT_VERSION, "hip-test", "1", "Hip exercises", "en",
                new Source("Test leaflet", "Nobody", Optional.empty(), Optional.empty()), List.of(),
                new SafetyTexts("Stop if pain increases.",
                        new SafetyTexts.Review("Review after two weeks.", 14),
                        new SafetyTexts.Maintenance("Once or twice a day.", 1, 2)),
                PACING, List.of(range, stretches, strength));
    }

    /** A phase in a few characters, for readable assertions: "HOLD L 1/3 20s", "POSITION 5s". */
    public static String describe(Phase phase) {
        StringBuilder text = new StringBuilder(phase.kind().name());
        if (phase.side() != null) {
            text.append(' ').append(phase.side().name().charAt(0));
        }
        if (phase.direction() != null) {
            text.append(' ').append(phase.direction());
        }
        if (phase.of() > 0) {
            text.append(' ').append(phase.repetition()).append('/').append(phase.of());
        }
        text.append(' ').append(phase.seconds()).append('s');
        if (phase.label() != null) {
            text.append(' ').append(phase.label());
        }
        return text.toString();
    }

    public static List<String> describe(Plan plan) {
        return plan.phases().stream().map(Fixtures::describe).collect(Collectors.toList());
    }

    private static String name(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
