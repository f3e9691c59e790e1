package org.exerciseplayer.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.JsonValue.JsonBoolean;
import org.exerciseplayer.figure.BodyPoint;
import org.exerciseplayer.figure.Contact;
import org.exerciseplayer.figure.Figure;
import org.exerciseplayer.figure.Prop;
import org.exerciseplayer.figure.Segment;

/**
 * Reads what a figure's steps name besides the body ({@code docs/catalogue-format.md}, "Props, hands and
 * arrows"): the surface it is on, its props (a pillow between two points, a stool under one or two), where its
 * hands hold or press (in which keyframes), and the point its arrow follows. Each problem is reported with its
 * place, unknown words with the nearest known one.
 *
 * @param surface  the mat unless the catalogue says the floor
 * @param props    the props, in the catalogue's order
 * @param contacts the hands placed, in the catalogue's order
 * @param arrow    the point named for the arrow, if any
 */
record PropsReader(Figure.Surface surface, List<Prop> props, List<Contact> contacts, Optional<BodyPoint> arrow) {

    private static final List<String> SURFACES = Arrays.stream(Figure.Surface.values()).map(Figure.Surface::word)
            .toList();
    private static final List<String> KINDS = Arrays.stream(Prop.Kind.values()).map(Prop.Kind::word).toList();
    private static final List<String> HANDS = List.of(BodyPoint.RIGHT_HAND.word(), BodyPoint.LEFT_HAND.word());
    private static final List<String> PARTS = Arrays.stream(Segment.values())
            .filter(s -> Contact.partFromWord(s.word()).isPresent()).map(Segment::word).toList();
    private static final List<String> PLACES = Stream.concat(FigureReader.POINTS.stream(), PARTS.stream()).distinct()
            .toList();
    private static final List<String> ACTIONS = Arrays.stream(Contact.Action.values()).map(Contact.Action::word)
            .toList();

    /** The figure's props, hands and arrow; {@code poses} are the figure's pose names, or null if unreadable. */
    static PropsReader read(ObjectFields fields, java.util.Set<String> poses, Problems problems) {
        Figure.Surface surface = fields.optional("surface")
                .flatMap(v -> FigureReader.word(v, SURFACES, "surface", problems))
                .map(word -> Figure.Surface.valueOf(word.toUpperCase(java.util.Locale.ROOT)))
                .orElse(Figure.Surface.MAT);
        List<Prop> props = fields.list("props", false, 0, Figure.MAX_PROPS, "prop", v -> prop(v, problems));
        List<Contact> contacts = new ArrayList<>();
        List<JsonValue> placedBy = new ArrayList<>();
        fields.list("contacts", false, 0, Figure.MAX_CONTACTS, "contact", v -> {
            Contact contact = contact(v, poses, problems);
            if (contact == null) {
                return null;
            }
            for (int i = 0; i < contacts.size(); i++) {
                if (contacts.get(i).hand() == contact.hand()) {
                    problems.add(v, "places the " + contact.hand().word() + " again, already placed at "
                            + placedBy.get(i).path() + "; a hand can be in one place only");
                    return null;
                }
            }
            contacts.add(contact);
            placedBy.add(v);
            return contact;
        });
        Optional<BodyPoint> arrow = fields.optional("arrow")
                .flatMap(v -> FigureReader.word(v, FigureReader.POINTS, "point", problems))
                .flatMap(BodyPoint::fromWord);
        return new PropsReader(surface, props, List.copyOf(contacts), arrow);
    }

