package org.exerciseplayer.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.exerciseplayer.catalogue.BundledCatalogue;
import org.exerciseplayer.catalogue.Side;
import org.exerciseplayer.catalogue.Variation;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineLoader;
import org.exerciseplayer.routine.RoutineWriter;
import org.exerciseplayer.session.Plan;
import org.exerciseplayer.session.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the editor builds is saved by the real writer, loads back equal, and plays as it was edited. */
class RoutineEditorRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void anEditedRoutineSavesLoadsBackEqualAndPlansTheSame() throws Exception {
        RecordingEditorHost host = new RecordingEditorHost();
        host.writeFiles = true;
        RoutineEditorViewModel editor = new RoutineEditorViewModel(
                RoutineDocument.startFrom(BundledCatalogue.load(), "My routine"), Optional.empty(), host);
        editor.add("glute-stretch");
        editor.add("clam");
        editor.add("single-leg-rotations");
        editor.routine().title().textProperty().set("Hips for Sam");
        editor.routine().notes().textProperty().set("Start gently.");
        editor.routine().painRule().valueProperty().set(PainRule.Kind.LIMIT);
        editor.routine().painLimit().textProperty().set("4");
        editor.selectedIndexProperty().set(0);
        editor.item().hold().textProperty().set("30");
        editor.item().firstSide().valueProperty().set(Side.LEFT);
        editor.selectedIndexProperty().set(1);
        editor.item().variation().valueProperty()
                .set(new ItemEditor.VariationOption(Optional.of(Variation.Kind.HARDER)));
        editor.item().rest().textProperty().set("10");
        editor.selectedIndexProperty().set(2);
        editor.item().duration().textProperty().set("40");

        Path file = folder.resolve(editor.suggestedFileName());
        host.saveAnswers.add(Optional.of(file));
        assertThat(editor.save()).isTrue();

        RoutineDocument loaded = RoutineLoader.load(file);
        assertThat(loaded).isEqualTo(editor.document().selfContained());
        assertThat(loaded.catalogue().exercises()).hasSize(3);
        Plan plan = Planner.plan(loaded.routine());
        assertThat(plan.phases()).isEqualTo(Planner.plan(editor.document().routine()).phases());
        assertThat(loaded.dose(0).holdSeconds()).isEqualTo(30);
        assertThat(loaded.pacing(1).restSeconds()).isEqualTo(10);
        assertThat(loaded.dose(2).durationSeconds()).isEqualTo(40);
        assertThat(loaded.painRule()).isEqualTo(PainRule.limit(4));
        assertThat(file.getFileName().toString()).isEqualTo("Hips for Sam.routine.json");

        RoutineEditorViewModel reopened = new RoutineEditorViewModel(loaded, Optional.of(file), host);
        assertThat(reopened.dirtyProperty().get()).isFalse();
        assertThat(reopened.rows()).hasSize(3);
        assertThat(reopened.item().hold().textProperty().get()).isEqualTo("30");
    }

    @Test
    void savingIntoAFolderThatCannotBeWrittenKeepsTheRoutineAndSaysWhere() throws Exception {
        RecordingEditorHost host = new RecordingEditorHost();
        host.writeFiles = true;
        RoutineEditorViewModel editor = new RoutineEditorViewModel(
                RoutineDocument.startFrom(BundledCatalogue.load(), "My routine"), Optional.empty(), host);
        editor.add("clam");
        Path missing = folder.resolve("no-such-folder").resolve("my.routine.json");
        host.saveAnswers.add(Optional.of(missing));

        assertThat(editor.save()).isFalse();
        assertThat(editor.statusProperty().get()).startsWith("Could not save " + missing + ": ")
                .contains("Nothing is lost");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.document().size()).isEqualTo(1);
        assertThat(Files.exists(missing)).isFalse();
    }
}
