package org.exerciseplayer.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 */
public record Figure(View view, BodyPoint anchor, List<Joint> highlight, Map<String, Pose> poses,
                     List<String> movement, List<String> otherDirection, List<String> preparation) {

    public static final int MAX_POSES = 20;
    public static final int MAX_KEYFRAMES = 12;

    public Figure {
        highlight = List.copyOf(highlight);
        poses = Collections.unmodifiableMap(new LinkedHashMap<>(poses));
        movement = List.copyOf(movement);
        otherDirection = List.copyOf(otherDirection);
        preparation = List.copyOf(preparation);
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
    }

    /**
     * The keyframes for the direction with this index in the dose's directions (0 when there are none): the
     * movement for even ones, and for odd ones {@code otherDirection}, or else the movement the other way round
     * (the same start, then its keyframes backwards, so circles go the other way).
     */
    public List<Pose> movement(int directionIndex) {
        if (directionIndex % 2 == 0) {
            return poses(movement);
        }
        if (!otherDirection.isEmpty()) {
            return poses(otherDirection);
        }
        List<String> reversed = new ArrayList<>(movement.subList(1, movement.size()));
        Collections.reverse(reversed);
        reversed.add(0, movement.get(0));
        return poses(reversed);
    }

    public List<Pose> preparationMovement() {
        return poses(preparation);
    }

    /** The first pose of the movement: how the person starts. */
    public Pose start() {
        return poses.get(movement.get(0));
    }

    private List<Pose> poses(List<String> names) {
        return names.stream().map(poses::get).toList();
    }
}
