package org.exerciseplayer.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Catalogue;
import org.exerciseplayer.catalogue.CatalogueException;
import org.exerciseplayer.catalogue.CatalogueLoader;
import org.exerciseplayer.catalogue.CatalogueWriter;
import org.exerciseplayer.catalogue.Exercise;
import org.exerciseplayer.catalogue.Group;
import org.exerciseplayer.catalogue.Section;

/**
 * A large, valid catalogue for the benchmarks: the bundled hip exercises copied over and over with their own ids
 * and numbered names, 100 to a section (40 of the section's own, then two groups of 30), written out as format-1
 * JSON by {@link CatalogueWriter} and read back once by {@link CatalogueLoader} to prove it valid.
 */
final class GeneratedCatalogue {

    private static final int PER_SECTION = 100;
    private static final int OWN = 40;
    private static final int PER_GROUP = 30;

    final Catalogue catalogue;
    final byte[] json;

    private GeneratedCatalogue(Catalogue catalogue, byte[] json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    static GeneratedCatalogue of(int exercises) {
        try {
            Catalogue hip = BundledCatalogue.load();
            List<Exercise> pattern = hip.exercises();
            List<Section> hipSections = hip.sections();
            List<Section> sections = new ArrayList<>();
            int made = 0;
            for (int s = 0; made < exercises; s++) {
                Section model = hipSections.get(s % hipSections.size());
                List<Exercise> own = new ArrayList<>();
                List<List<Exercise>> groups = List.of(new ArrayList<>(), new ArrayList<>());
                for (int k = 0; k < PER_SECTION && made < exercises; k++, made++) {
                    Exercise e = pattern.get(made % pattern.size());
                    Exercise copy = new Exercise(e.id() + "-" + made, e.name() + " " + made, e.steps(), e.cautions(),
                            e.notes(), e.dose(), e.pacing(), e.variations());
                    (k < OWN ? own : groups.get((k - OWN) / PER_GROUP)).add(copy);
                }
                List<Group> kept = new ArrayList<>();
                for (int g = 0; g < groups.size(); g++) {
                    if (!groups.get(g).isEmpty()) {
                        kept.add(new Group("group-" + s + "-" + g, "Group " + g + " of " + model.title(),
                                List.of(), groups.get(g)));
                    }
                }
                sections.add(new Section("section-" + s, model.title() + " " + s, model.introduction(), own, kept));
            }
            Catalogue big = new Catalogue(hip.formatVersion(), "generated", hip.version(), "Generated catalogue",
                    hip.language(), hip.source(), hip.introduction(), hip.safety(), hip.pacing(), sections);
            byte[] json = CatalogueWriter.toBytes(big);
            Catalogue read = CatalogueLoader.parse("generated.json", json);
            if (read.exercises().size() != exercises) {
                throw new IllegalStateException("generated " + read.exercises().size() + " exercises");
            }
            return new GeneratedCatalogue(read, json);
        } catch (CatalogueException e) {
            throw new IllegalStateException("the generated catalogue is not valid: " + e.getMessage(), e);
        }
    }
}
