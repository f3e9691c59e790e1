package org.exerciseplayer;

import org.exerciseplayer.cli.CommandLine;

/**
 * The entry point. Deliberately not a JavaFX {@code Application}: command-line modes such as
 * {@code --validate} run without starting the toolkit, so they work on a machine with no display.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(System.out, System.err);
        CommandLine.Outcome outcome = commandLine.run(args);
        if (outcome instanceof CommandLine.Outcome.Exit exit) {
            System.exit(exit.status());
        }
        if (outcome instanceof CommandLine.Outcome.Reminders reminders) {
            System.exit(org.exerciseplayer.reminders.ReminderMode.run(reminders.file(), reminders.dataDirectory(),
                    System.err));
        }
        CommandLine.Outcome.OpenWindow open = (CommandLine.Outcome.OpenWindow) outcome;
        org.exerciseplayer.app.ExercisePlayerApp.launchWith(open.file().orElse(null),
                open.dataDirectory().orElse(null), open.exitAfterFirstFrame());
    }
}
