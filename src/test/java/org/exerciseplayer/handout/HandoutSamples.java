package org.exerciseplayer.handout;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.exerciseplayer.routine.RoutineItem;

/**
 * Writes sample handouts to a folder, to render and look at ({@code docs/screenshots/handout.sh} does):
 * {@code three.pdf} is the test routine of three exercises with a pain limit and notes, {@code all.pdf} every
 * exercise of the bundled catalogue (the first with the physio's dose and note); each also in large type.
 */
public final class HandoutSamples {

    private HandoutSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/handouts");
        Files.createDirectories(folder);
        Catalogue hip = BundledCatalogue.load();
        RoutineDocument three = RoutineFixtures.threeExercises(hip);
        List<RoutineItem> all = new ArrayList<>(hip.exercises().stream().map(e -> RoutineItem.of(e.id())).toList());
        all.set(0, three.item(0));
        RoutineDocument every = three.withTitle("Every hip exercise").withItems(all);
        for (boolean large : new boolean[] {false, true}) {
            for (RoutineDocument routine : List.of(three, every)) {
                String name = (routine == three ? "three" : "all") + (large ? "-large" : "") + ".pdf";
                try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
                    Handout.write(routine, new HandoutOptions(large, true, Locale.UK), out);
                }
            }
        }
    }
}
