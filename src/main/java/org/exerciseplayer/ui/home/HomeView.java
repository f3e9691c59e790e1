package org.exerciseplayer.ui.home;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;

/** The home screen: the catalogue's exercises by section, today's choice, the safety texts and Start. */
public final class HomeView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final HomeViewModel model;
    private final Runnable onOpenCatalogue;
    private final Runnable onProgress;
    private final Consumer<Boolean> onHandout;
    private Button start;
    private TextField filter;

    /** @param onHandout saves the printable handout, in large type when given {@code true} */
    private Runnable onReminders = () -> { };

    private org.exerciseplayer.ui.keeping.KeepingViewModel keeping =
            org.exerciseplayer.ui.keeping.KeepingViewModel.none();

    /** What to say, under the note, about this run's sessions that are not in the history. */
    public HomeView withKeeping(org.exerciseplayer.ui.keeping.KeepingViewModel keeping) {
        this.keeping = keeping;
        return this;
    }

    /** What the Reminders… button opens (issue 16); without it the button does nothing. */
    public HomeView withReminders(Runnable open) {
        this.onReminders = open;
        return this;
    }

    public HomeView(HomeViewModel model, Runnable onOpenCatalogue, Runnable onProgress, Consumer<Boolean> onHandout) {
        this.model = model;
        this.onOpenCatalogue = onOpenCatalogue;
        this.onProgress = onProgress;
        this.onHandout = onHandout;
    }

    public Parent createView() {
        VBox header = header();
        VBox list = exerciseList();
        HomeLayout root = new HomeLayout(header, list, footer());
        root.setId("home");
        root.getStyleClass().add("screen");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                filter.requestFocus();
                filter.selectAll();
                e.consume();
            }
        });
        // Keyboard users land on Start: Enter begins (from a tick box too), Tab reaches the list.
        org.exerciseplayer.ui.ScreenLayout.focusWhenShown(root, start);
        org.exerciseplayer.ui.ScreenLayout.enterDoesMainAction(root, start);
        return root;
    }

    private VBox header() {
        Label title = new Label(model.title());
        title.setId("home-title");
        title.getStyleClass().add(Styles.TITLE_1);
        title.setAccessibleRole(AccessibleRole.TEXT);
        Label source = new Label(model.sourceText());
        source.getStyleClass().add(Styles.TEXT_MUTED);
        source.setWrapText(true);
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        // Beside the handout, not in the footer, which is full at the smallest window size.
        Button reminders = new Button(Messages.get("home.reminders"));
        reminders.setId("home-reminders");
        reminders.setTooltip(new Tooltip(Messages.get("home.reminders.tooltip")));
        reminders.setOnAction(e -> onReminders.run());
        reminders.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(12, title, reminders, handout());
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(4, titleRow);
        if (!model.prescribedText().isEmpty()) {
            Label prescribed = new Label(model.prescribedText());
            prescribed.setId("home-prescribed");
            prescribed.getStyleClass().add(Styles.TEXT_BOLD);
            prescribed.setWrapText(true);
            header.getChildren().add(prescribed);
        }
        // The safety box comes first after the title, so that it is in view however little room the header has.
        header.getChildren().addAll(source, safetyBox());
        if (!model.physioNotes().isEmpty()) {
            header.getChildren().add(physioNotes());
        }
        Label advice = new Label();
        advice.setId("home-advice");
        advice.textProperty().bind(model.adviceProperty());
        advice.setWrapText(true);
        advice.getStyleClass().add(Styles.TEXT_BOLD);
        VBox adviceBox = new VBox(advice);
        adviceBox.getStyleClass().add("advice-box");
        adviceBox.visibleProperty().bind(model.adviceProperty().isNotEmpty());
        adviceBox.managedProperty().bind(adviceBox.visibleProperty());
        VBox.setMargin(adviceBox, new Insets(8, 0, 0, 0));
        Label note = new Label();
        note.setId("home-note");
        note.textProperty().bind(model.noteProperty());
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.WARNING);
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label morning = new Label();
        morning.setId("home-next-morning");
        morning.textProperty().bind(model.nextMorningProperty());
        morning.setWrapText(true);
        morning.getStyleClass().add(Styles.TEXT_BOLD);
        VBox morningBox = new VBox(morning);
        morningBox.getStyleClass().addAll("advice-box", "next-morning-box");
        morningBox.visibleProperty().bind(model.nextMorningProperty().isNotEmpty());
        morningBox.managedProperty().bind(morningBox.visibleProperty());
        VBox.setMargin(morningBox, new Insets(8, 0, 0, 0));
        header.getChildren().addAll(morningBox, adviceBox, note,
                org.exerciseplayer.ui.keeping.KeepingView.create("home-keeping", keeping));
        header.setPadding(new Insets(16, 24, 8, 24));
        return header;
    }

    /** The physio's notes, in body text and set apart, so they are read, not skimmed. */
    private VBox physioNotes() {
        Label heading = new Label(Messages.get("home.physio.heading"));
        heading.getStyleClass().addAll(Styles.TITLE_4, "physio-heading");
        VBox box = new VBox(4, heading);
        for (String text : model.physioNotes()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("physio-note");
            box.getChildren().add(line);
        }
        box.setId("home-physio-notes");
        box.getStyleClass().add("physio-box");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(Messages.get("home.physio.heading") + ": " + String.join(" ", model.physioNotes()));
        VBox.setMargin(box, new Insets(8, 0, 0, 0));
        return box;
    }

    private VBox safetyBox() {
        Label heading = new Label("\u26A0 " + Messages.get("home.safety.heading"));
        heading.getStyleClass().addAll(Styles.TITLE_4, "safety-heading");
        VBox box = new VBox(4, heading);
        for (String text : model.safetyTexts()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add("safety-text");
            box.getChildren().add(line);
        }
        String painRule = model.painRuleText();
        if (!painRule.isEmpty()) {
            Label line = new Label(painRule);
            line.setId("home-pain-rule");
            line.setWrapText(true);
            line.getStyleClass().addAll("safety-text", Styles.TEXT_BOLD);
            // A physio's limit is the rule to follow, so it comes first; a rule the physio kept, last.
            box.getChildren().add(model.painRule().isLimit() ? 1 : box.getChildren().size(), line);
        }
        box.setId("home-safety");
        box.getStyleClass().add("safety-box");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(Messages.get("home.safety.heading") + ": " + box.getChildren().stream().skip(1)
                .map(node -> ((Label) node).getText()).collect(java.util.stream.Collectors.joining(" ")));
        VBox.setMargin(box, new Insets(8, 0, 0, 0));
        return box;
    }

    /** The list of exercises, with the filter box above it. */
    private VBox exerciseList() {
        VBox list = new VBox(2);
        list.setId("home-exercises");
        list.setPadding(new Insets(8, 24, 16, 24));
        // One node per row, made once; filtering only changes which are in the list.
        java.util.Map<HomeViewModel.Row, Region> nodes = new java.util.IdentityHashMap<>();
        for (HomeViewModel.Row row : model.rows()) {
            nodes.put(row, rowView(row));
        }
        Label summary = new Label();
        summary.setId("home-filter-summary");
        summary.textProperty().bind(model.filterSummaryProperty());
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable showRows = () -> list.getChildren().setAll(model.shownRows().stream().map(nodes::get).toList());
        model.shownRows().addListener((javafx.collections.ListChangeListener<HomeViewModel.Row>) change -> showRows.run());
        showRows.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setId("home-list");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        org.exerciseplayer.ui.ScreenLayout.keepFocusInView(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(4, filterBox(summary), scroll);
    }

    private HBox filterBox(Label summary) {
        TextField field = new TextField();
        this.filter = field;
        field.setId("home-filter");
        field.setPromptText(Messages.get("home.filter.prompt"));
        field.setTooltip(new Tooltip(Messages.get("home.filter.tooltip")));
        field.setAccessibleText(Messages.get("home.filter.prompt"));
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(model.filterTextProperty());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        // Ticking all or none acts on the exercises shown, so the two buttons sit with the filter.
        Button all = new Button(Messages.get("home.selectAll"));
        all.setId("home-select-all");
        all.setTooltip(new Tooltip(Messages.get("home.selectAll.tooltip")));
        all.setOnAction(e -> model.includeAll(true));
        Button none = new Button(Messages.get("home.selectNone"));
        none.setId("home-select-none");
        none.setTooltip(new Tooltip(Messages.get("home.selectNone.tooltip")));
        none.setOnAction(e -> model.includeAll(false));
        for (Region fixed : new Region[] {all, none}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        field.setMinWidth(120);
        summary.setMinWidth(0);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(12, field, summary, all, none);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(8, 24, 0, 24));
        return box;
    }

    private Region rowView(HomeViewModel.Row row) {
        if (row instanceof HomeViewModel.SectionHeading section) {
            Label label = new Label(section.title());
            label.setWrapText(true);
            label.getStyleClass().addAll(Styles.TITLE_3, "section-heading");
            VBox.setMargin(label, new Insets(16, 0, 4, 0));
            return label;
        }
        if (row instanceof HomeViewModel.GroupHeading group) {
            Label label = new Label(group.title());
            label.setWrapText(true);
            label.getStyleClass().addAll(Styles.TITLE_4, "group-heading");
            VBox.setMargin(label, new Insets(10, 0, 2, 0));
            return label;
        }
        HomeViewModel.ExerciseRow exercise = (HomeViewModel.ExerciseRow) row;
        CheckBox include = new CheckBox(exercise.title());
        include.setId("include-" + exercise.key());
        include.getStyleClass().add("exercise-name");
        include.setWrapText(true);
        include.selectedProperty().bindBidirectional(exercise.included());
        include.setAccessibleText(Messages.get("home.include", exercise.title()) + ". " + exercise.doseText());
        Label dose = new Label(exercise.doseText());
        dose.getStyleClass().addAll(Styles.TEXT_MUTED, "exercise-dose");
        dose.setWrapText(true);
        Label cautions = null;
        if (!exercise.cautionText().isEmpty()) {
            cautions = new Label("\u26A0 " + exercise.cautionText());
            cautions.getStyleClass().addAll(Styles.TEXT_SMALL, "exercise-cautions");
        }
        ExerciseLine line = new ExerciseLine(include, dose, cautions);
        line.getStyleClass().add("exercise-row");
        boolean doseChanged = !exercise.entry().dose().equals(exercise.exercise().dose());
        if (exercise.variationText().isEmpty() && exercise.notes().isEmpty() && !doseChanged) {
            return line;
        }
        VBox withExtras = new VBox(2, line);
        withExtras.getStyleClass().add("exercise-row");
        line.getStyleClass().remove("exercise-row");
        if (doseChanged) {
            Label changed = new Label(Messages.get("home.physioDose"));
            changed.setWrapText(true);
            changed.getStyleClass().addAll("exercise-physio-dose", Styles.TEXT_BOLD);
            withExtras.getChildren().add(changed);
        }
        if (!exercise.variationText().isEmpty()) {
            Label variation = new Label(exercise.variationText());
            variation.setWrapText(true);
            variation.getStyleClass().add("exercise-variation");
            withExtras.getChildren().add(variation);
        }
        for (String text : exercise.notes()) {
            Label note = new Label(Messages.get("home.physio.exercise", text));
            note.setWrapText(true);
            note.getStyleClass().add("exercise-physio-note");
            withExtras.getChildren().add(note);
        }
        return withExtras;
    }

    /** "Handout to print": a menu of normal or large type, each saving a PDF. */
    private MenuButton handout() {
        MenuItem normal = new MenuItem(Messages.get("home.handout.normal"));
        normal.setId("home-handout-normal");
        normal.setOnAction(e -> onHandout.accept(false));
        MenuItem large = new MenuItem(Messages.get("home.handout.large"));
        large.setId("home-handout-large");
        large.setOnAction(e -> onHandout.accept(true));
        MenuButton handout = new MenuButton(Messages.get("home.handout"), null, normal, large);
        handout.setId("home-handout");
        handout.setTooltip(new Tooltip(Messages.get("home.handout.tooltip")));
        handout.setMinWidth(Region.USE_PREF_SIZE);
        return handout;
    }

    private HBox footer() {
        Label length = new Label();
        length.setId("home-session-length");
        length.textProperty().bind(model.sessionLengthProperty());
        length.getStyleClass().add(Styles.TEXT_BOLD);
        // The buttons keep their whole words; the session's length wraps onto a second line instead.
        length.setWrapText(true);
        length.setMinWidth(0);
        length.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(length, Priority.ALWAYS);
        Button open = new Button(Messages.get("home.open"));
        open.setId("home-open");
        open.setTooltip(new Tooltip(Messages.get("home.open.tooltip")));
        open.setOnAction(e -> onOpenCatalogue.run());
        Button progress = new Button(Messages.get("home.progress"));
        progress.setId("home-progress");
        progress.setTooltip(new Tooltip(Messages.get("home.progress.tooltip")));
        progress.setOnAction(e -> onProgress.run());
        Button start = new Button(Messages.get("home.start"));
        start.setId("home-start");
        start.setDefaultButton(true);
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setTooltip(new Tooltip(Messages.get("home.start.tooltip")));
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        this.start = start;
        for (Region fixed : new Region[] {progress, open, start}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox footer = new HBox(12, length, progress, open, start);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(12, 24, 16, 24));
        footer.getStyleClass().add("footer");
        return footer;
    }
}
