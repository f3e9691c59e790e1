package org.exerciseplayer.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineWriter;

/** Answers the editor's questions as a test tells it to, and records what it was asked to do. */
final class RecordingEditorHost implements RoutineEditorViewModel.Host {

    final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
    final List<Path> written = new ArrayList<>();
    final List<RoutineDocument> played = new ArrayList<>();
    final List<String> failures = new ArrayList<>();
    RoutineEditorViewModel.UnsavedAnswer unsavedAnswer = RoutineEditorViewModel.UnsavedAnswer.CANCEL;
    /** Whether files are written for real with {@link RoutineWriter}, as the app does; otherwise only recorded. */
    boolean writeFiles;
    IOException failure;
    int questions;
    int closed;

    /** The folder each save dialog was asked to start in. */
    final List<Optional<Path>> startFolders = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(String suggestedName, Optional<Path> folder) {
        startFolders.add(folder);
        return saveAnswers.isEmpty() ? Optional.empty() : saveAnswers.poll();
    }

    @Override
    public void write(RoutineDocument routine, Path file) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (writeFiles) {
            RoutineWriter.save(routine, file);
        }
        written.add(file);
    }

    @Override
    public RoutineEditorViewModel.UnsavedAnswer askAboutUnsavedChanges(String routineTitle) {
        questions++;
        return unsavedAnswer;
    }

    @Override
    public void saveFailed(String message) {
        failures.add(message);
    }

    @Override
    public void play(RoutineDocument routine) {
        played.add(routine);
    }

    @Override
    public void closed() {
        closed++;
    }
}
