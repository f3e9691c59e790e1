package org.exerciseplayer.ui.editor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.exerciseplayer.routine.RoutineDocument;
import org.exerciseplayer.routine.RoutineReader;
import org.exerciseplayer.session.PainRule;
import org.exerciseplayer.ui.Messages;

/**
 * The fields of the routine as a whole: its title, who prescribed it and when, the notes for the patient, and the
 * pain rule with its limit. Each reads what is typed and, if it is accepted, hands the change to the editor.
 */
public final class RoutineFields {

    /** Where an accepted change goes: the editor applies it to the document as one undoable step. */
    interface Host {
        void change(UnaryOperator<RoutineDocument> change, String key);
    }

    static final int DEFAULT_PAIN_LIMIT = 3;

    private final Map<String, CheckedField<?>> fields = new LinkedHashMap<>();
    private final CheckedField<String> title;
    private final CheckedField<Optional<String>> prescribedBy;
    private final CheckedField<Optional<LocalDate>> created;
    private final CheckedField<List<String>> notes;
    private final CheckedField<Integer> painLimit;
    private final Choice<PainRule.Kind> painRule;
    private final ReadOnlyStringWrapper painRuleMeaning = new ReadOnlyStringWrapper();
    /** The limit to go back to when the pain rule is switched from the leaflet's to a limit again. */
    private int lastPainLimit;

    RoutineFields(PainRule rule, Host host) {
        this.lastPainLimit = rule.isLimit() ? rule.limit() : DEFAULT_PAIN_LIMIT;
        title = register("title", new CheckedField<>(Messages.get("editor.title"), RoutineFields::readTitle,
                value -> host.change(document -> document.withTitle(value), "title")));
        prescribedBy = register("prescribedBy", new CheckedField<>(Messages.get("editor.prescribedBy"),
                RoutineFields::readName, value -> host.change(document -> document.withPrescribedBy(value),
                "prescribedBy")));
        created = register("created", new CheckedField<>(Messages.get("editor.created"), RoutineFields::readDate,
                value -> host.change(document -> document.withCreated(value), "created")));
        notes = register("notes", new CheckedField<>(Messages.get("editor.notes"), Paragraphs::read,
                value -> host.change(document -> document.withNotes(value), "notes")));
        painLimit = register("painLimit", new CheckedField<>(Messages.get("editor.pain.limit.field"),
                CheckedField.wholeNumber(0, PainRule.SCALE_MAX - 1, "editor.pain.limit.range"), value -> {
                    lastPainLimit = value;
                    host.change(document -> document.withPainRule(PainRule.limit(value)), "painLimit");
                }));
        painRule = new Choice<>(kind -> host.change(document -> document.withPainRule(kind == PainRule.Kind.LIMIT
                ? PainRule.limit(lastPainLimit) : PainRule.anyIncrease()), null));
    }

    private <T> CheckedField<T> register(String key, CheckedField<T> field) {
        fields.put(key, field);
        return field;
    }

    /** The fields by key, for the editor's checks. */
    Map<String, CheckedField<?>> fields() {
        return fields;
    }

    /**
     * Shows {@code document} in the fields.
     *
     * @param keep the fields left as they are: the one being typed in, and those whose text is refused
     */
    void show(RoutineDocument document, Set<String> keep) {
        showField("title", keep, document.title(), true);
        showField("prescribedBy", keep, document.prescribedBy().orElse(""), true);
        showField("created", keep, document.created().map(LocalDate::toString).orElse(""), true);
        showField("notes", keep, Paragraphs.write(document.notes()), true);
        PainRule rule = document.painRule();
        painRule.show(rule.kind(), List.of(PainRule.Kind.values()), true);
        showField("painLimit", keep, Integer.toString(rule.isLimit() ? rule.limit() : lastPainLimit), rule.isLimit());
        painRuleMeaning.set(EditorWords.painRuleMeaning(rule));
    }

    /** After undo or redo: a limit in the document is the one to go back to. */
    void restored(RoutineDocument document) {
        if (document.painRule().isLimit()) {
            lastPainLimit = document.painRule().limit();
        }
    }

    private void showField(String key, Set<String> keep, String text, boolean applicable) {
        CheckedField<?> field = fields.get(key);
        if (!keep.contains(key) || field.applicableProperty().get() != applicable) {
            field.show(text, applicable);
        }
    }

    // Reading what is typed -------------------------------------------------------------------------------------

    private static CheckedField.Reading<String> readTitle(String typed) {
        if (typed.isBlank()) {
            return CheckedField.Reading.refused(Messages.get("editor.title.required"));
        }
        return typed.strip().length() > RoutineReader.MAX_TITLE
                ? CheckedField.Reading.refused(Messages.get("editor.text.tooLong", RoutineReader.MAX_TITLE))
                : CheckedField.Reading.of(typed.strip());
    }

    private static CheckedField.Reading<Optional<String>> readName(String typed) {
        return typed.strip().length() > RoutineReader.MAX_TITLE
                ? CheckedField.Reading.refused(Messages.get("editor.text.tooLong", RoutineReader.MAX_TITLE))
                : CheckedField.Reading.of(typed.isBlank() ? Optional.empty() : Optional.of(typed.strip()));
    }

    private static CheckedField.Reading<Optional<LocalDate>> readDate(String typed) {
        if (typed.isBlank()) {
            return CheckedField.Reading.of(Optional.empty());
        }
        try {
            if (typed.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return CheckedField.Reading.of(Optional.of(LocalDate.parse(typed.strip())));
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        return CheckedField.Reading.refused(Messages.get("editor.created.format"));
    }

    // The fields ------------------------------------------------------------------------------------------------

    public CheckedField<String> title() {
        return title;
    }

    public CheckedField<Optional<String>> prescribedBy() {
        return prescribedBy;
    }

    public CheckedField<Optional<LocalDate>> created() {
        return created;
    }

    public CheckedField<List<String>> notes() {
        return notes;
    }

    public Choice<PainRule.Kind> painRule() {
        return painRule;
    }

    public CheckedField<Integer> painLimit() {
        return painLimit;
    }

    /** What the chosen pain rule means during a session, in a sentence. */
    public ReadOnlyStringProperty painRuleMeaningProperty() {
        return painRuleMeaning.getReadOnlyProperty();
    }
}
