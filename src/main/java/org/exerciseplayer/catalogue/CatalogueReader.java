package org.exerciseplayer.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.catalogue.json.JsonValue;
import org.exerciseplayer.catalogue.json.JsonValue.JsonString;

/**
 * Turns a parsed JSON tree into a {@link Catalogue}, checking it against format version 1
 * ({@code docs/catalogue-format.md}). Every rule is checked here, once; the domain types trust the result.
 */
public final class CatalogueReader {

    static final int MAX_SECTIONS = 100;
    static final int MAX_EXERCISES = 10_000;
    static final int MAX_STEPS = 100;
    static final int MAX_CAUTIONS = 50;
    static final int MAX_NOTES = 50;
    static final int MAX_VARIATIONS = 10;
    static final int MAX_DIRECTIONS = 8;
    static final int MAX_TITLE = 200;
    static final int MAX_PARAGRAPHS = 50;

    private final Problems problems;
    private final Map<String, JsonValue> idsSeen = new HashMap<>();
    private int exerciseCount;
    /** The whole catalogue so far, played in full in its order. */
    private PlanSize session = PlanSize.NONE;
    private boolean sessionReported;

    private CatalogueReader(Problems problems) {
        this.problems = problems;
    }

    /** The catalogue, or null with the reasons in {@code problems}. */
    public static Catalogue read(JsonValue root, Problems problems) {
        return new CatalogueReader(problems).catalogue(root);
    }

