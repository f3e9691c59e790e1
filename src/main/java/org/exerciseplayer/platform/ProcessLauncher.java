package org.exerciseplayer.platform;

import java.io.IOException;
import java.util.List;

/** Starts helper processes; tests substitute one that records command lines instead of running them. */
@FunctionalInterface
interface ProcessLauncher {

    /** Starts {@code command} (program first) with its standard error merged into its standard output. */
    Process start(List<String> command) throws IOException;

    /** Starts real processes. */
    static ProcessLauncher system() {
        return command -> new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
