package org.exerciseplayer.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Runs the speech engines, each as a process of its own; tests give a fake that records the command lines. Every
 * engine program is looked for on the {@code PATH}.
 */
public interface Processes {

    /** What a finished process said. */
    record Result(int exitCode, String out, String err) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * Runs a command to its end, with {@code input} on its standard input (UTF-8), and waits at most {@code timeout}.
     *
     * @throws IOException if it cannot be started, or does not end in time (it is then killed)
     */
    Result run(List<String> command, String input, Duration timeout) throws IOException;

    /** Starts a command and returns without waiting, its output discarded (live speech). */
    Process start(List<String> command) throws IOException;

    /** Whether a program of this name is on the {@code PATH} (with Windows' {@code .exe}). */
    boolean has(String program);
}
