package org.exerciseplayer.voice;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the speech engine of this computer: on Linux espeak-ng, else speech-dispatcher's {@code spd-say} (live only);
 * on macOS {@code say}; on Windows System.Speech through Windows PowerShell 5.1.
 */
public final class SpeechEngines {

    private SpeechEngines() {
    }

    /** What was found, or why nothing was (a sentence for the person). */
    public record Found(Optional<SpeechEngine> engine, String missing) {}

    public static Found forThisComputer() {
        return find(System.getProperty("os.name", ""), System.getProperty("os.version", ""),
                SystemProcesses.INSTANCE);
    }

    static Found find(String osName, String osVersion, Processes processes) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return found(WindowsSpeech.find(processes, osVersion), "voice.missing.windows");
        }
        if (os.contains("mac")) {
            return found(MacSay.find(processes), "voice.missing.mac");
        }
        Optional<SpeechEngine> engine = EspeakNg.find(processes);
        return found(engine.isPresent() ? engine : SpdSay.find(processes), "voice.missing.linux");
    }

    private static Found found(Optional<SpeechEngine> engine, String missingKey) {
        return new Found(engine, engine.isPresent() ? "" : VoiceMessages.text(missingKey));
    }
}
