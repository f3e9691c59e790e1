package org.exerciseplayer.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread while the toolkit starts, the classes that the first frame will need (JavaFX's
 * controls and skins, the theme, Jackson, the app's own), in the order the JavaFX thread will ask for them, so
 * that most are already loaded when it does: on two or more cores the loading runs beside the toolkit's start
 * instead of after it. The list, {@code first-frame-classes.txt}, is written by {@code bench/classlist.sh}; a
 * class named there that no longer exists is skipped. Classes are loaded without being initialised, so no static
 * initialiser runs early or on another thread.
 */
final class ClassPreloader {

    static final String LIST = "first-frame-classes.txt";

    private ClassPreloader() {
    }

    /** Starts the loading on a daemon thread. */
    static void start() {
        Thread thread = new Thread(ClassPreloader::loadAll, "class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every class on the list that exists; returns how many it loaded. */
    static int loadAll() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        InputStream list = ClassPreloader.class.getResourceAsStream(LIST);
        if (list == null) {
            return 0;
        }
        int loaded = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                try {
                    Class.forName(line.replace('/', '.'), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // Gone since the list was made: the JavaFX thread loads what it needs anyway.
                }
            }
        } catch (IOException e) {
            // Nothing is lost but speed.
        }
        return loaded;
    }
}
