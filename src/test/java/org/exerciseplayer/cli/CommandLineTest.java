package org.exerciseplayer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.routine.RoutineWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validateBundledCatalogueFileSaysOk() {
        assertThat(commandLine.run("--validate", "exercises/hip.json")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).isEqualTo("OK: Hip exercises, 3 sections, 14 exercises" + System.lineSeparator());
    }

    @Test
    void validateWithoutFileChecksTheBundledCatalogue() {
        assertThat(commandLine.run("--validate")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).startsWith("OK: Hip exercises");
    }

    @Test
    void validateBrokenFilePrintsEveryProblemAndFails() throws Exception {
        String hip = Files.readString(Path.of("exercises/hip.json"));
        Path broken = Files.writeString(folder.resolve("hip.json"),
                hip.replaceFirst("\"holdSeconds\": 10", "\"holdSeconds\": -5").replaceFirst("\"sides\": \"each\"",
                        "\"sides\": \"both\""));

        assertThat(commandLine.run("--validate", broken.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err()).contains(broken + ":56:28 $.sections[0].exercises[0].dose.holdSeconds:"
                + " must be a whole number of seconds from 1 to 600, got -5");
        assertThat(err()).contains("$.sections[0].exercises[1].dose.sides: must be one of");
        assertThat(err()).endsWith("2 problems found." + System.lineSeparator()
                + "The file formats are described in the guide: exercise-player --format-guide"
                + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void helpListsTheModes() {
        assertThat(commandLine.run("--help")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).contains("--validate [FILE]", "--plan [FILE]", "--version", "Exit status");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(commandLine.run("--version")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).matches("Exercise Player \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(commandLine.run("--validat")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("unknown option --validat", "--help");
    }

    @Test
    void jsonWithoutPlanIsAUsageError() {
        assertThat(commandLine.run("--json")).isEqualTo(new CommandLine.Outcome.Exit(2));
    }

    @Test
    void noModeOpensTheWindowOnTheGivenFile() {
        assertThat(commandLine.run("my.json"))
                .isEqualTo(new CommandLine.Outcome.OpenWindow(Optional.of(Path.of("my.json"))));
        assertThat(commandLine.run()).isEqualTo(new CommandLine.Outcome.OpenWindow(Optional.empty()));
    }

    @Test
    void planPrintsEveryExerciseAndTheTotal() {
        assertThat(commandLine.run("--plan", "exercises/hip.json")).isEqualTo(new CommandLine.Outcome.Exit(0));

        assertThat(out()).startsWith("Hip exercises: 14 exercises").contains("1. Lower back rotations")
                .contains("14. Donkey kicks").containsPattern("\nTotal: about \\d+ minutes \\(\\d+:\\d\\d\\)\n$");
        assertThat(err()).isEmpty();
    }

    @Test
    void planAsJsonIsOneObjectWhosePhasesAddUpToTheTotal() throws Exception {
        assertThat(commandLine.run("--plan", "--json")).isEqualTo(new CommandLine.Outcome.Exit(0));

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("catalogue").asText()).isEqualTo("hip");
        int sum = 0;
        for (JsonNode phase : root.get("phases")) {
            sum += phase.get("seconds").asInt();
        }
        assertThat(sum).isEqualTo(root.get("totalSeconds").asInt()).isPositive();
        assertThat(root.get("phases").get(0).get("phrases").get(0).get("text").asText())
                .startsWith("Lower back rotations.");
    }

    @Test
    void planShowsWhatTheVoiceWillSayAndWhen() {
        assertThat(commandLine.run("--plan")).isEqualTo(new CommandLine.Outcome.Exit(0));

        assertThat(out()).contains("   0:00  Get into position").contains("            0:00.0  \u201cLower back "
                + "rotations.").contains("check   \u201c").contains("Voice (");
    }

    @Test
    void planWithVoiceShowsTheScriptAtThatVerbosityWhateverTheAppIsSetTo() {
        assertThat(commandLine.run("--plan", "--voice", "brief")).isEqualTo(new CommandLine.Outcome.Exit(0));
        String brief = out();
        assertThat(brief).contains("Voice (brief)").contains("\u201cLower back rotations. Hold, 10 seconds.\u201d")
                .contains("Pain worse? Enter carries on, P stops.").doesNotContain("Lie on your back with your knees");

        assertThat(commandLine.run("--plan", "--voice=counts", "--json")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out().substring(brief.length())).contains("\"text\" : \"3\"").doesNotContain("Lower back rotations.");
    }

    @Test
    void planWithTheVoiceOffSaysItIsOffAndAnUnknownVerbosityIsAUsageError() {
        assertThat(commandLine.run("--plan", "--voice", "off")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).contains("   0:00  Get into position")
                .contains("The voice is switched off in the settings; this is what it would say.");

        assertThat(commandLine.run("--plan", "--voice", "loud")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("--voice \"loud\": choose full, brief, counts or off");
        assertThat(commandLine.run("--validate", "--voice", "brief")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("--voice goes with --plan");
    }

    @Test
    void dataDirGoesToTheWindow() {
        assertThat(commandLine.run("--data-dir", "/tmp/history", "my.json")).isEqualTo(
                new CommandLine.Outcome.OpenWindow(Optional.of(Path.of("my.json")), Optional.of(Path.of("/tmp/history"))));
        assertThat(commandLine.run("--data-dir=/tmp/h")).isEqualTo(
                new CommandLine.Outcome.OpenWindow(Optional.empty(), Optional.of(Path.of("/tmp/h"))));
    }

    @Test
    void dataDirWithoutAFolderIsAUsageError() {
        assertThat(commandLine.run("--data-dir")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("--data-dir needs a folder");
    }

    @Test
    void exitAfterFirstFrameOpensTheWindowAsAProbe() {
        assertThat(commandLine.run("--exit-after-first-frame", "my.json")).isEqualTo(
                new CommandLine.Outcome.OpenWindow(Optional.of(Path.of("my.json")), Optional.empty(), true));
        assertThat(commandLine.run("my.json")).isEqualTo(
                new CommandLine.Outcome.OpenWindow(Optional.of(Path.of("my.json")), Optional.empty(), false));
        assertThat(err()).isEmpty();
    }

    @Test
    void exitAfterFirstFrameWithACommandLineModeIsAUsageError() {
        assertThat(commandLine.run("--exit-after-first-frame", "--validate")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("--exit-after-first-frame goes with opening the window, not with --validate");
        assertThat(out()).isEmpty();
    }

    private Path samsRoutine() throws Exception {
        Path file = folder.resolve("sam.routine.json");
        RoutineWriter.save(RoutineFixtures.threeExercises(BundledCatalogue.load()), file);
        return file;
    }

    @Test
    void validateARoutineNamesItAndItsCatalogue() throws Exception {
        assertThat(commandLine.run("--validate", samsRoutine().toString())).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).isEqualTo("OK: routine \"Hips for Sam\" (3 exercises from catalogue hip 1.0.0)"
                + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void validateABrokenRoutinePrintsEveryProblemAndFails() throws Exception {
        Path file = samsRoutine();
        Files.writeString(file, Files.readString(file).replaceFirst("\"holdSeconds\" : 20", "\"holdSeconds\" : 900")
                .replaceFirst("\"limit\" : 3", "\"limit\" : 12"));

        assertThat(commandLine.run("--validate", file.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err()).contains(file + ":").contains("$.painRule.limit: must be a whole number from 0 to 9, got 12")
                .contains("$.exercises[0].dose.holdSeconds: must be a whole number of seconds from 1 to 600, got 900")
                .contains("2 problems found." + System.lineSeparator());
        assertThat(out()).isEmpty();
    }

    @Test
    void validateARoutineOfANewerFormatSaysSoAlone() throws Exception {
        Path file = samsRoutine();
        Files.writeString(file, Files.readString(file).replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 2"));

        assertThat(commandLine.run("--validate", file.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err()).contains("$.formatVersion: this routine is format version 2, newer than this app reads (1);"
                + " update Exercise Player to open it").contains("1 problem found." + System.lineSeparator());
    }

    @Test
    void planOfARoutineUsesItsTitleOrderAndDoses() throws Exception {
        RoutineDocument routine = RoutineFixtures.threeExercises(BundledCatalogue.load());
        assertThat(commandLine.run("--plan", samsRoutine().toString())).isEqualTo(new CommandLine.Outcome.Exit(0));

        assertThat(out()).startsWith("Hips for Sam: 3 exercises\n\n1. " + routine.exercise(0).name() + "\n")
                .contains("\n2. " + routine.exercise(1).name() + "\n")
                .contains("\n3. " + routine.exercise(2).name() + "\n")
                .contains("Hold, left side, 1 of 5").contains("Hold, left side, 5 of 5")
                .doesNotContain("Hold, left side, 6 of");
        assertThat(out().lines().filter(line -> line.contains("Rest, left side")).findFirst().orElseThrow())
                .endsWith(" 8 s");
    }

    @Test
    void planOfARoutineAsJsonNamesTheRoutine() throws Exception {
        assertThat(commandLine.run("--plan", samsRoutine().toString(), "--json"))
                .isEqualTo(new CommandLine.Outcome.Exit(0));

        JsonNode root = new ObjectMapper().readTree(out());
        assertThat(root.get("catalogue").asText()).isEqualTo("hip");
        assertThat(root.get("routine").asText()).isEqualTo("Hips for Sam");
        int sum = 0;
        for (JsonNode phase : root.get("phases")) {
            sum += phase.get("seconds").asInt();
        }
        assertThat(sum).isEqualTo(root.get("totalSeconds").asInt()).isPositive();
    }

    @Test
    void calendarPrintsAnICalendarOfTheChosenTimesWithoutStartingTheWindow() {
        Path noHistory = folder.resolve("no-history");

        assertThat(commandLine.run("--calendar", "exercises/hip.json", "--times", "07:30,19:00", "--data-dir",
                noHistory.toString())).isEqualTo(new CommandLine.Outcome.Exit(0));

        assertThat(out()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("T073000\r\n").contains("T190000\r\n").contains("DTSTART;VALUE=DATE:");
        assertThat(noHistory).as("the history is only read, never made").doesNotExist();
        assertThat(err()).isEmpty();
    }

    @Test
    void calendarReadsAnExistingHistoryAndChangesNothingInItsFolder() throws Exception {
        Path data = folder.resolve("data");
        try (org.exerciseplayer.history.SqliteHistoryStore store =
                     org.exerciseplayer.history.SqliteHistoryStore.open(data)) {
            long id = store.sessionStarted(java.time.Instant.now().minus(java.time.Duration.ofDays(3)), "hip",
                    "Hip exercises", Optional.empty(), java.util.OptionalInt.empty());
            store.sessionEnded(id, java.time.Instant.now(), org.exerciseplayer.history.SessionRecord.Ending.COMPLETED,
                    Optional.empty());
        }
        // A mode the person chose: reading the history must not take it back to the owner's alone.
        Files.setPosixFilePermissions(data.resolve("history.db"),
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        java.util.Map<String, String> before = hashes(data);

        assertThat(commandLine.run("--calendar", "exercises/hip.json", "--times=08:00", "--data-dir", data.toString()))
                .isEqualTo(new CommandLine.Outcome.Exit(0));

        assertThat(out()).startsWith("BEGIN:VCALENDAR\r\n");
        assertThat(err()).isEmpty();
        assertThat(hashes(data)).as("every file in the history folder, byte for byte").isEqualTo(before);
    }

    private static java.util.Map<String, String> hashes(Path data) throws Exception {
        java.util.Map<String, String> hashes = new java.util.TreeMap<>();
        try (var files = Files.list(data)) {
            for (Path file : files.toList()) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                hashes.put(file.getFileName().toString(), java.util.HexFormat.of().formatHex(digest) + " "
                        + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
        return hashes;
    }

    @Test
    void calendarOfARoutineNamesIt() throws Exception {
        RoutineDocument routine = RoutineFixtures.threeExercises(BundledCatalogue.load());
        Path file = folder.resolve("sam.routine.json");
        RoutineWriter.save(routine, file);

        assertThat(commandLine.run("--calendar", file.toString(), "--times=08:00", "--data-dir", folder.toString()))
                .isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).contains("SUMMARY:" + routine.title() + " (1 of 1 today)");
    }

    @Test
    void badTimesAreAUsageErrorThatSaysWhatIsWrong() {
        assertThat(commandLine.run("--calendar", "--times", "8am")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("\"8am\" is not a time of day");
        assertThat(out()).isEmpty();
    }

    @Test
    void timesWithoutCalendarIsAUsageError() {
        assertThat(commandLine.run("--times", "08:00")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).contains("--times goes with --calendar");
    }

    @Test
    void calendarOfABrokenFileFailsWithItsProblems() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"formatVersion\": 1,}");

        assertThat(commandLine.run("--calendar", broken.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(out()).isEmpty();
    }

    @Test
    void remindersModeIsForTheLoginItemAndKeepsTheFileAndDataFolder() {
        assertThat(commandLine.run("--reminders", "exercises/hip.json", "--data-dir", "/tmp/h"))
                .isEqualTo(new CommandLine.Outcome.Reminders(Optional.of(Path.of("exercises/hip.json")),
                        Optional.of(Path.of("/tmp/h"))));
    }
}
