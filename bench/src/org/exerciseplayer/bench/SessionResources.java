package org.exerciseplayer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Memory and CPU through a session, against the bare hello-world, measured from outside the process: starts
 * {@code org.exerciseplayer.app.SessionDriver} (the real app driven through a session) and {@link HelloSession}
 * (the floor) in turn, each a fresh JVM, reads their {@code mark} lines, and at each mark reads
 * {@code /proc/<pid>/stat} (user + system CPU ticks of every thread of the process) and {@code /proc/<pid>/status}
 * (VmHWM, the peak resident set size so far). CPU of a stretch = ticks used / its wall time, as a percentage of
 * one core. Arguments: {@code [rounds] [speed] [secondsPerStretch]}, defaults 3, 1 and 8. Run by bench/session.sh.
 */
public final class SessionResources {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, `getconf CLK_TCK` on Linux

    private SessionResources() {
    }

    /** What one run measured: CPU % of one core per stretch, and the peak RSS in KiB at its end. */
    record Run(Map<String, Double> cpuPercent, long peakKib) {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String speed = args.length > 1 ? args[1] : "1";
        String seconds = args.length > 2 ? args[2] : "8";
        String classpath = System.getProperty("java.class.path");
        Map<String, List<Run>> runs = new LinkedHashMap<>();
        // SESSION_JAVA_OPTIONS="-XX:..." adds rows with those options (the app's, as it ships): the floor and the app
        // again; SESSION_BEFORE_CLASSES=DIR adds the app of another build (its target/classes), the "before" of a
        // change measured in the same run.
        List<String> options = List.of(System.getenv().getOrDefault("SESSION_JAVA_OPTIONS", "").trim().split("\\s+"))
                .stream().filter(o -> !o.isEmpty()).toList();
        String before = System.getenv().getOrDefault("SESSION_BEFORE_CLASSES", "");
        // The before's own options, if they were not the same (SESSION_BEFORE_OPTIONS, default SESSION_JAVA_OPTIONS).
        List<String> beforeOptions = List.of(System.getenv().getOrDefault("SESSION_BEFORE_OPTIONS",
                String.join(" ", options)).trim().split("\\s+")).stream().filter(o -> !o.isEmpty()).toList();
        String beforeClasspath = before.isEmpty() ? "" : beforeClasspath(classpath, before);
        for (int round = 0; round < rounds; round++) {
            record(runs, "floor", List.of(), classpath, HelloSession.class.getName(), List.of(seconds));
            record(runs, "app", List.of(), classpath, DRIVER, driverArguments(speed, seconds));
            if (!options.isEmpty()) {
                record(runs, "floor+o", options, classpath, HelloSession.class.getName(), List.of(seconds));
                if (!before.isEmpty()) {
                    record(runs, "before+o", beforeOptions, beforeClasspath, DRIVER, driverArguments(speed, seconds));
                }
                record(runs, "app+o", options, classpath, DRIVER, driverArguments(speed, seconds));
            }
        }
        System.out.printf(Locale.ROOT, "%d rounds, %s s per stretch, session at %sx; CPU as %% of one core%n",
                rounds, seconds, speed);
        System.out.printf(Locale.ROOT, "%-8s %18s %18s %18s %16s%n", "", "idle (home) CPU", "running (hold) CPU",
                "paused CPU", "peak RSS");
        for (var entry : runs.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s", entry.getKey()));
            for (String stretch : List.of("idle", "running", "paused")) {
                line.append(String.format(Locale.ROOT, " %18s", joined(entry.getValue().stream()
                        .map(r -> String.format(Locale.ROOT, "%.1f", r.cpuPercent().get(stretch))).toList())));
            }
            line.append(String.format(Locale.ROOT, " %16s", joined(entry.getValue().stream()
                    .map(r -> Long.toString(r.peakKib() / 1024)).toList()) + " MiB"));
            System.out.println(line);
        }
    }

    private static final String DRIVER = "org.exerciseplayer.app.SessionDriver";

    private static List<String> driverArguments(String speed, String seconds) throws IOException {
        return List.of(Files.createTempDirectory("session-bench").toString(), speed, seconds);
    }

    private static void record(Map<String, List<Run>> runs, String row, List<String> options, String classpath,
                               String main, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(options);
        command.addAll(List.of("-cp", classpath, main));
        command.addAll(arguments);
        runs.computeIfAbsent(row, r -> new ArrayList<>()).add(run(command));
    }

    /** This class path with the app's own classes (target/classes) replaced by {@code classes}. */
    private static String beforeClasspath(String classpath, String classes) {
        List<String> entries = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            entries.add(entry.endsWith("target/classes") ? classes : entry);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String joined(List<String> values) {
        return String.join(" / ", values);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long pid = process.pid();
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, long[]> begun = new LinkedHashMap<>();
        long peak = -1;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.startsWith("mark ")) {
                    continue;
                }
                String[] words = line.split(" ");
                long ticks = cpuTicks(pid);
                long now = System.nanoTime();
                if (words[1].equals("peak")) {
                    peak = peakKib(pid);
                } else if (words[2].equals("begin")) {
                    begun.put(words[1], new long[] {ticks, now});
                } else {
                    long[] start = begun.get(words[1]);
                    double wallSeconds = (now - start[1]) / 1e9;
                    cpu.put(words[1], 100.0 * (ticks - start[0]) / TICKS_PER_SECOND / wallSeconds);
                }
            }
        }
        int status = process.waitFor();
        if (status != 0 || peak < 0 || cpu.size() != 3) {
            throw new IllegalStateException(command + " ended with " + status + " after marks " + cpu.keySet());
        }
        return new Run(cpu, peak);
    }

    /** User plus system time of the whole process so far, in clock ticks (fields 14 and 15 of its stat). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** The process's peak resident set size so far, in KiB. */
    private static long peakKib(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmHWM in /proc/" + pid + "/status");
    }
}