    private Catalogue catalogue(JsonValue root) {
        if (ObjectFields.refuseNewerVersion(root, problems, Catalogue.FORMAT_VERSION, "file")) {
            // A newer file may mean anything; its other problems would only mislead.
            return null;
        }
        ObjectFields fields = ObjectFields.of(root, problems, "$schema", "formatVersion", "id", "version", "title",
                "language", "source", "introduction", "safety", "pacing", "sections");
        if (fields == null) {
            return null;
        }
        fields.optionalText("$schema", 1_000);
        Integer formatVersion = formatVersion(fields);
        String id = id(fields);
        String version = fields.requiredText("version", 32);
        String title = fields.requiredText("title", MAX_TITLE);
        String language = fields.requiredText("language", 35);
        fields.optional("language").ifPresent(value -> {
            String problem = language == null ? null : LanguageTags.problem(language);
            if (problem != null) {
                problems.add(value, "must be a language tag such as \"en-GB\" or \"fr\"" + problem + ", got "
                        + value.shortText());
            }
        });
        Source source = source(fields.required("source"));
        List<String> introduction = fields.texts("introduction", false, 0, MAX_PARAGRAPHS, "paragraph");
        SafetyTexts safety = safety(fields.required("safety"));
        Pacing pacing = pacing(fields.required("pacing"));
        List<Section> sections = fields.list("sections", true, 1, MAX_SECTIONS, "section",
                value -> section(value, pacing));
        if (exerciseCount > MAX_EXERCISES) {
            problems.add(fields.required("sections"), String.format(java.util.Locale.ROOT,
                    "has %,d exercises in all; at most %,d allowed", exerciseCount, MAX_EXERCISES));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Catalogue(formatVersion, id, version, title, language, source, introduction, safety, pacing,
                sections);
    }

    private Integer formatVersion(ObjectFields fields) {
        JsonValue value = fields.required("formatVersion");
        if (value == null) {
            return null;
        }
        if (!ObjectFields.isExactly(value, Catalogue.FORMAT_VERSION)) {
            problems.add(value, "must be " + Catalogue.FORMAT_VERSION + ", got " + value.shortText());
            return null;
        }
        return Catalogue.FORMAT_VERSION;
    }

    /** An id that is unique across the catalogue's sections, groups and exercises. */
    private String id(ObjectFields fields) {
        String id = fields.requiredId("id");
        if (id == null) {
            return null;
        }
        JsonValue value = fields.required("id");
        JsonValue earlier = idsSeen.putIfAbsent(id, value);
        if (earlier != null) {
            problems.add(value, "the id " + Echo.quote(id) + " is already used at line " + earlier.location().line()
                    + " (" + earlier.path() + "); ids must be unique");
            return null;
        }
        return id;
    }

    private Source source(JsonValue value) {
        ObjectFields fields = value == null ? null
                : ObjectFields.of(value, problems, "title", "publisher", "url", "note");
        if (fields == null) {
            return null;
        }
        return new Source(fields.requiredText("title", MAX_TITLE), fields.requiredText("publisher", MAX_TITLE),
                fields.optionalText("url", 2_000), fields.optionalParagraph("note"));
    }

    private SafetyTexts safety(JsonValue value) {
        ObjectFields fields = value == null ? null
                : ObjectFields.of(value, problems, "stopRule", "review", "maintenance");
        if (fields == null) {
            return null;
        }
        String stopRule = fields.requiredParagraph("stopRule");
        SafetyTexts.Review review = null;
        JsonValue reviewValue = fields.required("review");
        ObjectFields reviewFields = reviewValue == null ? null
                : ObjectFields.of(reviewValue, problems, "text", "days");
        if (reviewFields != null) {
            review = new SafetyTexts.Review(reviewFields.requiredParagraph("text"),
                    orZero(reviewFields.requiredInteger("days", 1, 365, "days")));
        }
        SafetyTexts.Maintenance maintenance = null;
        JsonValue maintenanceValue = fields.required("maintenance");
        ObjectFields maintenanceFields = maintenanceValue == null ? null
                : ObjectFields.of(maintenanceValue, problems, "text", "minTimesPerDay", "maxTimesPerDay");
        if (maintenanceFields != null) {
            String text = maintenanceFields.requiredParagraph("text");
            Integer min = maintenanceFields.requiredInteger("minTimesPerDay", 1, 24, "times a day");
            Integer max = maintenanceFields.requiredInteger("maxTimesPerDay", 1, 24, "times a day");
            if (min != null && max != null && max < min) {
                problems.add(maintenanceFields.required("maxTimesPerDay"),
                        "must be at least minTimesPerDay (" + min + "), got " + max);
            }
            maintenance = new SafetyTexts.Maintenance(text, orZero(min), orZero(max));
        }
        return new SafetyTexts(stopRule, review, maintenance);
    }

    private static final String[] PACING_FIELDS =
            {"getReadySeconds", "restSeconds", "secondsPerRepetition", "switchSeconds"};

    /** The catalogue's pacing: every field required. */
    private Pacing pacing(JsonValue value) {
        ObjectFields fields = value == null ? null : ObjectFields.of(value, problems, PACING_FIELDS);
        if (fields == null) {
            return null;
        }
        return new Pacing(orZero(fields.requiredInteger("getReadySeconds", DoseLimits.GET_READY_SECONDS, "seconds")),
                orZero(fields.requiredInteger("restSeconds", DoseLimits.REST_SECONDS, "seconds")),
                orZero(fields.requiredInteger("secondsPerRepetition", DoseLimits.SECONDS_PER_REPETITION, "seconds")),
                orZero(fields.requiredInteger("switchSeconds", DoseLimits.SWITCH_SECONDS, "seconds")));
    }

    /** An exercise's pacing: any field may override the catalogue's. */
    private Pacing pacingOverride(Optional<JsonValue> value, Pacing defaults) {
        if (value.isEmpty()) {
            return defaults;
        }
        ObjectFields fields = ObjectFields.of(value.get(), problems, PACING_FIELDS);
        if (fields == null || defaults == null) {
            return defaults;
        }
        return new Pacing(
                fields.optionalInteger("getReadySeconds", DoseLimits.GET_READY_SECONDS, "seconds")
                        .orElse(defaults.getReadySeconds()),
                fields.optionalInteger("restSeconds", DoseLimits.REST_SECONDS, "seconds")
                        .orElse(defaults.restSeconds()),
                fields.optionalInteger("secondsPerRepetition", DoseLimits.SECONDS_PER_REPETITION, "seconds")
                        .orElse(defaults.secondsPerRepetition()),
                fields.optionalInteger("switchSeconds", DoseLimits.SWITCH_SECONDS, "seconds")
                        .orElse(defaults.switchSeconds()));
    }

    private Section section(JsonValue value, Pacing pacing) {
        ObjectFields fields = ObjectFields.of(value, problems, "id", "title", "introduction", "exercises", "groups");
        if (fields == null) {
            return null;
        }
        String id = id(fields);
        String title = fields.requiredText("title", MAX_TITLE);
        List<String> introduction = fields.texts("introduction", false, 0, MAX_PARAGRAPHS, "paragraph");
        List<Exercise> exercises = fields.list("exercises", false, 0, MAX_EXERCISES, "exercise",
                item -> exercise(item, pacing));
        List<Group> groups = fields.list("groups", false, 0, MAX_SECTIONS, "group", item -> group(item, pacing));
        if (!fields.has("exercises") && !fields.has("groups")) {
            problems.add(value, "has no exercises; give it \"exercises\", \"groups\" or both");
        }
        return new Section(id, title, introduction, exercises, groups);
    }

    private Group group(JsonValue value, Pacing pacing) {
        ObjectFields fields = ObjectFields.of(value, problems, "id", "title", "introduction", "exercises");
        if (fields == null) {
            return null;
        }
        return new Group(id(fields), fields.requiredText("title", MAX_TITLE),
                fields.texts("introduction", false, 0, MAX_PARAGRAPHS, "paragraph"),
                fields.list("exercises", true, 1, MAX_EXERCISES, "exercise", item -> exercise(item, pacing)));
    }

    private Exercise exercise(JsonValue value, Pacing catalogueDefaults) {
        exerciseCount++;
        ObjectFields fields = ObjectFields.of(value, problems, "id", "name", "steps", "cautions", "notes", "dose",
                "pacing", "variations", "media", "figure");
        if (fields == null) {
            return null;
        }
        String id = id(fields);
        String name = fields.requiredText("name", MAX_TITLE);
        List<String> steps = fields.texts("steps", true, 1, MAX_STEPS, "step");
        List<String> cautions = fields.texts("cautions", false, 0, MAX_CAUTIONS, "caution");
        List<String> notes = fields.texts("notes", false, 0, MAX_NOTES, "note");
        JsonValue doseValue = fields.required("dose");
        Dose dose = doseValue == null ? null : dose(doseValue);
        Pacing pacing = pacingOverride(fields.optional("pacing"), catalogueDefaults);
        List<Variation> variations = fields.list("variations", false, 0, MAX_VARIATIONS, "variation",
                item -> variation(item, pacing, dose));
        Optional<Media> media = fields.optional("media").map(mediaValue -> MediaReader.read(mediaValue, problems));
        Optional<org.exerciseplayer.figure.Figure> figure = fields.optional("figure")
                .map(figureValue -> FigureReader.read(figureValue, dose, problems));
        if (dose != null && pacing != null) {
            addToSession(value, PlanSize.of(dose, pacing));
        }
        return new Exercise(id, name, steps, cautions, notes, dose, pacing, variations, media, figure);
    }

    /**
     * Adds an exercise to the catalogue played in full. Each exercise alone must fit in one session; the whole
     * catalogue, which may hold more than one session, in {@link PlanSize#MAX_CATALOGUE_PHASES}. The exercise that
     * goes past is named, once.
     */
    private void addToSession(JsonValue exercise, PlanSize size) {
        if (sessionReported) {
            return;
        }
        if (!size.fits()) {
            sessionReported = true;
            problems.add(exercise, "this exercise alone " + size.excess() + " with its dose and pacing; "
                    + size.limit());
            return;
        }
        PlanSize before = session;
        session = session.plus(size);
        if (!session.fitsCatalogue()) {
            sessionReported = true;
            problems.add(exercise, String.format(java.util.Locale.ROOT, "with this exercise the catalogue, played in"
                    + " full, has %,d phases (the exercises before it have %,d); a catalogue may have at most %,d",
                    session.phases(), before.phases(), PlanSize.MAX_CATALOGUE_PHASES));
        }
    }

    private Variation variation(JsonValue value, Pacing pacing, Dose exerciseDose) {
        ObjectFields fields = ObjectFields.of(value, problems, "kind", "text", "dose", "figure");
        if (fields == null) {
            return null;
        }
        Variation.Kind kind = fields.requiredChoice("kind", Variation.Kind.class);
        String text = fields.requiredParagraph("text");
        Optional<Dose> dose = fields.optional("dose").map(this::dose);
        if (dose.isPresent() && pacing != null) {
            PlanSize size = PlanSize.of(dose.get(), pacing);
            if (!size.fits()) {
                problems.add(fields.required("dose"), "with this variation's dose the exercise " + size.excess()
                        + "; " + size.limit());
            }
        }
        // A variation's figure is checked against the dose it is done with: its own, or else the exercise's.
        Optional<org.exerciseplayer.figure.Figure> figure = fields.optional("figure")
                .map(figureValue -> FigureReader.read(figureValue, dose.orElse(exerciseDose), problems));
        return new Variation(kind, text, dose, figure);
    }

    private Dose dose(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "holdSeconds", "repetitions", "durationSeconds",
                "sides", "firstSide", "directions", "timesPerDay", "preparation");
        if (fields == null) {
            return null;
        }
        DoseAmounts amounts = readDoseAmounts(fields, problems);
        Optional<Integer> hold = amounts.holdSeconds();
        Optional<Integer> repetitions = amounts.repetitions();
        Optional<Integer> duration = amounts.durationSeconds();
        if (!fields.has("durationSeconds") && !fields.has("repetitions")) {
            problems.add(value, "needs \"repetitions\" (with or without \"holdSeconds\") or \"durationSeconds\"");
        }
        Sides sides = fields.requiredChoice("sides", Sides.class);
        Side firstSide = fields.optionalChoice("firstSide", Side.class).orElse(Side.RIGHT);
        if (sides == Sides.NONE) {
            fields.optional("firstSide").ifPresent(v -> problems.add(v,
                    "only applies when \"sides\" is \"each\" or \"alternating\"; remove it or change \"sides\""));
        }
        Directions directions = fields.optional("directions").map(this::directions).orElse(Directions.NONE);
        Optional<Integer> timesPerDay = fields.optionalInteger("timesPerDay", DoseLimits.TIMES_PER_DAY, "times a day");
        Optional<Preparation> preparation = fields.optional("preparation").map(this::preparation);
        return new Dose(hold.orElse(0), duration.isPresent() ? 1 : repetitions.orElse(1), duration.orElse(0),
                sides, firstSide, directions == null ? Directions.NONE : directions,
                timesPerDay.map(OptionalInt::of).orElse(OptionalInt.empty()), preparation);
    }