    private static Prop prop(JsonValue value, Problems problems) {
        ObjectFields fields = ObjectFields.of(value, problems, "kind", "between", "under", "imaginary");
        if (fields == null) {
            return null;
        }
        JsonValue kindValue = fields.required("kind");
        Optional<Prop.Kind> kind = kindValue == null ? Optional.empty()
                : FigureReader.word(kindValue, KINDS, "prop", problems).flatMap(Prop.Kind::fromWord);
        boolean imaginary = fields.optional("imaginary").map(v -> flag(v, problems)).orElse(false);
        List<Prop.Placing> given = Arrays.stream(Prop.Placing.values()).filter(p -> fields.has(p.word())).toList();
        if (given.size() > 1) {
            problems.add(value, "has both \"between\" and \"under\"; a prop is placed one way");
            return null;
        }
        if (kind.isEmpty()) {
            return null;
        }
        Prop.Placing placing = Arrays.stream(Prop.Placing.values()).filter(kind.get()::allows).findFirst()
                .orElseThrow();
        if (given.isEmpty() || given.get(0) != placing) {
            JsonValue where = given.isEmpty() ? value : fields.required(given.get(0).word());
            problems.add(where, "a " + kind.get().word() + " is placed \"" + placing.word() + "\" "
                    + (placing == Prop.Placing.BETWEEN ? "two points, e.g. [\"right-knee\", \"left-knee\"]"
                    : "one or two points, e.g. [\"right-ankle\", \"left-ankle\"]"));
            return null;
        }
        List<BodyPoint> points = fields.list(placing.word(), true, placing.minPoints(), placing.maxPoints(),
                "point", item -> FigureReader.word(item, FigureReader.POINTS, "point", problems)
                        .flatMap(BodyPoint::fromWord).orElse(null));
        if (points.size() < placing.minPoints()) {
            return null;
        }
        if (points.stream().distinct().count() < points.size()) {
            problems.add(fields.required(placing.word()), "names the same point twice");
            return null;
        }
        return new Prop(kind.get(), placing, points, imaginary);
    }

    private static Contact contact(JsonValue value, java.util.Set<String> poses, Problems problems) {
        ObjectFields fields = ObjectFields.of(value, problems, "hand", "on", "at", "action", "in");
        if (fields == null) {
            return null;
        }
        JsonValue handValue = fields.required("hand");
        Optional<BodyPoint> hand = handValue == null ? Optional.empty()
                : FigureReader.word(handValue, HANDS, "hand", problems).flatMap(BodyPoint::fromWord);
        JsonValue onValue = fields.required("on");
        Optional<String> on = onValue == null ? Optional.empty()
                : FigureReader.word(onValue, PLACES, "point or part", problems);
        Optional<Integer> at = fields.optionalInteger("at", 0, 100, "percent");
        Contact.Action action = fields.optional("action")
                .flatMap(v -> FigureReader.word(v, ACTIONS, "action", problems))
                .map(word -> Contact.Action.valueOf(word.toUpperCase(java.util.Locale.ROOT)))
                .orElse(Contact.Action.HOLD);
        List<String> in = fields.list("in", false, 1, Figure.MAX_POSES, "pose name", item -> {
            String name = ObjectFields.text(item, 64, problems);
            if (name == null || poses == null || poses.contains(name)) {
                return name;
            }
            List<String> known = List.copyOf(poses);
            problems.add(item, "no pose is named " + item.shortText() + ObjectFields.didYouMean(name, known)
                    + "; the poses are: " + String.join(", ", known));
            return null;
        });
        if (hand.isEmpty() || on.isEmpty()) {
            return null;
        }
        Optional<Segment> part = Contact.partFromWord(on.get());
        if (part.isEmpty() && fields.has("at")) {
            problems.add(fields.required("at"), "only applies when \"on\" names a part (such as \"right-thigh\"); "
                    + "\"" + on.get() + "\" is one place");
            return null;
        }
        Contact.Place place = part.map(p -> Contact.Place.along(p, at.orElse(50)))
                .orElseGet(() -> Contact.Place.at(BodyPoint.fromWord(on.get()).orElseThrow()));
        String arm = hand.get() == BodyPoint.RIGHT_HAND ? "right-" : "left-";
        if (on.get().startsWith(arm) && Stream.of("shoulder", "elbow", "hand", "upper-arm", "forearm")
                .anyMatch(p -> on.get().equals(arm + p))) {
            problems.add(onValue, "is on the " + hand.get().word() + "'s own arm; a hand holds or presses another "
                    + "part of the body");
            return null;
        }
        return new Contact(hand.get(), place, action, in);
    }

    private static boolean flag(JsonValue value, Problems problems) {
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        problems.add(value, "must be true or false, got " + value.shortText());
        return false;
    }
}
