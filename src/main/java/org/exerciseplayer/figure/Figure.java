package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How an exercise's movement is drawn: its named keyframe poses, written for the right side, and which of them
 * make up the movement. The player walks the {@code movement} once per repetition (out and back), moves through
 * it into a hold and stays, and shows its first pose while getting ready; the left side is the mirror image.
 *
 * @param view           where the figure is seen from
 * @param anchor         the point that stays put on the floor while the body moves (the pelvis unless it moves)
 * @param highlight      the joints to mark, on the right side; mirrored with the figure
 * @param poses          the keyframes by name, in the catalogue's order
 * @param movement       the keyframes of one repetition, the first being the starting position
 * @param otherDirection the keyframes for the second direction (and every second one after), or empty to play
 *                       the movement the other way round
 * @param preparation    the keyframes of one preparation movement (a cat/camel stretch), or empty
 * @param surface        what the body lies, kneels or stands on
 * @param props          the things the steps name beside the body (a pillow between the knees, a stool)
 * @param contacts       where the hands hold or press on the body
 * @param arrow          the point whose path the movement's arrow follows, or empty to let the picture choose
 *                       the one that travels furthest ({@link BodyPoint#PELVIS}: a rocking arrow for a tilt)
 */
public record Figure(View view, BodyPoint anchor, List<Joint> highlight, Map<String, Pose> poses,
                     List<String> movement, List<String> otherDirection, List<String> preparation,
                     Surface surface, List<Prop> props, List<Contact> contacts, Optional<BodyPoint> arrow) {

    public static final int MAX_POSES = 20;
    public static final int MAX_KEYFRAMES = 12;
    public static final int MAX_PROPS = 10;
    public static final int MAX_CONTACTS = 2;

    /** What the body rests on: an exercise mat (drawn as a slab with an edge) or the bare floor. */
    public enum Surface {
        MAT, FLOOR;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Figure {
        highlight = List.copyOf(highlight);
        poses = Collections.unmodifiableMap(new LinkedHashMap<>(poses));
        movement = List.copyOf(movement);
        otherDirection = List.copyOf(otherDirection);
        preparation = List.copyOf(preparation);
        props = List.copyOf(props);
        contacts = List.copyOf(contacts);
        java.util.Objects.requireNonNull(surface, "surface");
        java.util.Objects.requireNonNull(arrow, "arrow");
        for (List<String> names : List.of(movement, otherDirection, preparation)) {
            for (String name : names) {
                if (!poses.containsKey(name)) {
                    throw new IllegalArgumentException("No pose named " + name);
                }
            }
        }
        if (movement.isEmpty()) {
            throw new IllegalArgumentException("A figure needs a movement");
        }
        if (contacts.stream().map(Contact::hand).distinct().count() < contacts.size()) {
            throw new IllegalArgumentException("Each hand can be in one place only: " + contacts);
        }
    }

    /** A figure on a mat with no props, no hands placed and the arrow where the picture chooses. */
    public Figure(View view, BodyPoint anchor, List<Joint> highlight, Map<String, Pose> poses, List<String> movement,
                  List<String> otherDirection, List<String> preparation) {
        this(view, anchor, highlight, poses, movement, otherDirection, preparation, Surface.MAT, List.of(),
                List.of(), Optional.empty());
    }

    /**
     * The keyframes for the direction with this index in the dose's directions (0 when there are none): the
     * movement for even ones, and for odd ones {@code otherDirection}, or else the movement the other way round
     * (the same start, then its keyframes backwards, so circles go the other way).
     */
    public List<Pose> movement(int directionIndex) {
        return poses(movementNames(directionIndex));
    }

    /** The names of the keyframes {@link #movement(int)} gives. */
    public List<String> movementNames(int directionIndex) {
        if (directionIndex % 2 == 0) {
            return movement;
        }
        if (!otherDirection.isEmpty()) {
            return otherDirection;
        }
        List<String> reversed = new ArrayList<>(movement.subList(1, movement.size()));
        Collections.reverse(reversed);
        reversed.add(0, movement.get(0));
        return List.copyOf(reversed);
    }

    public List<Pose> preparationMovement() {
        return poses(preparation);
    }

    /** The first pose of the movement: how the person starts. */
    public Pose start() {
        return poses.get(movement.get(0));
    }

    /** The names of the keyframes a moment walks: its direction's movement, or the preparation's while preparing. */
    public List<String> keyframeNames(Moment moment) {
        return moment.stage() == Moment.Stage.PREPARING && !preparation.isEmpty() ? preparation
                : movementNames(moment.direction());
    }

    /** The keyframes a moment walks. */
    public List<Pose> keyframes(Moment moment) {
        return poses(keyframeNames(moment));
    }

    /** The pose at a moment (on the right side; {@link Drawing} mirrors it for the left). */
    public Pose pose(Moment moment) {
        List<Pose> path = keyframes(moment);
        return switch (moment.stage()) {
            case READY, RESTING -> path.get(0);
            case MOVING_IN -> Keyframes.along(path, moment.share());
            case HOLDING -> path.get(path.size() - 1);
            case COMING_BACK -> Keyframes.along(reversed(path), moment.share());
            case REPEATING, PREPARING -> Keyframes.around(path, moment.share() % 1);
        };
    }

    /**
     * How far each contact's hand is on its place at a moment, in the order of {@link #contacts()}: 1 in a keyframe
     * the contact applies in, 0 in one it does not, and between the two as the body moves from one to the other.
     */
    public double[] reach(Moment moment) {
        List<String> names = keyframeNames(moment);
        double[] reach = new double[contacts.size()];
        for (int c = 0; c < contacts.size(); c++) {
            double[] at = new double[names.size()];
            for (int i = 0; i < names.size(); i++) {
                at[i] = contacts.get(c).appliesIn(names.get(i)) ? 1 : 0;
            }
            reach[c] = switch (moment.stage()) {
                case READY, RESTING -> at[0];
                case MOVING_IN -> Keyframes.along(at, moment.share());
                case HOLDING -> at[at.length - 1];
                case COMING_BACK -> Keyframes.along(reversed(at), moment.share());
                case REPEATING, PREPARING -> Keyframes.around(at, moment.share() % 1);
            };
        }
        return reach;
    }

    private static List<Pose> reversed(List<Pose> poses) {
        List<Pose> reversed = new ArrayList<>(poses);
        Collections.reverse(reversed);
        return reversed;
    }

    private static double[] reversed(double[] values) {
        double[] reversed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            reversed[i] = values[values.length - 1 - i];
        }
        return reversed;
    }

    private List<Pose> poses(List<String> names) {
        return names.stream().map(poses::get).toList();
    }
}
