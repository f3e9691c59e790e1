package org.exerciseplayer.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * macOS {@code say}: {@code say -v VOICE -r WPM -o FILE --data-format=LEI16@22050 -f -}, the text on its standard
 * input; 16-bit mono at 22,050 Hz, the cues' own format. Written from Apple's documentation of {@code say}; not tried
 * here (no Mac).
 */
final class MacSay implements SpeechEngine {

    static final String PROGRAM = "say";
    private static final Duration PHRASE_TIMEOUT = Duration.ofSeconds(30);
    /** A line of {@code say -v '?'}: "Daniel              en_GB    # Hello, my name is Daniel." */
    private static final Pattern VOICE = Pattern.compile("^(.+?)\\s+([a-z]{2,3}[_-][A-Za-z0-9]+)\\s+#");

    private final Processes processes;
    private final String version;

    private MacSay(Processes processes, String version) {
        this.processes = processes;
        this.version = version;
    }

    static Optional<SpeechEngine> find(Processes processes) {
        if (!processes.has(PROGRAM)) {
            return Optional.empty();
        }
        String version = "macOS";
        try {
            Processes.Result result = processes.run(List.of("sw_vers", "-productVersion"), "", Duration.ofSeconds(10));
            version = "macOS " + result.out().strip();
        } catch (IOException e) {
            // The voices may differ between versions; without one the cache key says only "macOS".
        }
        return Optional.of(new MacSay(processes, version));
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
        String voice = choice.voice().isEmpty() ? defaultVoice(choice) : choice.voice();
        for (Job job : jobs) {
            Processes.Result result = processes.run(command(voice, choice, job), job.text(), PHRASE_TIMEOUT);
            if (!result.succeeded()) {
                throw new IOException(PROGRAM + " failed (exit " + result.exitCode() + "): " + result.err().strip());
            }
        }
    }

    static List<String> command(String voice, VoiceChoice choice, Job job) {
        List<String> command = new ArrayList<>(List.of(PROGRAM));
        if (!voice.isEmpty()) {
            command.addAll(List.of("-v", voice));
        }
        command.addAll(List.of("-r", Integer.toString(choice.wordsPerMinute()), "-o", job.wav().toString(),
                "--data-format=LEI16@22050", "-f", "-"));
        return command;
    }

    /** A voice for the catalogue's language and region (en_GB), else for its language, else the system's own. */
    private String defaultVoice(VoiceChoice choice) throws IOException {
        List<String[]> voices = listed();
        String exact = choice.language().replace('-', '_').toLowerCase(Locale.ROOT);
        for (String[] voice : voices) {
            if (voice[1].toLowerCase(Locale.ROOT).equals(exact)) {
                return voice[0];
            }
        }
        for (String[] voice : voices) {
            if (voice[1].toLowerCase(Locale.ROOT).startsWith(choice.primaryLanguage() + "_")) {
                return voice[0];
            }
        }
        return "";
    }

    @Override
    public List<String> voices(String language) throws IOException {
        return listed().stream().filter(voice -> voice[1].toLowerCase(Locale.ROOT).startsWith(language + "_"))
                .map(voice -> voice[0]).toList();
    }

    private List<String[]> listed() throws IOException {
        Processes.Result result = processes.run(List.of(PROGRAM, "-v", "?"), "", Duration.ofSeconds(10));
        return parseVoices(result.out());
    }

    /** Pairs (name, locale) of {@code say -v '?'}. */
    static List<String[]> parseVoices(String listing) {
        List<String[]> voices = new ArrayList<>();
        for (String line : listing.lines().toList()) {
            Matcher matcher = VOICE.matcher(line);
            if (matcher.find()) {
                voices.add(new String[] {matcher.group(1).strip(), matcher.group(2)});
            }
        }
        return voices;
    }
}
