package org.exerciseplayer.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.JsonValue.JsonNumber;
import org.exerciseplayer.catalogue.json.JsonValue.JsonObject;
import org.exerciseplayer.catalogue.json.JsonValue.JsonString;
import org.exerciseplayer.catalogue.json.JsonValue.Member;
import org.exerciseplayer.figure.BodyPoint;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.Joint;
import org.exerciseplayer.figure.Pose;
import org.exerciseplayer.figure.Position;
import org.exerciseplayer.figure.View;

/**
 * Reads an exercise's {@code "figure"} ({@code docs/catalogue-format.md}, "Drawing the movement"), reporting
 * every problem with its place: unknown joints, angles and pose names with the nearest known one, angles out of
 * range, poses never used, and keyframes the exercise's dose does not call for or lacks. Its surface, props,
 * hands and arrow are read by {@link PropsReader}.
 */
final class FigureReader {

    static final String[] FIELDS = {"movement", "otherDirection", "preparation", "highlight", "view", "anchor",
        "surface", "props", "contacts", "arrow", "poses"};

    private static final List<String> JOINTS = Arrays.stream(Joint.values()).map(Joint::word).toList();
    private static final List<String> POSITIONS = Arrays.stream(Position.values()).map(Position::word).toList();
    static final List<String> POINTS = Arrays.stream(BodyPoint.values()).map(BodyPoint::word).toList();

    private final Problems problems;
    private boolean misnamed;

    private FigureReader(Problems problems) {
        this.problems = problems;
    }

    /** The figure, or null with the reasons in {@code problems}; {@code dose} may be null if it was unreadable. */
    static Figure read(JsonValue value, Dose dose, Problems problems) {
        return new FigureReader(problems).figure(value, dose);
    }

    private Figure figure(JsonValue value, Dose dose) {
        ObjectFields fields = ObjectFields.of(value, problems, FIELDS);
        if (fields == null) {
            return null;
        }
        Map<String, Pose> poses = poses(fields.required("poses"));
        Set<String> used = new LinkedHashSet<>();
        List<String> movement = keyframes(fields, "movement", true, poses, used);
        List<String> otherDirection = keyframes(fields, "otherDirection", false, poses, used);
        List<String> preparation = keyframes(fields, "preparation", false, poses, used);
        if (dose != null) {
            checkAgainstDose(fields, value, dose);
        }
        List<Joint> highlight = fields.list("highlight", false, 0, Joint.values().length, "joint",
                item -> word(item, JOINTS, "joint").flatMap(Joint::fromWord).orElse(null));
        View view = fields.optional("view").map(this::view).orElse(View.DEFAULT);
        BodyPoint anchor = fields.optional("anchor")
                .map(item -> word(item, POINTS, "point").flatMap(BodyPoint::fromWord).orElse(null))
                .orElse(BodyPoint.PELVIS);
        PropsReader extras = PropsReader.read(fields, poses == null ? null : poses.keySet(), problems);
        // After a mistyped keyframe name, the pose it meant would only be reported again as unused.
        if (poses != null && !misnamed) {
            JsonObject posesObject = (JsonObject) fields.required("poses");
            for (Member member : posesObject.members().values()) {
                if (!used.contains(member.name()) && poses.containsKey(member.name())) {
                    problems.add(member.nameLocation(), member.value().path(), "the pose " + Echo.quote(member.name())
                            + " is not used; list it in \"movement\", \"otherDirection\" or \"preparation\","
                            + " or remove it");
                }
            }
        }
        if (!problems.isEmpty() || poses == null || movement.isEmpty()) {
            return null;
        }
        return new Figure(view, anchor, highlight, poses, movement, otherDirection, preparation, extras.surface(),
                extras.props(), extras.contacts(), extras.arrow());
    }

    private void checkAgainstDose(ObjectFields fields, JsonValue value, Dose dose) {
        if (dose.preparation().isPresent() && !fields.has("preparation")) {
            problems.add(value, "needs \"preparation\": the dose has a preparation (\""
                    + dose.preparation().get().name() + "\"), drawn with keyframes of its own");
        }
        fields.optional("preparation").filter(v -> dose.preparation().isEmpty()).ifPresent(v -> problems.add(v,
                "only applies when the dose has a \"preparation\"; remove it or add one to the dose"));
        fields.optional("otherDirection").filter(v -> dose.directions().isNone()).ifPresent(v -> problems.add(v,
                "only applies when the dose has \"directions\"; remove it or add them to the dose"));
    }