    /** How much of a dose: each amount as written, or empty where it is not given or unusable. */
    public record DoseAmounts(Optional<Integer> holdSeconds, Optional<Integer> repetitions,
                              Optional<Integer> durationSeconds) {}

    /**
     * Reads a dose object's amounts (as routines change them too), reporting those out of range and a duration
     * given with a hold or repetitions.
     */
    public static DoseAmounts readDoseAmounts(ObjectFields fields, Problems problems) {
        Optional<Integer> hold = fields.optionalInteger("holdSeconds", DoseLimits.HOLD_SECONDS, "seconds");
        Optional<Integer> repetitions = fields.optionalInteger("repetitions", DoseLimits.REPETITIONS, "");
        Optional<Integer> duration = fields.optionalInteger("durationSeconds", DoseLimits.DURATION_SECONDS, "seconds");
        if (fields.has("durationSeconds")) {
            for (String excluded : List.of("holdSeconds", "repetitions")) {
                fields.optional(excluded).ifPresent(v -> problems.add(v, "cannot be given with durationSeconds:"
                        + " a dose is either a continuous duration or repetitions (with or without a hold)"));
            }
        }
        return new DoseAmounts(hold, repetitions, duration);
    }

    /** Reads a directions object ({@code {"names": […], "order": …}}), as routines use it too. */
    public static Directions readDirections(JsonValue value, Problems problems) {
        return new CatalogueReader(problems).directions(value);
    }

    private Directions directions(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "names", "order");
        if (fields == null) {
            return null;
        }
        List<String> names = fields.list("names", true, 2, MAX_DIRECTIONS, "direction name",
                item -> ObjectFields.text(item, MAX_TITLE, problems));
        fields.optional("names").filter(v -> v instanceof JsonValue.JsonArray).ifPresent(v -> {
            List<JsonValue> items = ((JsonValue.JsonArray) v).items();
            for (int i = 0; i < items.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (items.get(i) instanceof JsonString a && items.get(j) instanceof JsonString b
                            && a.value().equals(b.value())) {
                        problems.add(items.get(i), "repeats the direction " + items.get(i).shortText()
                                + "; each direction is named once");
                    }
                }
            }
        });
        Directions.Order order = fields.requiredChoice("order", Directions.Order.class);
        return order == null ? null : new Directions(names, order);
    }

    private Preparation preparation(JsonValue value) {
        ObjectFields fields = ObjectFields.of(value, problems, "name", "repetitions");
        if (fields == null) {
            return null;
        }
        String name = fields.requiredText("name", MAX_TITLE);
        Integer repetitions = fields.requiredInteger("repetitions", 1, 100, "");
        return name == null || repetitions == null ? null : new Preparation(name, repetitions);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
