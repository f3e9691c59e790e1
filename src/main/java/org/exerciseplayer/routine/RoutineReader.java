package org.exerciseplayer.routine;

import org.exerciseplayer.session.PainRule;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueReader;
import org.exerciseplayer.catalogue.Directions;
import org.exerciseplayer.catalogue.Dose;
import org.exerciseplayer.catalogue.DoseLimits;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.ObjectFields;
import org.exerciseplayer.catalogue.Pacing;
import org.exerciseplayer.catalogue.PlanSize;
import org.exerciseplayer.catalogue.Problems;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Sides;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.JsonValue.JsonString;

/**
 * Turns a parsed JSON tree into a {@link RoutineDocument}, checking it against routine format version 1
 * ({@code docs/routine-format.md}). The embedded catalogue is checked by {@link CatalogueReader}, so its
 * problems read exactly as in a catalogue file, at their place in the routine file.
 */
public final class RoutineReader {

    static final int MAX_ITEMS = 500;
    static final int MAX_NOTES = 50;
    /** The longest title or name a routine takes. */
    public static final int MAX_TITLE = 200;

    static final List<String> FIELDS = List.of("$schema", "formatVersion", "title", "prescribedBy", "created",
            "notes", "painRule", "exercises", "catalogue");

    /** The earliest year a routine's date may have. */
    static final int FIRST_YEAR = 1900;

    private final Problems problems;
    /** The routine's session so far, played in full in its order. */
    private PlanSize session = PlanSize.NONE;
    private boolean sessionReported;

    private RoutineReader(Problems problems) {
        this.problems = problems;
    }

    /** The routine, or null with the reasons in {@code problems}. */
    public static RoutineDocument read(JsonValue root, Problems problems) {
        return new RoutineReader(problems).routine(root);
    }

    /**
     * Whether a parsed document is a routine rather than a catalogue: it carries a catalogue of its own, or
     * lists exercises at the top level, which a catalogue never does.
     */
    public static boolean isRoutine(JsonValue root) {
        return root instanceof JsonValue.JsonObject object && (object.members().containsKey("catalogue")
                || object.members().containsKey("exercises"));
    }

    private RoutineDocument routine(JsonValue root) {
        if (ObjectFields.refuseNewerVersion(root, problems, RoutineDocument.FORMAT_VERSION, "routine")) {
            // A newer file may mean anything; reading further would only add misleading problems.
            return null;
        }
        ObjectFields fields = ObjectFields.of(root, problems, FIELDS.toArray(String[]::new));
        if (fields == null) {
            return null;
        }
        fields.optionalText("$schema", 1_000);
        if (!formatVersion(fields)) {
            return null;
        }
        JsonValue catalogueValue = fields.required("catalogue");
        Catalogue catalogue = catalogueValue == null ? null : CatalogueReader.read(catalogueValue, problems);
        String title = fields.requiredText("title", MAX_TITLE);
        Optional<String> prescribedBy = fields.optionalText("prescribedBy", MAX_TITLE);
        Optional<LocalDate> created = fields.optional("created").map(this::date);
        List<String> notes = fields.texts("notes", false, 0, MAX_NOTES, "note");
        PainRule painRule = fields.optional("painRule").map(this::painRule).orElse(PainRule.anyIncrease());
        List<RoutineItem> items = fields.list("exercises", true, 1, MAX_ITEMS, "exercise",
                value -> item(value, catalogue));
        if (!problems.isEmpty() || catalogue == null || painRule == null) {
            return null;
        }
        return new RoutineDocument(RoutineDocument.FORMAT_VERSION, title, prescribedBy, created, notes, painRule,
                catalogue, items);
    }

    private boolean formatVersion(ObjectFields fields) {
        JsonValue value = fields.required("formatVersion");
        if (value == null) {
            return false;
        }
        if (!ObjectFields.isExactly(value, RoutineDocument.FORMAT_VERSION)) {
            problems.add(value, "must be " + RoutineDocument.FORMAT_VERSION + ", got " + value.shortText());
            return false;
        }
        return true;
    }

    private LocalDate date(JsonValue value) {
        String text = ObjectFields.text(value, 10, problems);
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                LocalDate date = LocalDate.parse(text);
                if (date.getYear() >= FIRST_YEAR) {
                    return date;
                }
                problems.add(value, "must be a date from " + FIRST_YEAR + " on, written year-month-day, like"
                        + " \"2026-11-26\", got " + value.shortText());
                return null;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(value, "must be a date written year-month-day, like \"2026-11-26\", got " + value.shortText());
        return null;
    }

