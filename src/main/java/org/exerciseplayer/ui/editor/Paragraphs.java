package org.exerciseplayer.ui.editor;

import java.util.Arrays;
import java.util.List;
import org.exerciseplayer.ui.Messages;

/** Notes typed as text, paragraphs parted by a blank line, and the list of paragraphs a routine file keeps. */
final class Paragraphs {

    /** As many paragraphs, each as long, as a routine file takes. */
    static final int MAX_PARAGRAPHS = 50;
    static final int MAX_LENGTH = 5_000;

    private Paragraphs() {
    }

    static CheckedField.Reading<List<String>> read(String text) {
        List<String> paragraphs = Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        if (paragraphs.size() > MAX_PARAGRAPHS || paragraphs.stream().anyMatch(p -> p.length() > MAX_LENGTH)) {
            return CheckedField.Reading.refused(Messages.get("editor.notes.tooLong", MAX_PARAGRAPHS, MAX_LENGTH));
        }
        return CheckedField.Reading.of(paragraphs);
    }

    static String write(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }
}
