package org.exerciseplayer.routine;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.exerciseplayer.catalogue.CatalogueWriter;

/**
 * Writes a routine file ({@code docs/routine-format.md}) carrying just the part of its catalogue that it uses.
 * {@link RoutineLoader} reads the result back to an equal routine.
 */
public final class RoutineWriter {

    private RoutineWriter() {
    }

    /** The routine as UTF-8 JSON, self-contained. */
    public static byte[] toBytes(RoutineDocument routine) {
        RoutineDocument document = routine.selfContained();
        return CatalogueWriter.write(out -> write(document, out));
    }

    /**
     * Saves the routine to {@code file} through a temporary file beside it, so that a full disk or a crash
     * leaves the previous file whole.
     */
    public static void save(RoutineDocument routine, Path file) throws IOException {
        byte[] bytes = toBytes(routine);
        org.exerciseplayer.platform.AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static void write(RoutineDocument routine, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("$schema", "routine.schema.json");
        out.writeNumberField("formatVersion", routine.formatVersion());
        out.writeStringField("title", routine.title());
        optional("prescribedBy", routine.prescribedBy(), out);
        optional("created", routine.created().map(Object::toString), out);
        CatalogueWriter.texts("notes", routine.notes(), out);
        if (routine.painRule().isLimit()) {
            out.writeObjectFieldStart("painRule");
            out.writeStringField("rule", "limit");
            out.writeNumberField("limit", routine.painRule().limit());
            out.writeEndObject();
        }
        out.writeArrayFieldStart("exercises");
        for (RoutineItem item : routine.items()) {
            writeItem(item, out);
        }
        out.writeEndArray();
        out.writeFieldName("catalogue");
        CatalogueWriter.writeCatalogue(routine.catalogue(), out, false);
        out.writeEndObject();
    }

    private static void writeItem(RoutineItem item, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("exercise", item.exerciseId());
        optional("variation", item.variation().map(CatalogueWriter::word), out);
        DoseChange dose = item.dose();
        if (!dose.isEmpty()) {
            out.writeObjectFieldStart("dose");
            number("holdSeconds", dose.holdSeconds(), out);
            number("repetitions", dose.repetitions(), out);
            number("durationSeconds", dose.durationSeconds(), out);
            optional("sides", dose.sides().map(CatalogueWriter::word), out);
            optional("firstSide", dose.firstSide().map(CatalogueWriter::word), out);
            if (dose.directions().isPresent()) {
                out.writeFieldName("directions");
                CatalogueWriter.writeDirections(dose.directions().get(), out);
            }
            number("timesPerDay", dose.timesPerDay(), out);
            out.writeEndObject();
        }
        PacingChange pacing = item.pacing();
        if (!pacing.isEmpty()) {
            out.writeObjectFieldStart("pacing");
            number("getReadySeconds", pacing.getReadySeconds(), out);
            number("restSeconds", pacing.restSeconds(), out);
            number("secondsPerRepetition", pacing.secondsPerRepetition(), out);
            number("switchSeconds", pacing.switchSeconds(), out);
            out.writeEndObject();
        }
        CatalogueWriter.texts("notes", item.notes(), out);
        out.writeEndObject();
    }

    private static void optional(String field, Optional<String> value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            out.writeStringField(field, value.get());
        }
    }

    private static void number(String field, Optional<Integer> value, JsonGenerator out) throws IOException {
        if (value.isPresent()) {
            out.writeNumberField(field, value.get());
        }
    }
}
