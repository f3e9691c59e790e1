package org.exerciseplayer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueWriterTest {

    @Test
    void theBundledCatalogueReadsBackEqualFromWhatIsWritten() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        byte[] written = CatalogueWriter.toBytes(hip);
        assertThat(CatalogueLoader.parse("written.json", written)).isEqualTo(hip);
    }

    @Test
    void writingIsStableAndLeavesOutWhatIsEmptyOrInherited() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        byte[] once = CatalogueWriter.toBytes(hip);
        byte[] twice = CatalogueWriter.toBytes(CatalogueLoader.parse("once.json", once));
        assertThat(twice).isEqualTo(once);
        String text = new String(once, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"$schema\" : \"catalogue.schema.json\",\n  \"formatVersion\" : 1,")
                .endsWith("}\n")
                .doesNotContain("\"cautions\" : [ ]").doesNotContain("\"variations\" : [ ]");
        // Only the one exercise with pacing of its own writes a pacing block (besides the catalogue's).
        assertThat(text.split("\"pacing\"", -1)).hasSize(1 + 1
                + (int) hip.exercises().stream().filter(e -> !e.pacing().equals(hip.pacing())).count());
    }

    @Test
    void keepOnlyDropsEmptyGroupsAndSectionsAndStillLoads() throws Exception {
        Catalogue hip = BundledCatalogue.load();
        String firstId = hip.exercises().get(0).id();
        String lastId = hip.exercises().get(hip.exercises().size() - 1).id();
        Catalogue two = hip.keepOnly(Set.of(firstId, lastId));
        assertThat(two.exercises()).extracting(Exercise::id).containsExactly(firstId, lastId);
        assertThat(two.sections()).hasSize(2);
        assertThat(CatalogueLoader.parse("two.json", CatalogueWriter.toBytes(two))).isEqualTo(two);
    }

    @Test
    void mediaAreWrittenAndReadBack() throws Exception {
        Catalogue withMedia = CatalogueLoader.load(java.nio.file.Path.of(
                CatalogueWriterTest.class.getResource("/catalogues/media/with-media.json").toURI()));
        assertThat(withMedia.exercises()).extracting(e -> e.media().map(Media::kind).orElseThrow())
                .containsExactly(Media.Kind.IMAGE, Media.Kind.VIDEO);
        assertThat(CatalogueLoader.parse("again.json", CatalogueWriter.toBytes(withMedia))).isEqualTo(withMedia);
    }

    @Test
    void aFiguresSurfacePropsHandsAndArrowAreReadAndWrittenBack() throws Exception {
        String json = """
                {
                  "formatVersion": 1, "id": "demo", "version": "1", "title": "Demo", "language": "en-GB",
                  "source": { "title": "Demo", "publisher": "Nobody" },
                  "safety": {
                    "stopRule": "Stop if it hurts more.",
                    "review": { "text": "See a physio after two weeks.", "days": 14 },
                    "maintenance": { "text": "Once or twice a day.", "minTimesPerDay": 1, "maxTimesPerDay": 2 }
                  },
                  "pacing": { "getReadySeconds": 10, "restSeconds": 5, "secondsPerRepetition": 4, "switchSeconds": 5 },
                  "sections": [ { "id": "s", "title": "S", "exercises": [ {
                    "id": "press", "name": "Press", "steps": ["Press."],
                    "dose": { "holdSeconds": 20, "repetitions": 3, "sides": "each" },
                    "figure": {
                      "movement": ["up", "down"],
                      "surface": "floor",
                      "props": [ { "kind": "stool", "under": ["right-ankle"], "imaginary": true } ],
                      "contacts": [
                        { "hand": "left-hand", "on": "right-thigh", "at": 30, "action": "press", "in": ["down"] }
                      ],
                      "arrow": "pelvis",
                      "poses": {
                        "up": { "position": "lying-on-back", "joints": { "right-hip": 45, "right-knee": 90 } },
                        "down": { "position": "lying-on-back", "joints": { "right-hip": 30, "right-knee": 90 } }
                      }
                    } } ] } ]
                }
                """;
        Catalogue read = CatalogueLoader.parse("press.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.exerciseplayer.figure.Figure figure = read.exercises().get(0).figure().orElseThrow();

        assertThat(figure.surface()).isEqualTo(org.exerciseplayer.figure.Figure.Surface.FLOOR);
        assertThat(figure.props().get(0).imaginary()).isTrue();
        assertThat(figure.contacts().get(0).on().percent()).isEqualTo(30);
        assertThat(figure.contacts().get(0).poses()).containsExactly("down");
        assertThat(figure.arrow()).contains(org.exerciseplayer.figure.BodyPoint.PELVIS);
        assertThat(CatalogueLoader.parse("again.json", CatalogueWriter.toBytes(read))).isEqualTo(read);
    }
}
