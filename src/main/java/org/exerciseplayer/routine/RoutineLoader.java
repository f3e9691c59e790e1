package org.exerciseplayer.routine;

import java.nio.file.Path;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.exerciseplayer.catalogue.CatalogueReader;

/**
 * Loads routine files, and files that may be either a catalogue or a routine (what File &gt; Open, the
 * command line and drag and drop are given). A routine is told from a catalogue by its {@code "catalogue"} or top-level {@code "exercises"}
 * field. Problems are reported exactly as for catalogues.
 */
public final class RoutineLoader {

    private RoutineLoader() {
    }

    /** What a file turned out to hold. */
    public sealed interface Opened permits OpenedCatalogue, OpenedRoutine {
        /** The catalogue to show: the file itself, or the one the routine carries. */
        Catalogue catalogue();
    }

    public record OpenedCatalogue(Catalogue catalogue) implements Opened {}

    public record OpenedRoutine(RoutineDocument routine) implements Opened {
        @Override
        public Catalogue catalogue() {
            return routine.catalogue();
        }
    }

    /** Loads a routine file; a catalogue or anything else is refused with its problems. */
    public static RoutineDocument load(Path file) throws CatalogueException {
        return CatalogueLoader.load(file, RoutineReader::read);
    }

    public static RoutineDocument parse(String name, byte[] bytes) throws CatalogueException {
        return CatalogueLoader.parse(name, bytes, RoutineReader::read);
    }

    /** Loads a catalogue or a routine, whichever the file is. */
    public static Opened open(Path file) throws CatalogueException {
        return CatalogueLoader.load(file, RoutineLoader::either);
    }

    public static Opened open(String name, byte[] bytes) throws CatalogueException {
        return CatalogueLoader.parse(name, bytes, RoutineLoader::either);
    }

    private static Opened either(org.exerciseplayer.catalogue.json.JsonValue root,
                                 org.exerciseplayer.catalogue.Problems problems) {
        if (RoutineReader.isRoutine(root)) {
            RoutineDocument routine = RoutineReader.read(root, problems);
            return routine == null ? null : new OpenedRoutine(routine);
        }
        Catalogue catalogue = CatalogueReader.read(root, problems);
        return catalogue == null ? null : new OpenedCatalogue(catalogue);
    }
}
