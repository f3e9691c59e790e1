package org.exerciseplayer.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Windows' System.Speech voices through Windows PowerShell 5.1 ({@code powershell.exe}; PowerShell 7's {@code pwsh}
 * cannot load System.Speech). PowerShell takes about a second to start, so one process renders a whole batch: the
 * script reads one job a line from its standard input (the file and the text, each Base64 of UTF-8, so that no code
 * page or quoting can garble them) and writes each with {@code SetOutputToWaveFile} as 16-bit mono at 22,050 Hz.
 * Written from Microsoft's documentation of System.Speech; not tried here (no Windows).
 */
final class WindowsSpeech implements SpeechEngine {

    static final String PROGRAM = "powershell.exe";
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(5);

    private final Processes processes;
    private final String version;

    private WindowsSpeech(Processes processes, String version) {
        this.processes = processes;
        this.version = version;
    }

    static Optional<SpeechEngine> find(Processes processes, String osVersion) {
        return processes.has(PROGRAM) ? Optional.of(new WindowsSpeech(processes, "Windows " + osVersion))
                : Optional.empty();
    }

    @Override
    public String name() {
        return "System.Speech";
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
        StringBuilder input = new StringBuilder();
        for (Job job : jobs) {
            input.append(base64(job.wav().toString())).append('\t').append(base64(job.text())).append('\n');
        }
        Processes.Result result = processes.run(command(script(choice)), input.toString(), BATCH_TIMEOUT);
        if (!result.succeeded()) {
            throw new IOException("System.Speech failed (exit " + result.exitCode() + "): " + result.err().strip());
        }
    }

    static List<String> command(String script) {
        return List.of(PROGRAM, "-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-Command", script);
    }

    /** The PowerShell script that renders each job read from standard input. */
    static String script(VoiceChoice choice) {
        return String.join("; ",
                "$ErrorActionPreference = 'Stop'",
                "Add-Type -AssemblyName System.Speech",
                "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer",
                choice.voice().isEmpty()
                        ? "try { $s.SelectVoiceByHints([System.Speech.Synthesis.VoiceGender]::NotSet, "
                                + "[System.Speech.Synthesis.VoiceAge]::NotSet, 0, "
                                + "[System.Globalization.CultureInfo]::GetCultureInfo(" + quoted(choice.language())
                                + ")) } catch { }"
                        : "$s.SelectVoice(" + quoted(choice.voice()) + ")",
                "$s.Rate = " + rate(choice.speedPercent()),
                "$f = New-Object System.Speech.AudioFormat.SpeechAudioFormatInfo(22050, "
                        + "[System.Speech.AudioFormat.AudioBitsPerSample]::Sixteen, "
                        + "[System.Speech.AudioFormat.AudioChannel]::Mono)",
                "$u = [System.Text.Encoding]::UTF8",
                "while (($l = [Console]::In.ReadLine()) -ne $null) { if ($l.Length -eq 0) { continue }; "
                        + "$p = $l.Split(\"`t\"); "
                        + "$s.SetOutputToWaveFile($u.GetString([Convert]::FromBase64String($p[0])), $f); "
                        + "$s.Speak($u.GetString([Convert]::FromBase64String($p[1]))); $s.SetOutputToNull() }");
    }

    /** System.Speech's rate runs from -10 to 10, 0 the normal; 10 is about three times as fast. */
    static int rate(int speedPercent) {
        return (int) Math.max(-10, Math.min(10, Math.round(10 * Math.log(speedPercent / 100.0) / Math.log(3))));
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<String> voices(String language) throws IOException {
        String script = "Add-Type -AssemblyName System.Speech; "
                + "(New-Object System.Speech.Synthesis.SpeechSynthesizer).GetInstalledVoices() | "
                + "ForEach-Object { $_.VoiceInfo.Name + \"`t\" + $_.VoiceInfo.Culture.Name }";
        Processes.Result result = processes.run(command(script), "", Duration.ofSeconds(30));
        List<String> voices = new ArrayList<>();
        for (String line : result.out().lines().toList()) {
            String[] parts = line.split("\t");
            if (parts.length == 2 && parts[1].toLowerCase(Locale.ROOT).startsWith(language)) {
                voices.add(parts[0].strip());
            }
        }
        return voices;
    }
}
