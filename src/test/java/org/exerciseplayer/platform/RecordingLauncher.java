package org.exerciseplayer.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Records each command line and hands back a process from a supplier, or really starts it. */
final class RecordingLauncher implements ProcessLauncher {

    final List<List<String>> commands = new ArrayList<>();
    final List<Process> processes = new ArrayList<>();
    private final ProcessLauncher delegate;

    private RecordingLauncher(ProcessLauncher delegate) {
        this.delegate = delegate;
    }

    /** Every command "starts" as the supplied fake process. */
    static RecordingLauncher faking(Supplier<Process> processes) {
        return new RecordingLauncher(command -> processes.get());
    }

    /** Every command starts for real. */
    static RecordingLauncher real() {
        return new RecordingLauncher(ProcessLauncher.system());
    }

    @Override
    public synchronized Process start(List<String> command) throws IOException {
        commands.add(List.copyOf(command));
        Process process = delegate.start(command);
        processes.add(process);
        return process;
    }

    synchronized Process lastProcess() {
        return processes.get(processes.size() - 1);
    }
}
