package org.exerciseplayer.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A speech engine the person's system already has, run as a separate process: one that writes phrases as WAV files
 * ({@link #writesFiles()}: espeak-ng, macOS {@code say}, Windows' System.Speech), which are rendered ahead and played
 * like the cues, or one that speaks live (speech-dispatcher's {@code spd-say}).
 */
public interface SpeechEngine {

    /** The program, for the person: "espeak-ng". */
    String name();

    /** Its version, part of a rendered phrase's cache key, so that an upgrade renders again. */
    String version();

    boolean writesFiles();

    /**
     * Writes each phrase to its file as a 16-bit PCM mono WAV. Engines that are slow to start render them all in one
     * process.
     *
     * @throws IOException if the engine fails; the files written before that stay
     */
    void render(List<Job> jobs, VoiceChoice choice) throws IOException;

    /** Speaks a phrase now (live engines), returning the process; {@link #silence()} stops it. */
    default Process speak(String text, VoiceChoice choice) throws IOException {
        throw new IOException(name() + " writes files; it does not speak live");
    }

    /** Silences live speech now. */
    default void silence() {
    }

    /** The engine's voices for a language ("en"), by the names the engine takes. */
    List<String> voices(String language) throws IOException;

    /** A phrase to render, and the file to write it to. */
    record Job(String text, Path wav) {}
}
