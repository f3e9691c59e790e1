package org.exerciseplayer.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.exerciseplayer.catalogue.Catalogue;

/**
 * The plan as JSON ({@code --plan --json}): one object with the catalogue id, {@code totalSeconds} and
 * {@code phases}, each phase with {@code exercise} (id), {@code kind} (position, hold, rep, timed, rest,
 * switch), {@code side} (left, right or null), {@code direction} (or null), {@code repetition}, {@code of}
 * and {@code seconds}. {@code repetition} and {@code of} are 0 on position and switch phases.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String render(Plan plan, Catalogue catalogue) {
        return render(plan, catalogue, java.util.Optional.empty());
    }

    /** The plan of a prescribed routine: as above, with {@code routine}, its title, after {@code catalogue}. */
    public static String render(Plan plan, Catalogue catalogue, java.util.Optional<String> routine) {
        return write(tree(plan, catalogue, routine));
    }

    /**
     * The plan as a JSON tree, for a renderer that adds fields of its own (the voice's phrases) after the documented
     * ones; {@code phases} holds one object per phase of the plan, in order.
     */
    public static ObjectNode tree(Plan plan, Catalogue catalogue, java.util.Optional<String> routine) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("catalogue", catalogue.id());
        routine.ifPresent(title -> root.put("routine", title));
        root.put("totalSeconds", plan.totalSeconds());
        ArrayNode phases = root.putArray("phases");
        for (Phase phase : plan.phases()) {
            ObjectNode node = phases.addObject();
            node.put("exercise", phase.exerciseId());
            node.put("kind", lowerCase(phase.kind()));
            node.put("side", phase.side() == null ? null : lowerCase(phase.side()));
            node.put("direction", phase.direction());
            node.put("repetition", phase.repetition());
            node.put("of", phase.of());
            node.put("seconds", phase.seconds());
        }
        return root;
    }

    /** A tree made by {@link #tree}, written as the command line prints it. */
    public static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
