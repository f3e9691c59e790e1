package org.exerciseplayer.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Catalogue} as format version 1 JSON that {@link CatalogueLoader} reads back to an equal
 * catalogue. Fields are written in the order of {@code docs/catalogue-format.md}; optional fields that are
 * empty, and pacing an exercise shares with its catalogue, are left out.
 */
public final class CatalogueWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CatalogueWriter() {
    }

    /** The catalogue as UTF-8 JSON, indented by two spaces, ending in a new line. */
    public static byte[] toBytes(Catalogue catalogue) {
        return write(generator -> writeCatalogue(catalogue, generator, true));
    }

    /** A generator's work, turned into indented UTF-8 bytes ending in a new line. */
    public static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            generator.setPrettyPrinter(printer);
            body.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** Writes JSON to a generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    /** Writes the catalogue as one JSON object; {@code withSchema} adds the {@code $schema} line. */
    public static void writeCatalogue(Catalogue catalogue, JsonGenerator out, boolean withSchema)
            throws IOException {
        out.writeStartObject();
        if (withSchema) {
            out.writeStringField("$schema", "catalogue.schema.json");
        }
        out.writeNumberField("formatVersion", catalogue.formatVersion());
        out.writeStringField("id", catalogue.id());
        out.writeStringField("version", catalogue.version());
        out.writeStringField("title", catalogue.title());
        out.writeStringField("language", catalogue.language());
        writeSource(catalogue.source(), out);
        texts("introduction", catalogue.introduction(), out);
        writeSafety(catalogue.safety(), out);
        out.writeObjectFieldStart("pacing");
        pacingFields(catalogue.pacing(), null, out);
        out.writeEndObject();
        out.writeArrayFieldStart("sections");
        for (Section section : catalogue.sections()) {
            out.writeStartObject();
            out.writeStringField("id", section.id());
            out.writeStringField("title", section.title());
            texts("introduction", section.introduction(), out);
            exercises(section.ownExercises(), catalogue.pacing(), out);
            if (!section.groups().isEmpty()) {
                out.writeArrayFieldStart("groups");
                for (Group group : section.groups()) {
                    out.writeStartObject();
                    out.writeStringField("id", group.id());
                    out.writeStringField("title", group.title());
                    texts("introduction", group.introduction(), out);
                    exercises(group.exercises(), catalogue.pacing(), out);
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeSource(Source source, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("source");
        out.writeStringField("title", source.title());
        out.writeStringField("publisher", source.publisher());
        if (source.url().isPresent()) {
            out.writeStringField("url", source.url().get());
        }
        if (source.note().isPresent()) {
            out.writeStringField("note", source.note().get());
        }
        out.writeEndObject();
    }

    private static void writeSafety(SafetyTexts safety, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("safety");
        out.writeStringField("stopRule", safety.stopRule());
        out.writeObjectFieldStart("review");
        out.writeStringField("text", safety.review().text());
        out.writeNumberField("days", safety.review().days());
        out.writeEndObject();
        out.writeObjectFieldStart("maintenance");
        out.writeStringField("text", safety.maintenance().text());
        out.writeNumberField("minTimesPerDay", safety.maintenance().minTimesPerDay());
        out.writeNumberField("maxTimesPerDay", safety.maintenance().maxTimesPerDay());
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void exercises(List<Exercise> exercises, Pacing defaults, JsonGenerator out) throws IOException {
        if (exercises.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart("exercises");
        for (Exercise exercise : exercises) {
            writeExercise(exercise, defaults, out);
        }
        out.writeEndArray();
    }

    private static void writeExercise(Exercise exercise, Pacing defaults, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", exercise.id());
        out.writeStringField("name", exercise.name());
        texts("steps", exercise.steps(), out);
        texts("cautions", exercise.cautions(), out);
        texts("notes", exercise.notes(), out);
        out.writeFieldName("dose");
        writeDose(exercise.dose(), out);
        if (!exercise.pacing().equals(defaults)) {
            out.writeObjectFieldStart("pacing");
            pacingFields(exercise.pacing(), defaults, out);
            out.writeEndObject();
        }
        if (!exercise.variations().isEmpty()) {
            out.writeArrayFieldStart("variations");
            for (Variation variation : exercise.variations()) {
                out.writeStartObject();
                out.writeStringField("kind", word(variation.kind()));
                out.writeStringField("text", variation.text());
                if (variation.dose().isPresent()) {
                    out.writeFieldName("dose");
                    writeDose(variation.dose().get(), out);
                }
                if (variation.figure().isPresent()) {
                    out.writeFieldName("figure");
                    FigureWriter.write(variation.figure().get(), out);
                }
                out.writeEndObject();
            }
            out.writeEndArray();
        }
        if (exercise.media().isPresent()) {
            out.writeObjectFieldStart("media");
            out.writeStringField("file", exercise.media().get().file());
            out.writeStringField("description", exercise.media().get().description());
            out.writeEndObject();
        }
        if (exercise.figure().isPresent()) {
            out.writeFieldName("figure");
            FigureWriter.write(exercise.figure().get(), out);
        }
        out.writeEndObject();
    }

    /** The pacing's fields, or with {@code defaults} only those that differ from them. */
    private static void pacingFields(Pacing pacing, Pacing defaults, JsonGenerator out) throws IOException {
        if (defaults == null || pacing.getReadySeconds() != defaults.getReadySeconds()) {
            out.writeNumberField("getReadySeconds", pacing.getReadySeconds());
        }
        if (defaults == null || pacing.restSeconds() != defaults.restSeconds()) {
            out.writeNumberField("restSeconds", pacing.restSeconds());
        }
        if (defaults == null || pacing.secondsPerRepetition() != defaults.secondsPerRepetition()) {
            out.writeNumberField("secondsPerRepetition", pacing.secondsPerRepetition());
        }
        if (defaults == null || pacing.switchSeconds() != defaults.switchSeconds()) {
            out.writeNumberField("switchSeconds", pacing.switchSeconds());
        }
    }

    /** A dose as a JSON object. */
    public static void writeDose(Dose dose, JsonGenerator out) throws IOException {
        out.writeStartObject();
        switch (dose.kind()) {
            case TIMED -> out.writeNumberField("durationSeconds", dose.durationSeconds());
            case HOLD -> {
                out.writeNumberField("holdSeconds", dose.holdSeconds());
                out.writeNumberField("repetitions", dose.repetitions());
            }
            case REPETITIONS -> out.writeNumberField("repetitions", dose.repetitions());
        }
        out.writeStringField("sides", word(dose.sides()));
        if (dose.sides() != Sides.NONE) {
            out.writeStringField("firstSide", word(dose.firstSide()));
        }
        if (!dose.directions().isNone()) {
            out.writeFieldName("directions");
            writeDirections(dose.directions(), out);
        }
        if (dose.timesPerDay().isPresent()) {
            out.writeNumberField("timesPerDay", dose.timesPerDay().getAsInt());
        }
        if (dose.preparation().isPresent()) {
            out.writeObjectFieldStart("preparation");
            out.writeStringField("name", dose.preparation().get().name());
            out.writeNumberField("repetitions", dose.preparation().get().repetitions());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** Directions as a JSON object. */
    public static void writeDirections(Directions directions, JsonGenerator out) throws IOException {
        out.writeStartObject();
        texts("names", directions.names(), out);
        out.writeStringField("order", word(directions.order()));
        out.writeEndObject();
    }

    /** An array of texts; nothing at all when the list is empty. */
    public static void texts(String field, List<String> texts, JsonGenerator out) throws IOException {
        if (texts.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(field);
        for (String text : texts) {
            out.writeString(text);
        }
        out.writeEndArray();
    }

    /** An enum constant as the lower-case word the format uses. */
    public static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
