package org.exerciseplayer.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.FormatGuide;
import org.exerciseplayer.catalogue.Problem;
import org.exerciseplayer.catalogue.Problems;
import org.exerciseplayer.catalogue.json.Echo;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;

/**
 * The command-line modes, which never start the JavaFX toolkit. {@link #run} either finishes a mode and says
 * which exit status to use, or says to open the window.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int INVALID = 1;
    public static final int USAGE = 2;
    /** The start-up probe, see {@link Outcome.OpenWindow#exitAfterFirstFrame()}. */
    public static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";
    /** Prints the catalogue and routine format guides the app carries. */
    public static final String FORMAT_GUIDE = "--format-guide";

    /** What {@link #run} decided. */
    public sealed interface Outcome {
        record Exit(int status) implements Outcome {}

        /**
         * @param dataDirectory where to keep the history instead of the per-user data folder
         * @param exitAfterFirstFrame the start-up probe: quit once the first frame of the home screen is shown,
         *                            after printing how long it took
         */
        record OpenWindow(Optional<Path> file, Optional<Path> dataDirectory, boolean exitAfterFirstFrame)
                implements Outcome {
            public OpenWindow(Optional<Path> file, Optional<Path> dataDirectory) {
                this(file, dataDirectory, false);
            }

            public OpenWindow(Optional<Path> file) {
                this(file, Optional.empty());
            }
        }

        /** {@code --reminders}: the reminder mode with no window, for the login item (see {@code ReminderMode}). */
        record Reminders(Optional<Path> file, Optional<Path> dataDirectory) implements Outcome {}
    }

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public Outcome run(String... args) {
        List<String> options = new ArrayList<>();
        List<String> files = new ArrayList<>();
        Optional<Path> dataDirectory = Optional.empty();
        Optional<String> times = Optional.empty();
        Optional<String> voice = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--times") || arg.startsWith("--times=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.length ? args[++i] : "";
                if (value.isBlank()) {
                    return usageError("--times needs times of day, e.g. --times 08:00,18:00");
                }
                times = Optional.of(value);
            } else if (arg.equals("--voice") || arg.startsWith("--voice=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.length ? args[++i] : "";
                if (value.isBlank()) {
                    return usageError("--voice needs one of full, brief, counts or off, e.g. --plan --voice brief");
                }
                voice = Optional.of(value);
            } else if (arg.equals("--data-dir") || arg.startsWith("--data-dir=")) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : i + 1 < args.length ? args[++i] : "";
                if (value.isBlank()) {
                    return usageError("--data-dir needs a folder, e.g. --data-dir ~/exercise-history");
                }
                dataDirectory = Optional.of(Path.of(value));
            } else if (arg.startsWith("--")) {
                options.add(arg);
            } else {
                files.add(arg);
            }
        }
        if (options.contains("--help")) {
            out.print(Usage.text());
            return new Outcome.Exit(OK);
        }
        if (options.contains("--version")) {
            out.println("Exercise Player " + Version.current());
            return new Outcome.Exit(OK);
        }
        if (options.contains(FORMAT_GUIDE)) {
            if (options.size() > 1 || !files.isEmpty()) {
                return usageError(FORMAT_GUIDE + " goes alone");
            }
            out.print(FormatGuide.text(FormatGuide.Kind.CATALOGUE));
            out.println();
            out.print(FormatGuide.text(FormatGuide.Kind.ROUTINE));
            return new Outcome.Exit(OK);
        }
        if (files.size() > 1) {
            return usageError("give at most one file, got " + files.size() + ": " + String.join(" ", files));
        }
        Optional<Path> file;
        try {
            file = files.stream().findFirst().map(Path::of);
        } catch (InvalidPathException e) {
            return usageError("not a file name this system can open: " + Echo.quote(files.get(0)));
        }
        List<String> modes = options.stream().filter(MODES::contains).toList();
        List<String> unknown = options.stream()
                .filter(o -> !MODES.contains(o) && !List.of("--json", EXIT_AFTER_FIRST_FRAME, FORMAT_GUIDE).contains(o))
                .toList();
        if (!unknown.isEmpty()) {
            return usageError("unknown option " + unknown.get(0));
        }
        if (modes.size() > 1) {
            return usageError("choose one of --validate, --plan, --calendar and --reminders");
        }
        if (times.isPresent() && !modes.contains("--calendar")) {
            return usageError("--times goes with --calendar");
        }
        if (voice.isPresent() && !modes.contains("--plan")) {
            return usageError("--voice goes with --plan");
        }
        Optional<org.exerciseplayer.settings.VoicePreferences> spoken = Optional.empty();
        if (voice.isPresent()) {
            spoken = PlanOutput.voiceNamed(voice.get());
            if (spoken.isEmpty()) {
                return usageError("--voice " + Echo.quote(voice.get()) + ": choose full, brief, counts or off");
            }
        }
        if (options.contains("--json") && !modes.contains("--plan")) {
            return usageError("--json goes with --plan");
        }
        boolean exitAfterFirstFrame = options.contains(EXIT_AFTER_FIRST_FRAME);
        if (exitAfterFirstFrame && !modes.isEmpty()) {
            return usageError(EXIT_AFTER_FIRST_FRAME + " goes with opening the window, not with " + modes.get(0));
        }
        if (modes.isEmpty()) {
            return new Outcome.OpenWindow(file, dataDirectory, exitAfterFirstFrame);
        }
        if (modes.get(0).equals("--validate")) {
            return new Outcome.Exit(validate(file));
        }
        if (modes.get(0).equals("--reminders")) {
            return new Outcome.Reminders(file, dataDirectory);
        }
        if (modes.get(0).equals("--calendar")) {
            return calendar(file, times, dataDirectory);
        }
        return new Outcome.Exit(plan(file, options.contains("--json"), spoken));
    }

    private static final List<String> MODES = List.of("--validate", "--plan", "--calendar", "--reminders");

    private Outcome calendar(Optional<Path> file, Optional<String> times, Optional<Path> dataDirectory) {
        org.exerciseplayer.reminders.ReminderTimes chosen = null;
        if (times.isPresent()) {
            try {
                chosen = org.exerciseplayer.reminders.ReminderTimes.parse(times.get());
            } catch (IllegalArgumentException e) {
                return usageError("--times " + times.get() + ": " + e.getMessage());
            }
        }
        try {
            out.print(CalendarOutput.render(load(file), Optional.ofNullable(chosen), dataDirectory, err));
            return new Outcome.Exit(OK);
        } catch (CatalogueException e) {
            printProblems(e);
            return new Outcome.Exit(INVALID);
        }
    }

    /** A mistake on the command line; what it echoes of the arguments is shown escaped. */
    private Outcome usageError(String message) {
        err.println("exercise-player: " + Echo.terminal(message));
        err.println("Try 'exercise-player --help'.");
        return new Outcome.Exit(USAGE);
    }

    private int validate(Optional<Path> file) {
        try {
            RoutineLoader.Opened opened = load(file);
            if (opened instanceof RoutineLoader.OpenedRoutine routine) {
                RoutineDocument document = routine.routine();
                out.printf("OK: routine \"%s\" (%d %s from catalogue %s %s)%n", Echo.terminal(document.title()),
                        document.size(), document.size() == 1 ? "exercise" : "exercises",
                        Echo.terminal(document.catalogue().id()), Echo.terminal(document.catalogue().version()));
                return OK;
            }
            Catalogue catalogue = opened.catalogue();
            out.printf("OK: %s, %d sections, %d exercises%n", Echo.terminal(catalogue.title()),
                    catalogue.sections().size(), catalogue.exercises().size());
            return OK;
        } catch (CatalogueException e) {
            printProblems(e);
            return INVALID;
        }
    }

    /** {@code voice}: as {@code --voice} says, else as the person set it in the app. */
    private int plan(Optional<Path> file, boolean json, Optional<org.exerciseplayer.settings.VoicePreferences> voice) {
        try {
            RoutineLoader.Opened opened = load(file);
            out.print(Echo.terminalLines(voice.isPresent() ? PlanOutput.render(opened, json, voice.get())
                    : PlanOutput.render(opened, json)));
            return OK;
        } catch (CatalogueException e) {
            printProblems(e);
            return INVALID;
        }
    }

    /** Every problem listed, each one line (escaped, see {@link Problem#toString()}), then the true count. */
    private void printProblems(CatalogueException e) {
        for (Problem problem : e.problems()) {
            err.println(problem);
        }
        int count = e.count();
        err.println(count == 1 ? "1 problem found." : String.format(Locale.ROOT, "%,d problems found%s.", count,
                count > Problems.MAX_REPORTED ? String.format(Locale.ROOT, " (the first %d listed)",
                        Problems.MAX_REPORTED) : ""));
        err.println("The file formats are described in the guide: exercise-player " + FORMAT_GUIDE);
    }

    /** The file, a catalogue or a routine, or the bundled catalogue. */
    private static RoutineLoader.Opened load(Optional<Path> file) throws CatalogueException {
        return file.isPresent() ? RoutineLoader.open(file.get())
                : new RoutineLoader.OpenedCatalogue(BundledCatalogue.load());
    }
}