    private Map<String, Pose> poses(JsonValue value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            problems.add(value, "must be an object { … } of named poses, got " + value.shortText());
            return null;
        }
        if (object.members().isEmpty()) {
            problems.add(value, "must have at least 1 pose");
            return null;
        }
        if (object.members().size() > Figure.MAX_POSES) {
            problems.add(value, "has " + object.members().size() + " poses; at most " + Figure.MAX_POSES
                    + " allowed");
            return null;
        }
        // A pose with problems is still known by name (with no pose), so a keyframe naming it is not reported too.
        Map<String, Pose> poses = new LinkedHashMap<>();
        for (Member member : object.members().values()) {
            if (!ObjectFields.ID.matcher(member.name()).matches()) {
                problems.add(member.nameLocation(), member.value().path(), "the pose name " + Echo.quote(member.name())
                        + " must be lower-case letters, digits and single hyphens, like \"knees-bent\"");
            }
            poses.put(member.name(), pose(member.value()));
        }
        return poses;
    }

    private Pose pose(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "position", "joints");
        if (fields == null) {
            return null;
        }
        JsonValue positionValue = fields.required("position");
        Position position = positionValue == null ? null
                : word(positionValue, POSITIONS, "position").flatMap(Position::fromWord).orElse(null);
        Map<Joint, List<Double>> joints = fields.optional("joints").map(this::joints).orElse(Map.of());
        return position == null || joints == null ? null : new Pose(position, joints);
    }

    private Map<Joint, List<Double>> joints(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            problems.add(value, "must be an object { … } of joints and their angles, got " + value.shortText());
            return null;
        }
        Map<Joint, List<Double>> joints = new EnumMap<>(Joint.class);
        boolean allRead = true;
        for (Member member : object.members().values()) {
            Optional<Joint> joint = Joint.fromWord(member.name());
            if (joint.isEmpty()) {
                problems.add(member.nameLocation(), member.value().path(), "unknown joint " + Echo.quote(member.name())
                        + ObjectFields.didYouMean(member.name(), JOINTS) + "; expected one of: "
                        + String.join(", ", JOINTS));
                allRead = false;
                continue;
            }
            List<Double> angles = angles(joint.get(), member.value());
            if (angles == null) {
                allRead = false;
            } else {
                joints.put(joint.get(), angles);
            }
        }
        return allRead ? joints : null;
    }

    /** A bare number for the joint's main angle, or an object naming any of its angles. */
    private List<Double> angles(Joint joint, JsonValue value) {
        List<Double> angles = new ArrayList<>(java.util.Collections.nCopies(joint.angles().size(), 0.0));
        if (value instanceof JsonNumber) {
            Integer degrees = degrees(joint.angles().get(0), value);
            if (degrees == null) {
                return null;
            }
            angles.set(0, degrees.doubleValue());
            return angles;
        }
        if (!(value instanceof JsonObject)) {
            problems.add(value, "must be a whole number of degrees (the " + joint.angles().get(0).name()
                    + ") or an object of angles such as { \"" + joint.angles().get(0).name() + "\": 90 }, got "
                    + value.shortText());
            return null;
        }
        String[] names = joint.angles().stream().map(Joint.Angle::name).toArray(String[]::new);
        ObjectFields fields = ObjectFields.of(value, problems, names);
        boolean allRead = fields != null;
        for (int i = 0; i < names.length && fields != null; i++) {
            Optional<JsonValue> angle = fields.optional(names[i]);
            if (angle.isPresent()) {
                Integer degrees = degrees(joint.angles().get(i), angle.get());
                if (degrees == null) {
                    allRead = false;
                } else {
                    angles.set(i, degrees.doubleValue());
                }
            }
        }
        return allRead ? angles : null;
    }

    private Integer degrees(Joint.Angle angle, JsonValue value) {
        return ObjectFields.integer(value, angle.min(), angle.max(), "degrees", problems);
    }

    private List<String> keyframes(ObjectFields fields, String name, boolean required, Map<String, Pose> poses,
                                   Set<String> used) {
        return fields.list(name, required, 1, Figure.MAX_KEYFRAMES, "pose name", item -> {
            String poseName = ObjectFields.text(item, 64, problems);
            if (poseName == null || poses == null) {
                return null;
            }
            if (!poses.containsKey(poseName)) {
                List<String> known = List.copyOf(poses.keySet());
                misnamed = true;
                problems.add(item, "no pose is named " + item.shortText()
                        + ObjectFields.didYouMean(poseName, known) + "; the poses are: " + String.join(", ", known));
                return null;
            }
            used.add(poseName);
            return poseName;
        });
    }

    private View view(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "turn", "tilt");
        if (fields == null) {
            return null;
        }
        Optional<Integer> turn = fields.optionalInteger("turn", View.MIN_TURN, View.MAX_TURN, "degrees");
        Optional<Integer> tilt = fields.optionalInteger("tilt", View.MIN_TILT, View.MAX_TILT, "degrees");
        return new View(turn.orElse(View.DEFAULT.turn()), tilt.orElse(View.DEFAULT.tilt()));
    }

    /** One of a fixed set of words, or empty after reporting the nearest. */
    private Optional<String> word(JsonValue value, List<String> words, String noun) {
        return word(value, words, noun, problems);
    }

    /** One of a fixed set of words, or empty after reporting the nearest. */
    static Optional<String> word(JsonValue value, List<String> words, String noun, Problems problems) {
        if (value instanceof JsonString string && words.contains(string.value())) {
            return Optional.of(string.value());
        }
        String given = value instanceof JsonString string ? string.value() : "";
        problems.add(value, (value instanceof JsonString ? "unknown " + noun + " " + value.shortText()
                + ObjectFields.didYouMean(given, words) : "must be the name of a " + noun + " in double quotes, got "
                + value.shortText()) + "; expected one of: " + String.join(", ", words));
        return Optional.empty();
    }
}
