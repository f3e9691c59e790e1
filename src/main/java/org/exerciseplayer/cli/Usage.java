package org.exerciseplayer.cli;

/** The text of {@code --help}. */
final class Usage {

    private Usage() {
    }

    static String text() {
        return """
                Exercise Player %s: guided physiotherapy exercise sessions.

                Usage:
                  exercise-player [FILE]                open the player on FILE (default: the bundled hip catalogue)
                  exercise-player --data-dir DIR [FILE] keep the session history in DIR instead of the usual
                                                        per-user data folder
                  exercise-player --validate [FILE]     check a catalogue or routine; prints OK or every problem
                                                        found
                  exercise-player --plan [FILE]         print the session plan a person will follow, with its total
                  exercise-player --plan [FILE] --json  the same plan as JSON
                  exercise-player --plan [FILE] --voice full|brief|counts|off
                                                        the plan with what the voice says at that setting
                                                        (default: as set in the app, View > Voice)
                  exercise-player --calendar [FILE] [--times 08:00,18:00]
                                                        print the reminders as an iCalendar (.ics) file, from
                                                        today to the review date (default times: those chosen in
                                                        the app, else the sessions a day FILE asks for)
                  exercise-player --reminders [FILE]    the reminder mode with no window that the login item
                                                        starts ("remind me even when the app is closed")
                  exercise-player --exit-after-first-frame [FILE]
                                                        start-up probe: open the window, print
                                                        first-frame-ms=<ms since the process started> once the
                                                        first frame is shown, and quit
                  exercise-player --format-guide        print the guides to the catalogue and routine file
                                                        formats (the app carries them; in the window: Help >
                                                        File formats)
                  exercise-player --help                this text
                  exercise-player --version             the version

                FILE is a catalogue (.json) or a routine a physio prescribed (.routine.json); the formats are
                described in the guides that --format-guide prints. Without FILE the bundled hip catalogue is used.

                Exit status: 0 success, 1 the file has problems, 2 the command line is wrong.
                From a source checkout: mvn -q javafx:run -Djavafx.args="--validate exercises/hip.json"
                """.formatted(Version.current());
    }
}
