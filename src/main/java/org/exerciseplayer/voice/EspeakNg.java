package org.exerciseplayer.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * eSpeak NG, on Linux (and anywhere it is installed): {@code espeak-ng -v VOICE -s WPM -w FILE --stdin}, one process a
 * phrase (about 40 ms each here), the text on its standard input so that nothing in it is taken for an option. Its
 * voices are named by language ({@code en-gb}, {@code en-gb-scotland}, {@code en-us}).
 */
final class EspeakNg implements SpeechEngine {

    static final String PROGRAM = "espeak-ng";
    private static final Duration PHRASE_TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern VERSION = Pattern.compile("text-to-speech:\\s*(\\S+)");

    private final Processes processes;
    private final String version;

    private EspeakNg(Processes processes, String version) {
        this.processes = processes;
        this.version = version;
    }

    /** The engine, if {@code espeak-ng --version} answers. */
    static Optional<SpeechEngine> find(Processes processes) {
        if (!processes.has(PROGRAM)) {
            return Optional.empty();
        }
        try {
            Processes.Result result = processes.run(List.of(PROGRAM, "--version"), "", Duration.ofSeconds(10));
            Matcher version = VERSION.matcher(result.out());
            return result.succeeded() ? Optional.of(new EspeakNg(processes, version.find() ? version.group(1)
                    : result.out().strip())) : Optional.empty();
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
        return true;
    }

    @Override
    public void render(List<Job> jobs, VoiceChoice choice) throws IOException {
        for (Job job : jobs) {
            Processes.Result result = processes.run(command(choice, job), job.text(), PHRASE_TIMEOUT);
            if (!result.succeeded()) {
                throw new IOException(PROGRAM + " failed (exit " + result.exitCode() + "): " + result.err().strip());
            }
        }
    }

    static List<String> command(VoiceChoice choice, Job job) {
        return List.of(PROGRAM, "-v", voice(choice), "-s", Integer.toString(choice.wordsPerMinute()), "-w",
                job.wav().toString(), "--stdin");
    }

    /** The voice chosen, or the one named by the catalogue's language ("en-gb" for "en-GB"). */
    static String voice(VoiceChoice choice) {
        return choice.voice().isEmpty() ? choice.language().toLowerCase(Locale.ROOT) : choice.voice();
    }

    @Override
    public List<String> voices(String language) throws IOException {
        Processes.Result result = processes.run(List.of(PROGRAM, "--voices=" + language), "", Duration.ofSeconds(10));
        return parseVoices(result.out());
    }

    /** The second column of {@code espeak-ng --voices=en}: "en-gb", "en-us", ..., each once. */
    static List<String> parseVoices(String listing) {
        Set<String> voices = new LinkedHashSet<>();
        for (String line : listing.lines().skip(1).toList()) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 2) {
                voices.add(columns[1]);
            }
        }
        return new ArrayList<>(voices);
    }
}
