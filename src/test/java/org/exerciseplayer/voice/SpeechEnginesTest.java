package org.exerciseplayer.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which engine each system gets, and the command lines each engine runs, with the processes faked. */
class SpeechEnginesTest {

    private static final Processes.Result ESPEAK_VERSION = new Processes.Result(0,
            "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data\n", "");
    private static final VoiceChoice BRITISH = new VoiceChoice("en-GB", "", 100);

    private static FakeProcesses processes(Set<String> programs) {
        return new FakeProcesses(programs, (command, input) -> switch (command.get(0)) {
            case "espeak-ng" -> command.get(1).equals("--version") ? ESPEAK_VERSION
                    : command.get(1).startsWith("--voices") ? new Processes.Result(0, """
                    Pty Language       Age/Gender VoiceName          File                 Other Languages
                     2  en-gb           --/M      English_(Great_Britain) gmw/en               (en 2)
                     2  en-us           --/M      English_(America)  gmw/en-US            (en 3)
                     5  en-gb-scotland  --/M      English_(Scotland) gmw/en-GB-scotland   (en 4)
                    """, "") : new Processes.Result(0, "", "");
            case "spd-say" -> new Processes.Result(0, "spd-say: client for speech-dispatcher 0.11.4\n", "");
            case "sw_vers" -> new Processes.Result(0, "14.5\n", "");
            case "say" -> new Processes.Result(0, """
                    Daniel              en_GB    # Hello! My name is Daniel.
                    Samantha            en_US    # Hello! My name is Samantha.
                    Bad News            en_US    # Hello! My name is Bad News.
                    Thomas              fr_FR    # Bonjour, je m'appelle Thomas.
                    """, "");
            default -> new Processes.Result(0, "", "");
        });
    }

    @Test
    void linuxTakesEspeakNgThenSpeechDispatcherAndSaysWhyWhenThereIsNeither() {
        SpeechEngines.Found both = SpeechEngines.find("Linux", "6.1", processes(Set.of("espeak-ng", "spd-say")));
        SpeechEngines.Found live = SpeechEngines.find("Linux", "6.1", processes(Set.of("spd-say")));
        SpeechEngines.Found none = SpeechEngines.find("Linux", "6.1", processes(Set.of()));

        assertThat(both.engine()).get().satisfies(engine -> {
            assertThat(engine.name()).isEqualTo("espeak-ng");
            assertThat(engine.version()).isEqualTo("1.51");
            assertThat(engine.writesFiles()).isTrue();
        });
        assertThat(live.engine()).get().satisfies(engine -> {
            assertThat(engine.name()).isEqualTo("spd-say");
            assertThat(engine.writesFiles()).isFalse();
        });
        assertThat(none.engine()).isEmpty();
        assertThat(none.missing()).contains("espeak-ng", "speech-dispatcher", "sound cues and the flash");
    }

    @Test
    void macOsTakesSayAndWindowsTakesWindowsPowerShellNeverPwsh() {
        assertThat(SpeechEngines.find("Mac OS X", "14.5", processes(Set.of("say"))).engine()).get()
                .satisfies(engine -> assertThat(engine.version()).isEqualTo("macOS 14.5"));
        assertThat(SpeechEngines.find("Windows 11", "10.0", processes(Set.of("powershell.exe"))).engine()).get()
                .satisfies(engine -> assertThat(engine.name()).isEqualTo("System.Speech"));
        assertThat(SpeechEngines.find("Windows 11", "10.0", processes(Set.of("pwsh"))).engine()).isEmpty();
        assertThat(SpeechEngines.find("Mac OS X", "14.5", processes(Set.of())).missing()).contains("say");
    }

    @Test
    void espeakNgWritesEachPhraseWithTheTextOnItsInputInTheCataloguesLanguageAtTheChosenSpeed() throws Exception {
        FakeProcesses processes = processes(Set.of("espeak-ng"));
        SpeechEngine espeak = EspeakNg.find(processes).orElseThrow();

        espeak.render(List.of(new SpeechEngine.Job("-v is not an option here.", Path.of("/tmp/a.wav"))),
                new VoiceChoice("en-GB", "", 120));

        assertThat(processes.ran.get(1).command()).containsExactly("espeak-ng", "-v", "en-gb", "-s", "210", "-w",
                "/tmp/a.wav", "--stdin");
        assertThat(processes.ran.get(1).input()).isEqualTo("-v is not an option here.");
        assertThat(espeak.voices("en")).containsExactly("en-gb", "en-us", "en-gb-scotland");
    }

    @Test
    void sayWritesSixteenBitMonoInTheVoiceOfTheCataloguesRegion() throws Exception {
        FakeProcesses processes = processes(Set.of("say"));
        SpeechEngine say = MacSay.find(processes).orElseThrow();

        say.render(List.of(new SpeechEngine.Job("Release.", Path.of("/tmp/r.wav"))), BRITISH);

        assertThat(processes.ran.get(processes.ran.size() - 1).command()).containsExactly("say", "-v", "Daniel",
                "-r", "175", "-o", "/tmp/r.wav", "--data-format=LEI16@22050", "-f", "-");
        assertThat(say.voices("en")).containsExactly("Daniel", "Samantha", "Bad News");
    }

    @Test
    void systemSpeechRendersABatchInOneWindowsPowerShellWithEveryTextAndFileInBase64() throws Exception {
        FakeProcesses processes = processes(Set.of("powershell.exe"));
        SpeechEngine windows = WindowsSpeech.find(processes, "10.0").orElseThrow();

        windows.render(List.of(new SpeechEngine.Job("Hold for 20 seconds.", Path.of("C:\\Users\\José\\a.wav")),
                new SpeechEngine.Job("Don't \"quote\" me.", Path.of("C:\\b.wav"))), new VoiceChoice("en-GB", "", 160));

        assertThat(processes.ran).hasSize(1);
        List<String> command = processes.ran.get(0).command();
        assertThat(command.subList(0, 6)).containsExactly("powershell.exe", "-NoProfile", "-NonInteractive",
                "-ExecutionPolicy", "Bypass", "-Command");
        assertThat(command.get(6)).contains("Add-Type -AssemblyName System.Speech", "SetOutputToWaveFile",
                "GetCultureInfo('en-GB')", "$s.Rate = 4", "22050", "Mono");
        List<String> lines = processes.ran.get(0).input().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(decode(lines.get(0).split("\t")[0])).isEqualTo("C:\\Users\\José\\a.wav");
        assertThat(decode(lines.get(1).split("\t")[1])).isEqualTo("Don't \"quote\" me.");
    }

    @Test
    void speechDispatcherSpeaksLiveInTheLanguageAndStopsOnRequest() throws Exception {
        FakeProcesses processes = processes(Set.of("spd-say"));
        SpeechEngine spd = SpdSay.find(processes).orElseThrow();

        spd.speak("-r is a word here", new VoiceChoice("en-GB", "", 200));
        spd.silence();

        assertThat(processes.started).containsExactly(List.of("spd-say", "-l", "en", "-r", "100", "--",
                "-r is a word here"), List.of("spd-say", "-S"));
        assertThat(SpdSay.rate(100)).isZero();
        assertThat(SpdSay.rate(50)).isEqualTo(-100);
        assertThat(WindowsSpeech.rate(100)).isZero();
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
