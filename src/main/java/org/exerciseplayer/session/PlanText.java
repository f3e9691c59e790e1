package org.exerciseplayer.session;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.exerciseplayer.catalogue.Catalogue;

/**
 * The plan as a person reads it ({@code --plan}): one heading per exercise, one line per phase with the time
 * it starts at, and the predicted total.
 *
 * <pre>
 * 1. Hip flexor stretch
 *    0:00  Get into position, left side              5 s
 *    0:05  Hold, left side, 1 of 3                  20 s
 * ...
 * Total: about 24 minutes (23:40)
 * </pre>
 */
public final class PlanText {

    private final ResourceBundle text;
    private final Locale locale;

    private PlanText(Locale locale) {
        this.locale = locale;
        this.text = ResourceBundle.getBundle("org.exerciseplayer.session.PlanText", locale);
    }

    /** The plan in the default locale's language. */
    public static String render(Plan plan, Catalogue catalogue) {
        return render(plan, catalogue, Locale.getDefault());
    }

    public static String render(Plan plan, Catalogue catalogue, Locale locale) {
        return new PlanText(locale).lines(plan, catalogue.title());
    }

    /** The plan under a title of its own, such as a prescribed routine's. */
    public static String render(Plan plan, String title) {
        return new PlanText(Locale.getDefault()).lines(plan, title);
    }

    /**
     * Lines another part adds to the plan as printed (the voice's script), indented under the phase they belong to;
     * each list may be empty.
     */
    public interface Annotations {
        /** Lines before an exercise's first phase (after its heading). */
        List<String> beforeExercise(int exerciseIndex);

        /** Lines after a phase's own line. */
        List<String> afterPhase(int phaseIndex);

        /** Lines after the last phase, before the total. */
        List<String> atEnd();
    }

    private static final Annotations NONE = new Annotations() {
        @Override
        public List<String> beforeExercise(int exerciseIndex) {
            return List.of();
        }

        @Override
        public List<String> afterPhase(int phaseIndex) {
            return List.of();
        }

        @Override
        public List<String> atEnd() {
            return List.of();
        }
    };

    /** The plan under a title, with the lines another part adds under each exercise and phase. */
    public static String render(Plan plan, String title, Annotations annotations) {
        return new PlanText(Locale.getDefault()).lines(plan, title, annotations);
    }

    /** "Total: about 24 minutes (23:40)". */
    public static String total(Plan plan, Locale locale) {
        return new PlanText(locale).totalLine(plan);
    }

    /** A time as m:ss, or h:mm:ss from an hour. */
    public static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        String rest = String.format(Locale.ROOT, "%02d", seconds % 60);
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%s", hours, minutes, rest) : minutes + ":" + rest;
    }

    private String lines(Plan plan, String title) {
        return lines(plan, title, NONE);
    }

    private String lines(Plan plan, String title, Annotations annotations) {
        List<String> descriptions = plan.phases().stream().map(this::describe).toList();
        int width = descriptions.stream().mapToInt(String::length).max().orElse(0);
        String line = "%7s  %-" + width + "s  %5s%n";
        StringBuilder out = new StringBuilder();
        out.append(format("heading", title, plan.exerciseCount())).append("\n");
        for (int e = 0; e < plan.exerciseCount(); e++) {
            out.append("\n").append(format("exercise", e + 1, plan.routine().entry(e).exercise().name()))
                    .append("\n");
            annotations.beforeExercise(e).forEach(added -> out.append(added).append("\n"));
            for (int i = plan.firstPhaseOf(e); i <= plan.lastPhaseOf(e); i++) {
                out.append(String.format(locale, line, clock(plan.startMillis(i) / 1000), descriptions.get(i),
                        format("seconds", plan.phase(i).seconds())));
                annotations.afterPhase(i).forEach(added -> out.append(added).append("\n"));
            }
        }
        annotations.atEnd().forEach(added -> out.append(added).append("\n"));
        out.append("\n").append(totalLine(plan)).append("\n");
        return out.toString();
    }

    private String totalLine(Plan plan) {
        return format("total", Math.round(plan.totalSeconds() / 60.0), clock(plan.totalSeconds()));
    }

    /** "Hold, left side, clockwise, 2 of 3". */
    String describe(Phase phase) {
        List<String> parts = new ArrayList<>();
        parts.add(phase.isPreparation() ? format("preparation", phase.label())
                : text.getString("kind." + phase.kind().name().toLowerCase(Locale.ROOT)));
        if (phase.side() != null) {
            parts.add(text.getString("side." + phase.side().name().toLowerCase(Locale.ROOT)));
        }
        if (phase.direction() != null) {
            parts.add(phase.direction());
        }
        if (phase.kind().isWork() && phase.of() > 1) {
            parts.add(format("count", phase.repetition(), phase.of()));
        }
        String head = parts.get(0);
        String tail = String.join(", ", parts.subList(1, parts.size()));
        if (tail.isEmpty()) {
            return head;
        }
        return phase.kind() == Phase.Kind.SWITCH ? head + " " + tail : head + ", " + tail;
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(text.getString(key), locale).format(arguments);
    }
}