    private PainRule painRule(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "rule", "limit");
        if (fields == null) {
            return null;
        }
        JsonValue rule = fields.required("rule");
        if (rule == null) {
            return null;
        }
        if (rule instanceof JsonString s && s.value().equals("any-increase")) {
            fields.optional("limit").ifPresent(v -> problems.add(v,
                    "only applies when \"rule\" is \"limit\"; remove it or change \"rule\""));
            return PainRule.anyIncrease();
        }
        if (rule instanceof JsonString s && s.value().equals("limit")) {
            Integer limit = fields.requiredInteger("limit", 0, PainRule.SCALE_MAX - 1, "");
            return limit == null ? null : PainRule.limit(limit);
        }
        problems.add(rule, "must be one of \"any-increase\", \"limit\", got " + rule.shortText());
        return null;
    }

    private RoutineItem item(JsonValue value, Catalogue catalogue) {
        ObjectFields fields = ObjectFields.of(value, problems, "exercise", "variation", "dose", "pacing", "notes");
        if (fields == null) {
            return null;
        }
        String id = fields.requiredText("exercise", 64);
        Optional<Variation.Kind> variation = fields.optionalChoice("variation", Variation.Kind.class);
        DoseChange dose = fields.optional("dose").map(this::doseChange).orElse(DoseChange.NONE);
        PacingChange pacing = fields.optional("pacing").map(this::pacingChange).orElse(PacingChange.NONE);
        List<String> notes = fields.texts("notes", false, 0, MAX_NOTES, "note");
        if (id == null || catalogue == null || dose == null || pacing == null) {
            return null;
        }
        Optional<Exercise> exercise = catalogue.exercise(id);
        if (exercise.isEmpty()) {
            List<String> ids = catalogue.exercises().stream().map(Exercise::id).toList();
            problems.add(fields.required("exercise"), "no exercise " + Echo.quote(id) + " in this routine's catalogue;"
                    + " it has: " + String.join(", ", ids.size() > 20 ? ids.subList(0, 20) : ids)
                    + (ids.size() > 20 ? ", …" : ""));
            return null;
        }
        if (fields.has("variation") && variation.isEmpty()) {
            return null;
        }
        if (variation.isPresent() && exercise.get().variation(variation.get()).isEmpty()) {
            List<String> has = exercise.get().variations().stream()
                    .map(v -> '"' + v.kind().name().toLowerCase(java.util.Locale.ROOT) + '"').toList();
            problems.add(fields.required("variation"), Echo.quote(id) + " has no "
                    + variation.get().name().toLowerCase(java.util.Locale.ROOT) + " variation"
                    + (has.isEmpty() ? "; it has none" : "; it has " + String.join(", ", has)));
            return null;
        }
        RoutineItem item = new RoutineItem(id, variation, dose, pacing, notes);
        checkResult(fields, exercise.get(), item);
        return item;
    }

    /** Adds an item to the routine's session, which must fit in one; the item that takes it over is named, once. */
    private void addToSession(JsonValue value, Dose dose, Pacing pacing) {
        if (sessionReported) {
            return;
        }
        PlanSize size = PlanSize.of(dose, pacing);
        PlanSize before = session;
        session = session.plus(size);
        if (!size.fits()) {
            sessionReported = true;
            problems.add(value, "this exercise alone " + size.excess() + " with the routine's dose and pacing; "
                    + size.limit());
        } else if (!session.fits()) {
            sessionReported = true;
            problems.add(value, "with this exercise the routine " + session.excess() + " (the exercises before it"
                    + " take " + PlanSize.duration(before.seconds()) + "); " + session.limit());
        }
    }

    /** Changes that are each fine may still not fit the exercise they change. */
    private void checkResult(ObjectFields fields, Exercise exercise, RoutineItem item) {
        Dose base = item.variation().flatMap(exercise::variation).flatMap(Variation::dose).orElse(exercise.dose());
        Dose result = item.dose().applyTo(base);
        addToSession(fields.object(), result, item.pacing().applyTo(exercise.pacing()));
        if (result.sides() == Sides.NONE && item.dose().firstSide().isPresent()
                && fields.optional("dose").orElseThrow() instanceof JsonValue.JsonObject dose) {
            problems.add(dose.members().get("firstSide").value(), "only applies when the exercise is done on each"
                    + " side or alternating sides; \"" + exercise.id() + "\" is not");
        }
    }

    private DoseChange doseChange(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "holdSeconds", "repetitions", "durationSeconds",
                "sides", "firstSide", "directions", "timesPerDay");
        if (fields == null) {
            return null;
        }
        CatalogueReader.DoseAmounts amounts = CatalogueReader.readDoseAmounts(fields, problems);
        Optional<Sides> sides = fields.optionalChoice("sides", Sides.class);
        Optional<Side> firstSide = fields.optionalChoice("firstSide", Side.class);
        Optional<Directions> directions = fields.optional("directions").map(v -> CatalogueReader.readDirections(v, problems));
        Optional<Integer> timesPerDay = fields.optionalInteger("timesPerDay", DoseLimits.TIMES_PER_DAY, "times a day");
        return new DoseChange(amounts.holdSeconds(), amounts.repetitions(), amounts.durationSeconds(), sides,
                firstSide, directions, timesPerDay);
    }

    private PacingChange pacingChange(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "getReadySeconds", "restSeconds",
                "secondsPerRepetition", "switchSeconds");
        if (fields == null) {
            return null;
        }
        return new PacingChange(fields.optionalInteger("getReadySeconds", DoseLimits.GET_READY_SECONDS, "seconds"),
                fields.optionalInteger("restSeconds", DoseLimits.REST_SECONDS, "seconds"),
                fields.optionalInteger("secondsPerRepetition", DoseLimits.SECONDS_PER_REPETITION, "seconds"),
                fields.optionalInteger("switchSeconds", DoseLimits.SWITCH_SECONDS, "seconds"));
    }
}
