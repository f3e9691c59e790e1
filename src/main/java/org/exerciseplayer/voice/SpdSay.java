package org.exerciseplayer.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * speech-dispatcher's {@code spd-say}, for live speech on a Linux desktop without espeak-ng: it hands the phrase to the
 * desktop's speech daemon, which speaks through its own audio output, so it writes no file, is not rendered ahead, and
 * starts when the daemon gets to it. {@code spd-say -S} silences it.
 */
final class SpdSay implements SpeechEngine {

    static final String PROGRAM = "spd-say";

    private final Processes processes;
    private final String version;

    private SpdSay(Processes processes, String version) {
        this.processes = processes;
        this.version = version;
    }

    static Optional<SpeechEngine> find(Processes processes) {
        if (!processes.has(PROGRAM)) {
            return Optional.empty();
        }
        try {
            Processes.Result result = processes.run(List.of(PROGRAM, "--version"), "", Duration.ofSeconds(10));
            return result.succeeded() ? Optional.of(new SpdSay(processes, result.out().lines().findFirst()
                    .orElse("").strip())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() {
        return PROGRAM;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public boolean writesFiles() {
        return false;
    }

    @Override
    public void render(List<Job> jobs, VoiceChoice choice) throws IOException {
        throw new IOException(PROGRAM + " speaks live; it writes no file");
    }

    @Override
    public Process speak(String text, VoiceChoice choice) throws IOException {
        return processes.start(command(choice, text));
    }

    static List<String> command(VoiceChoice choice, String text) {
        List<String> command = new ArrayList<>(List.of(PROGRAM, "-l", choice.primaryLanguage(), "-r",
                Integer.toString(rate(choice.speedPercent()))));
        if (!choice.voice().isEmpty()) {
            command.addAll(List.of("-y", choice.voice()));
        }
        command.add("--");
        command.add(text);
        return command;
    }

    /** speech-dispatcher's rate runs from -100 to 100, 0 the normal; each 100 about doubles or halves it. */
    static int rate(int speedPercent) {
        return (int) Math.max(-100, Math.min(100, Math.round(100 * Math.log(speedPercent / 100.0) / Math.log(2))));
    }

    @Override
    public void silence() {
        try {
            processes.start(List.of(PROGRAM, "-S"));
        } catch (IOException e) {
            // Nothing more can be done: the phrase runs to its end.
        }
    }

    @Override
    public List<String> voices(String language) throws IOException {
        Processes.Result result = processes.run(List.of(PROGRAM, "-L"), "", Duration.ofSeconds(10));
        Set<String> voices = new LinkedHashSet<>();
        for (String line : result.out().lines().skip(1).toList()) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 2 && columns[1].toLowerCase(java.util.Locale.ROOT).startsWith(language)) {
                voices.add(columns[0]);
            }
        }
        return new ArrayList<>(voices);
    }
}
