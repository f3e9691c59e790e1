package org.exerciseplayer.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Keeps the screen awake by running a helper process for as long as the request lasts; releasing ends the
 * helper and everything it started. A helper either prints {@link HelperCommands#READY_LINE} once its request
 * is in force, or, for helpers that print nothing, counts as working if it is still running after a short
 * grace period. A helper that exits first is reported with its exit status and output.
 */
final class HelperProcessMechanism implements InhibitMechanism {

    static final Duration SILENT_HELPER_GRACE = Duration.ofMillis(300);
    private static final int MAX_REASON_CHARS = 300;

    /** How the mechanism learns that the helper's request is in force. */
    enum Readiness {
        /** The helper prints {@link HelperCommands#READY_LINE}. */
        READY_LINE,
        /** The helper prints nothing; still running after {@link #SILENT_HELPER_GRACE} counts as ready. */
        STILL_RUNNING
    }

    private final String name;
    private final Supplier<Optional<Path>> locate;
    private final BiFunction<Path, String, List<String>> commandLine;
    private final Readiness readiness;
    private final ProcessLauncher launcher;
    private final Duration readyTimeout;

    /**
     * @param locate      finds the helper's executable; empty means it is not installed
     * @param commandLine builds the command from the executable and the reason
     */
    HelperProcessMechanism(String name, Supplier<Optional<Path>> locate,
            BiFunction<Path, String, List<String>> commandLine, Readiness readiness, ProcessLauncher launcher,
            Duration readyTimeout) {
        this.name = name;
        this.locate = locate;
        this.commandLine = commandLine;
        this.readiness = readiness;
        this.launcher = launcher;
        this.readyTimeout = readyTimeout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Inhibition acquire(String reason) throws Unavailable {
        Path executable = locate.get().orElseThrow(() -> new Unavailable("not found on PATH"));
        Process process;
        try {
            process = launcher.start(commandLine.apply(executable, reason));
        } catch (IOException | RuntimeException e) {
            throw new Unavailable("could not start " + executable + ": " + e.getMessage());
        }
        closeQuietly(process);
        HelperOutput output = HelperOutput.follow(process);
        try {
            if (readiness == Readiness.READY_LINE) {
                awaitReadyLine(process, output);
            } else {
                awaitStillRunning(process, output);
            }
        } catch (Unavailable e) {
            destroyTree(process);
            throw e;
        }
        return new HelperInhibition(process);
    }

    private void awaitReadyLine(Process process, HelperOutput output) throws Unavailable {
        boolean ready;
        try {
            ready = output.ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Unavailable("did not confirm within " + readyTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while starting");
        } catch (ExecutionException e) {
            throw new Unavailable("could not read its output: " + e.getCause());
        }
        if (!ready) {
            throw new Unavailable(describeExit(process, output));
        }
    }

    private static void awaitStillRunning(Process process, HelperOutput output) throws Unavailable {
        try {
            if (process.waitFor(SILENT_HELPER_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Unavailable(describeExit(process, output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while starting");
        }
    }

    /** Called once the helper has stopped or closed its output: "exited with status 1: what it printed". */
    private static String describeExit(Process process, HelperOutput output) {
        String status;
        try {
            status = process.waitFor(1, TimeUnit.SECONDS)
                    ? "exited with status " + process.exitValue() : "closed its output without confirming";
            output.ended.get(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "interrupted while starting";
        } catch (ExecutionException | TimeoutException e) {
            status = "exited";
        }
        String printed = output.text();
        if (printed.length() > MAX_REASON_CHARS) {
            printed = printed.substring(0, MAX_REASON_CHARS) + "...";
        }
        return printed.isEmpty() ? status : status + ": " + printed;
    }

    /** Ends the helper and every process it started; a launcher-made stand-in may not expose descendants. */
    static void destroyTree(Process process) {
        List<ProcessHandle> descendants;
        try {
            descendants = process.descendants().toList();
        } catch (UnsupportedOperationException e) {
            descendants = List.of();
        }
        descendants.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(500, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The helpers never read their input; closing only spares the pipe.
        }
    }

    private static final class HelperInhibition implements Inhibition {

        private final Process process;

        HelperInhibition(Process process) {
            this.process = process;
        }

        @Override
        public boolean isActive() {
            return process.isAlive();
        }

        @Override
        public void release() {
            destroyTree(process);
        }
    }

    /**
     * Reads a helper's output on a daemon thread for the helper's whole life, so it can never block on a full
     * pipe. Completes {@code ready} at the ready line, or with {@code false} if output ends first.
     */
    private static final class HelperOutput {

        final CompletableFuture<Boolean> ready = new CompletableFuture<>();
        final CompletableFuture<Void> ended = new CompletableFuture<>();
        private final StringBuilder text = new StringBuilder();

        static HelperOutput follow(Process process) {
            HelperOutput output = new HelperOutput();
            Thread reader = new Thread(() -> output.readAll(process), "screen-awake-helper-output");
            reader.setDaemon(true);
            reader.start();
            return output;
        }

        private void readAll(Process process) {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), Charset.defaultCharset()))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.strip().equals(HelperCommands.READY_LINE)) {
                        ready.complete(true);
                    } else if (!ready.isDone()) {
                        append(line.strip());
                    }
                }
            } catch (IOException e) {
                append(e.toString());
            } finally {
                ready.complete(false);
                ended.complete(null);
            }
        }

        private synchronized void append(String line) {
            if (line.isEmpty() || text.length() > MAX_REASON_CHARS) {
                return;
            }
            if (text.length() > 0) {
                text.append(" / ");
            }
            text.append(line);
        }

        synchronized String text() {
            return text.toString();
        }
    }
}
