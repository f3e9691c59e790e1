package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {

    @Test
    void nearlyEveryClassOnTheListExistsSoTheListIsNotStale() throws IOException {
        long listed;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
            assertThat(in).as("the list is in the jar").isNotNull();
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }

        int loaded = ClassPreloader.loadAll();

        assertThat(listed).as("classes listed").isGreaterThan(1000);
        // A few may go as the code changes; many gone means bench/classlist.sh should be run again.
        assertThat(loaded).as("classes loaded of " + listed).isGreaterThan((int) (listed * 0.95));
    }

    @Test
    void theAppsOwnStartUpClassesAreOnTheList() throws IOException {
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines())
                    .contains("org/exerciseplayer/ui/home/HomeView", "javafx/scene/control/skin/TextFieldSkin");
        }
    }
}
