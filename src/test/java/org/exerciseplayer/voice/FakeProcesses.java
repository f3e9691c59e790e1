package org.exerciseplayer.voice;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** Processes for tests: programs "on the PATH" as given, each command and its input recorded, answers made up. */
final class FakeProcesses implements Processes {

    record Ran(List<String> command, String input) {}

    private final Set<String> programs;
    private final BiFunction<List<String>, String, Result> answer;
    final List<Ran> ran = new ArrayList<>();
    final List<List<String>> started = new ArrayList<>();

    FakeProcesses(Set<String> programs, BiFunction<List<String>, String, Result> answer) {
        this.programs = programs;
        this.answer = answer;
    }

    @Override
    public Result run(List<String> command, String input, Duration timeout) throws IOException {
        ran.add(new Ran(command, input));
        Result result = answer.apply(command, input);
        if (result == null) {
            throw new IOException(command.get(0) + " could not be started");
        }
        return result;
    }

    @Override
    public Process start(List<String> command) {
        started.add(command);
        return DeadProcess.INSTANCE;
    }

    @Override
    public boolean has(String program) {
        return programs.contains(program);
    }

    /** A process that has already ended. */
    static final class DeadProcess extends Process {
        static final DeadProcess INSTANCE = new DeadProcess();

        @Override
        public java.io.OutputStream getOutputStream() {
            return java.io.OutputStream.nullOutputStream();
        }

        @Override
        public java.io.InputStream getInputStream() {
            return java.io.InputStream.nullInputStream();
        }

        @Override
        public java.io.InputStream getErrorStream() {
            return java.io.InputStream.nullInputStream();
        }

        @Override
        public int waitFor() {
            return 0;
        }

        @Override
        public int exitValue() {
            return 0;
        }

        @Override
        public void destroy() {
        }
    }
}
