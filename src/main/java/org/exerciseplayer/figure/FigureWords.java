package org.exerciseplayer.figure;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What the figure's body is doing at a moment, in words: "lying on your left side, knees bent, top knee opening".
 * It is the picture's accessible text, and the words a voice can speak. The sentence is the position, the shape of
 * the legs, what is under or between them and where the hands are, then what moves now (the joint that changes
 * most between the two keyframes the moment is between), or what is held. Words are in
 * {@code org/exerciseplayer/figure/words.properties}; no JavaFX.
 */
public final class FigureWords {

    static final String BUNDLE = "org.exerciseplayer.figure.words";

    private final Figure figure;
    private final ResourceBundle texts;
    private final Locale locale;
    private final Map<Integer, String> said = new HashMap<>();

    private FigureWords(Figure figure, Locale locale) {
        this.figure = figure;
        this.locale = locale;
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The words for one figure, in the default locale; each sentence is worked out once. */
    public static FigureWords of(Figure figure) {
        return of(figure, Locale.getDefault());
    }

    public static FigureWords of(Figure figure, Locale locale) {
        return new FigureWords(figure, locale);
    }

    /** What the body of {@code figure} is doing at {@code moment}, in the default locale. */
    public static String sentence(Figure figure, Moment moment) {
        return of(figure).sentence(moment);
    }

    /** What the body is doing at {@code moment}, starting with a capital letter. */
    public String sentence(Moment moment) {
        List<Pose> keyframes = figure.keyframes(moment);
        int[] step = step(moment, keyframes.size());
        // Asked for on every frame: a number, not a string, tells one sentence from another (at most 12 keyframes).
        int key = (((moment.stage().ordinal() * 2 + moment.direction() % 2) * 2 + (moment.otherSide() ? 1 : 0))
                * Figure.MAX_KEYFRAMES + step[0]) * Figure.MAX_KEYFRAMES + step[1];
        return said.computeIfAbsent(key, k -> say(moment, keyframes, step));
    }

    /** The two keyframes a moment is between (the same one twice when it is still). */
    private static int[] step(Moment moment, int count) {
        int last = count - 1;
        return switch (moment.stage()) {
            case READY, RESTING, COMING_BACK -> new int[] {0, 0};
            case HOLDING -> new int[] {0, last};
            case MOVING_IN -> {
                int from = Math.min((int) Math.floor(moment.share() * last), Math.max(0, last - 1));
                yield new int[] {from, Math.min(from + 1, last)};
            }
            case REPEATING, PREPARING -> {
                int from = Math.min((int) Math.floor(moment.share() % 1 * count), last);
                yield new int[] {from, (from + 1) % count};
            }
        };
    }

    private String say(Moment moment, List<Pose> keyframes, int[] step) {
        boolean otherSide = moment.otherSide();
        Pose first = keyframes.get(0);
        // What stays as it is while this step moves: the pose it starts from, or the one held.
        int reference = moment.stage() == Moment.Stage.HOLDING ? keyframes.size() - 1 : step[0];
        List<String> parts = new ArrayList<>();
        parts.add(position(first, otherSide));
        if (moment.stage() != Moment.Stage.PREPARING) {
            // Once moving, the legs' shape is said only when it is the same for both (a leg in tabletop may be
            // the one that moves).
            boolean still = moment.stage() == Moment.Stage.READY || moment.stage() == Moment.Stage.RESTING
                    || moment.stage() == Moment.Stage.COMING_BACK;
            shape(keyframes.get(reference), otherSide, still).ifPresent(parts::add);
            for (Prop prop : figure.props()) {
                parts.add(prop(prop, otherSide));
            }
            String reached = figure.keyframeNames(moment).get(moment.stage() == Moment.Stage.HOLDING ? reference
                    : step[1]);
            parts.addAll(contacts(reached, otherSide));
        }
        switch (moment.stage()) {
            case READY -> parts.add(text("stage.ready"));
            case RESTING -> parts.add(text("stage.resting"));
            case COMING_BACK -> parts.add(text("stage.coming-back"));
            case HOLDING -> {
                parts.addAll(change(first, keyframes.get(keyframes.size() - 1), otherSide, "held"));
                parts.add(text("stage.holding"));
            }
            case MOVING_IN, REPEATING, PREPARING -> {
                if (circles(moment, keyframes)) {
                    parts.add(text(moment.direction() % 2 == 0 ? "move.circle" : "move.circle.other",
                            sideWord(PoseReading.mostMoved(keyframes).side().orElse(Joint.Side.RIGHT), otherSide)));
                } else {
                    parts.addAll(change(keyframes.get(step[0]), keyframes.get(step[1]), otherSide, "move"));
                }
            }
        }
        String sentence = String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
    }

    private boolean circles(Moment moment, List<Pose> keyframes) {
        return moment.stage() == Moment.Stage.REPEATING && keyframes.size() >= 3
                && MotionArrows.of(figure, false, moment.direction() % 2, true, false).stream()
                .anyMatch(arrow -> arrow.kind() == FigureFrame.Arrow.Kind.CIRCULAR);
    }

    private String position(Pose pose, boolean otherSide) {
        Position position = pose.position();
        if (position == Position.LYING_ON_SIDE) {
            return text("position.lying-on-side", sideWord(Joint.Side.LEFT, otherSide));
        }
        if (position == Position.KNEELING) {
            double right = pose.angle(Joint.RIGHT_HIP, 0);
            double left = pose.angle(Joint.LEFT_HIP, 0);
            if (Math.max(right, left) >= 60 && Math.min(right, left) < 30) {
                Joint.Side forward = right > left ? Joint.Side.RIGHT : Joint.Side.LEFT;
                Joint.Side kneeling = forward == Joint.Side.RIGHT ? Joint.Side.LEFT : Joint.Side.RIGHT;
                return text("position.kneeling.half", sideWord(kneeling, otherSide), sideWord(forward, otherSide));
            }
        }
        return text("position." + position.word());
    }

    private java.util.Optional<String> shape(Pose pose, boolean otherSide, boolean tabletop) {
        if (pose.position() != Position.LYING_ON_BACK && pose.position() != Position.LYING_ON_SIDE) {
            return java.util.Optional.empty();
        }
        String right = PoseReading.legShape(pose, Joint.RIGHT_HIP, Joint.RIGHT_KNEE);
        String left = PoseReading.legShape(pose, Joint.LEFT_HIP, Joint.LEFT_KNEE);
        if (!tabletop && (right.equals("tabletop") || left.equals("tabletop"))) {
            return java.util.Optional.empty();
        }
        if (right.equals("tabletop") && left.equals("tabletop")) {
            return java.util.Optional.of(text("shape.tabletop.both"));
        }
        if (right.equals("tabletop") || left.equals("tabletop")) {
            String other = right.equals("tabletop") ? left : right;
            Joint.Side side = right.equals("tabletop") ? Joint.Side.RIGHT : Joint.Side.LEFT;
            return other.equals("bent") ? java.util.Optional.of(text("shape.tabletop", sideWord(side, otherSide)))
                    : java.util.Optional.empty();
        }
        if (right.equals(left) && !right.isEmpty()) {
            return java.util.Optional.of(text(right.equals("bent") ? "shape.knees-bent" : "shape.legs-straight"));
        }
        return java.util.Optional.empty();
    }

    private String prop(Prop prop, boolean otherSide) {
        String key = "prop." + prop.kind().word() + "." + prop.placing().word();
        String where = points(prop.points(), otherSide);
        return prop.imaginary() && has(key + ".imaginary") ? text(key + ".imaginary", where) : text(key, where);
    }

    /** Where the hands are in the keyframe named {@code pose}. */
    private List<String> contacts(String pose, boolean otherSide) {
        List<String> said = new ArrayList<>();
        List<Contact> left = new ArrayList<>(figure.contacts().stream().filter(c -> c.appliesIn(pose)).toList());
        while (!left.isEmpty()) {
            Contact contact = left.remove(0);
            Contact pair = left.stream().filter(c -> c.on().equals(contact.on()) && c.action() == contact.action())
                    .findFirst().orElse(null);
            String hands;
            if (pair != null) {
                left.remove(pair);
                hands = text("contact.hands.both");
            } else {
                hands = text("contact.hands.one", sideWord(sideOf(contact.hand()), otherSide));
            }
            Contact.Place place = contact.on();
            String where = place.point() != null ? points(List.of(place.point()), otherSide)
                    : nearKnee(place) ? noun(place.part().to() == BodyPoint.RIGHT_ANKLE ? "right-knee" : "left-knee",
                    place.part().side(), otherSide)
                    : noun(place.part().word(), place.part().side(), otherSide);
            said.add(text("contact." + contact.action().word(), hands, where));
        }
        return said;
    }

    /** A hand on the top of the shin, just below the knee, is round the knee. */
    private static boolean nearKnee(Contact.Place place) {
        return (place.part() == Segment.RIGHT_SHIN || place.part() == Segment.LEFT_SHIN) && place.percent() <= 30;
    }

    /** A point, or a pair of opposite points, named: "right knee", "knees", "feet". */
    private String points(List<BodyPoint> points, boolean otherSide) {
        BodyPoint first = points.get(0);
        if (points.size() == 2 && points.get(1) == first.opposite() && first != first.opposite()) {
            String both = "point." + kind(first.word()) + ".both";
            if (has(both)) {
                return text(both);
            }
        }
        List<String> named = new ArrayList<>();
        for (BodyPoint point : points) {
            named.add(noun(point.word(), sideOf(point), otherSide));
        }
        return String.join(" & ", named);
    }

    private String noun(String word, Joint.Side side, boolean otherSide) {
        String key = "point." + kind(word);
        if (!has(key)) {
            return word;
        }
        return text(key, side == null ? "" : sideWord(side, otherSide));
    }

    /** "right-knee" to "knee", "left-upper-arm" to "upper-arm". */
    private static String kind(String word) {
        return word.replaceFirst("^(right|left)-", "");
    }

    private static Joint.Side sideOf(BodyPoint point) {
        String name = point.name();
        return name.startsWith("RIGHT_") ? Joint.Side.RIGHT : name.startsWith("LEFT_") ? Joint.Side.LEFT : null;
    }

    /**
     * What changes most from {@code from} to {@code to}, and the head turning if it turns as well, as
     * {@code kind} ("move" while it moves, "held" once it is there).
     */
    private List<String> change(Pose from, Pose to, boolean otherSide, String kind) {
        List<String> said = new ArrayList<>();
        PoseReading.Change main = PoseReading.Change.largest(from, to, null);
        if (main == null) {
            said.add(kind.equals("move") ? text("stage.moving") : "");
            return said;
        }
        said.add(words(main, from, to, otherSide, kind));
        if (main.joint() != Joint.NECK) {
            PoseReading.Change neck = PoseReading.Change.of(Joint.NECK, 1, from, to);
            if (Math.abs(neck.delta()) >= 20) {
                said.add(words(neck, from, to, otherSide, kind));
            }
        }
        return said;
    }

    private String words(PoseReading.Change change, Pose from, Pose to, boolean otherSide, String kind) {
        Joint joint = change.joint();
        String angle = joint.angles().get(change.angle()).name();
        boolean away = Math.abs(change.after()) > Math.abs(change.before());
        boolean turns = angle.equals("roll") || angle.equals("turn") || angle.equals("twist");
        String sense = turns ? (away ? "away" : "back") : change.delta() > 0 ? "more" : "less";
        String base = kind + "." + kind(joint.word()) + "." + angle + "." + sense;
        List<String> qualifiers = new ArrayList<>();
        qualifiers.add(to.position().word());
        if (joint == Joint.RIGHT_HIP || joint == Joint.LEFT_HIP) {
            Joint knee = joint == Joint.RIGHT_HIP ? Joint.RIGHT_KNEE : Joint.LEFT_KNEE;
            double bend = Math.max(from.angle(knee, 0), to.angle(knee, 0));
            qualifiers.add(bend >= 45 ? "bent" : bend < 20 ? "straight" : "");
            qualifiers.add(angle.equals("flexion") && change.delta() > 0 && to.angle(joint, 0) >= 95 ? "high" : "");
        }
        qualifiers.add(PoseReading.Change.onBothSides(change, from, to) ? "both" : "");
        String key = mostParticular(base, qualifiers.stream().filter(q -> !q.isEmpty()).toList());
        if (key == null) {
            return kind.equals("move") ? text("stage.moving") : "";
        }
        Joint.Side side = joint.side().orElse(Joint.Side.RIGHT);
        String limb = to.position() == Position.LYING_ON_SIDE ? text(side == Joint.Side.RIGHT ? "side.top"
                : "side.bottom") : sideWord(side, otherSide);
        Joint.Side towards = change.after() > 0 ? Joint.Side.RIGHT : Joint.Side.LEFT;
        return text(key, limb, sideWord(towards, otherSide));
    }

    /**
     * The key with the most of {@code qualifiers} (kept in order) that the bundle has, the earlier qualifiers
     * winning a tie (the position before the knee's shape), or null.
     */
    private String mostParticular(String base, List<String> qualifiers) {
        int count = qualifiers.size();
        String best = null;
        int bestSize = -1;
        int bestRank = -1;
        for (int mask = (1 << count) - 1; mask >= 0; mask--) {
            StringBuilder key = new StringBuilder(base);
            int rank = 0;
            for (int i = 0; i < count; i++) {
                if ((mask & (1 << i)) != 0) {
                    key.append('.').append(qualifiers.get(i));
                    rank += 1 << (count - 1 - i);
                }
            }
            int size = Integer.bitCount(mask);
            boolean better = size > bestSize || size == bestSize && rank > bestRank;
            if (better && has(key.toString())) {
                best = key.toString();
                bestSize = size;
                bestRank = rank;
            }
        }
        return best;
    }

    private String sideWord(Joint.Side side, boolean otherSide) {
        boolean right = (side == Joint.Side.RIGHT) != otherSide;
        return text(right ? "side.right" : "side.left");
    }

    private boolean has(String key) {
        return texts.containsKey(key);
    }

    private String text(String key, Object... arguments) {
        try {
            return new MessageFormat(texts.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No words for " + key + " in " + BUNDLE, e);
        }
    }

}
