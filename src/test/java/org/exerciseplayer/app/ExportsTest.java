package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.handout.Handout;
import org.exerciseplayer.handout.HandoutOptions;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving an export: whole or not at all, and under a name made from the routine's title. */
class ExportsTest {

    private static final HandoutOptions OPTIONS = new HandoutOptions(false, true, Locale.UK);

    @TempDir
    Path folder;

    /** A disk that fills up after {@code room} bytes. */
    private static OutputStream fullAfter(OutputStream out, int room) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException("No space left on device");
                }
                super.write(b);
            }
        };
    }

    private static RoutineDocument routine() throws Exception {
        return RoutineFixtures.threeExercises(BundledCatalogue.load());
    }

    @Test
    void aHandoutIsSavedWholeAndNothingElseIsLeftBeside() throws Exception {
        RoutineDocument routine = routine();
        Path file = folder.resolve("hips.pdf");

        Exports.writeThroughTemporary(file, out -> Handout.write(routine, OPTIONS, out));

        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
        try (var document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void aHandoutThatFailsHalfWayLeavesNoHalfFileAndTheOldOneAsItWas() throws Exception {
        RoutineDocument routine = routine();
        Path file = folder.resolve("hips.pdf");
        Files.writeString(file, "the handout printed last week");

        assertThatThrownBy(() -> Exports.writeThroughTemporary(file,
                out -> Handout.write(routine, OPTIONS, fullAfter(out, 4096))))
                .isInstanceOf(IOException.class).hasMessage("No space left on device");

        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Files.readString(file)).isEqualTo("the handout printed last week");
    }

    @Test
    void aNewHandoutThatFailsLeavesNothingAtAll() throws Exception {
        RoutineDocument routine = routine();
        Path file = folder.resolve("new.pdf");

        assertThatThrownBy(() -> Exports.writeThroughTemporary(file,
                out -> Handout.write(routine, OPTIONS, fullAfter(out, 100))))
                .isInstanceOf(IOException.class);

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theSuggestedNameComesFromTheTitle() {
        assertThat(Exports.fileName("Hips for Sam")).isEqualTo("hips-for-sam-handout");
        assertThat(Exports.fileName("Übungen für Zoë (Woche 2)")).isEqualTo("ubungen-fur-zoe-woche-2-handout");
        assertThat(Exports.fileName("日本語")).isEqualTo("exercise-handout");
    }
}
