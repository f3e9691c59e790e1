package org.exerciseplayer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exerciseplayer.catalogue.FormatGuide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile file can make the command line print: never a character that moves the cursor or changes the
 * terminal, never a forged line, never more than a short excerpt of what it holds, and the true problem count.
 */
class HostileInputCommandLineTest {

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

    private Path minimalWith(String name, String old, String replacement) throws Exception {
        String minimal = new String(getClass().getResourceAsStream("/catalogues/minimal.json").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(minimal).contains(old);
        return Files.writeString(folder.resolve(name), minimal.replace(old, replacement), StandardCharsets.UTF_8);
    }

    /** Whether a text holds any character below a space other than a line break, or a C1 control, or an override. */
    private static boolean holdsTerminalControls(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x202E);
    }

    @Test
    void anEscapeSequenceInATitleIsNeitherPrintedNorAccepted() throws Exception {
        Path file = minimalWith("ansi.json", "\"title\": \"Test exercises\"",
                "\"title\": \"\\u001b[2J\\u001b]0;pwned\\u0007Knee\"");

        assertThat(commandLine.run("--validate", file.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err()).contains("$.title: must not contain control characters such as \\u001B, got"
                + " \"\\u001B[2J\\u001B]0;pwned\\u0007Knee\"");
        assertThat(holdsTerminalControls(err())).isFalse();
        assertThat(out()).isEmpty();
    }

    @Test
    void aCraftedIdCannotMakeTheErrorOutputReadAsOk() throws Exception {
        Path file = minimalWith("forged.json", "\"id\": \"test\"", "\"id\": \"x\\rOK: Knee, 1 section, 1 exercise\\n\"");

        assertThat(commandLine.run("--validate", file.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err().lines()).noneMatch(line -> line.startsWith("OK"));
        assertThat(err()).contains("got \"x\\rOK: Knee, 1 section, 1 exercise\\n\"");
        assertThat(holdsTerminalControls(err())).isFalse();
    }

    @Test
    void aFileNameWithAnEscapeSequenceIsPrintedEscaped() throws Exception {
        Path file = Files.writeString(folder.resolve("a\u001b[2Jb.json"), "{", StandardCharsets.UTF_8);

        commandLine.run("--validate", file.toString());
        assertThat(err()).contains("a\\u001B[2Jb.json:");
        assertThat(holdsTerminalControls(err())).isFalse();
    }

    @Test
    void aRightToLeftMarkThatAValidFileMayHoldIsEscapedInThePlan() throws Exception {
        Path file = minimalWith("mark.json", "\"name\": \"Knee hug\"", "\"name\": \"Knee hug\\u200f\"");

        assertThat(commandLine.run("--plan", file.toString())).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).contains("1. Knee hug\\u200F\n").doesNotContain("\u200f");
        assertThat(commandLine.run("--plan", file.toString(), "--json")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).doesNotContain("\u200f");
    }

    @Test
    void theCountOfProblemsIsTheTrueCountAndSaysHowManyAreListed() throws Exception {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            fields.append("\"x").append(i).append("\":0,");
        }
        Path file = minimalWith("many.json", "\"formatVersion\": 1,", fields + "\"formatVersion\": 1,");

        assertThat(commandLine.run("--validate", file.toString())).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err()).contains("and 99,900 more problems not listed; fix these first")
                .contains("100,000 problems found (the first 100 listed).");
        assertThat(err().lines().count()).isEqualTo(100 + 3);
    }

    @Test
    void aSessionThatAddsUpPastFourHoursIsRefusedAtTheExerciseThatTakesItOverAndNeverPlanned() throws Exception {
        String exercise = "\"dose\": { \"holdSeconds\": 600, \"repetitions\": 500, \"sides\": \"each\" }";
        Path file = minimalWith("long.json",
                "\"dose\": { \"holdSeconds\": 10, \"repetitions\": 3, \"sides\": \"each\", \"timesPerDay\": 2 }",
                exercise);

        assertThat(commandLine.run("--plan", file.toString(), "--json")).isEqualTo(new CommandLine.Outcome.Exit(1));
        assertThat(err()).contains(file + ":19:9 $.sections[0].exercises[0]: this exercise alone takes 7 days with its"
                + " dose and pacing; a session may take at most 4 hours");
        assertThat(out()).isEmpty();
    }

    @Test
    void aFileNameThisSystemCannotHoldIsAUsageError() {
        assertThat(commandLine.run("--validate", "knee\0.json")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).startsWith("exercise-player: not a file name this system can open: \"knee\\u0000.json\"");
    }

    @Test
    void anUnknownOptionIsEchoedEscaped() {
        assertThat(commandLine.run("--\u001b[2J")).isEqualTo(new CommandLine.Outcome.Exit(2));
        assertThat(err()).startsWith("exercise-player: unknown option --\\u001B[2J");
    }

    @Test
    void theFormatGuidesAreCarriedByTheAppAndPrintedOnRequest() {
        assertThat(commandLine.run("--format-guide")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).startsWith("# Writing an exercise catalogue (format version 1)")
                .contains(FormatGuide.text(FormatGuide.Kind.ROUTINE));
        assertThat(commandLine.run("--help")).isEqualTo(new CommandLine.Outcome.Exit(0));
        assertThat(out()).contains("--format-guide").doesNotContain("docs/catalogue-format.md");
    }
}
