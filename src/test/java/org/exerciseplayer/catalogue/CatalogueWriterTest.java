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
}
