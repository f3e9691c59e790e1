package org.exerciseplayer.app;

import java.nio.file.Path;

public final class ExercisePlayerApp {
    public static void launchWith(Path file) { }
}
