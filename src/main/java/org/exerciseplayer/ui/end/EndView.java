package org.exerciseplayer.ui.end;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.exerciseplayer.ui.Messages;
import org.exerciseplayer.ui.ScreenLayout;
import org.exerciseplayer.ui.PainScale;
import org.exerciseplayer.ui.keeping.KeepingView;
import org.exerciseplayer.ui.keeping.KeepingViewModel;

/** The end of a session: what was done, the time, the pain rating, and the advice that applies. */
public final class EndView {

    private final EndViewModel model;
    private KeepingViewModel keeping = KeepingViewModel.none();

    public EndView(EndViewModel model) {
        this.model = model;
    }

    /** What to say, under the title, if this session is not (or not yet) in the history. */
    public EndView withKeeping(KeepingViewModel keeping) {
        this.keeping = keeping;
        return this;
    }

    public Parent createView() {
        Label title = new Label((model.ending() == EndViewModel.Ending.COMPLETED ? "\u2714 " : "\u26A0 ")
                + model.title());
        title.setId("end-title");
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        VBox content = new VBox(14, title, KeepingView.create("end-keeping", keeping));
        if (!model.stopReason().isEmpty()) {
            Label reason = new Label(model.stopReason());
            reason.setId("end-stop-reason");
            reason.setWrapText(true);
            reason.getStyleClass().add(Styles.TITLE_3);
            content.getChildren().add(reason);
        }
        if (!model.stopPlace().isEmpty()) {
            Label place = new Label(model.stopPlace());
            place.setId("end-stop-place");
            place.setWrapText(true);
            place.getStyleClass().add(Styles.TITLE_4);
            content.getChildren().add(place);
        }
        VBox advice = new VBox(6);
        advice.setId("end-advice");
        advice.getStyleClass().add(model.ending() == EndViewModel.Ending.PAIN_STOP ? "safety-box" : "advice-box");
        for (String text : model.advice()) {
            Label line = new Label(text);
            line.setWrapText(true);
            line.getStyleClass().add(model.ending() == EndViewModel.Ending.PAIN_STOP ? Styles.TITLE_4 : "advice");
            advice.getChildren().add(line);
        }
        content.getChildren().add(advice);
        Label time = new Label(model.timeTaken());
        time.setId("end-time");
        time.getStyleClass().add(Styles.TEXT_BOLD);
        content.getChildren().add(time);
        list(content, "end-done", Messages.get("end.done"), model.done());
        list(content, "end-stopped-during", Messages.get("end.stoppedDuringHeading"), model.stoppedDuring());
        list(content, "end-skipped", Messages.get("end.skipped"), model.skipped());
        list(content, "end-not-reached", Messages.get("end.notReached"), model.notReached());

        Label painQuestion = new Label(Messages.get("end.pain.question"));
        painQuestion.getStyleClass().add(Styles.TITLE_4);
        Label painComparison = new Label();
        painComparison.setId("end-pain-comparison");
        painComparison.textProperty().bind(model.painComparison());
        javafx.scene.layout.FlowPane scale = PainScale.create("end-pain", model.painAfterProperty());
        if (model.asksPainAfter()) {
            content.getChildren().addAll(painQuestion, scale);
        }
        content.getChildren().add(painComparison);
        Button home = ScreenLayout.mainButton("end-home", Messages.get("end.home"), Messages.get("end.home.tooltip"),
                model::home);
        VBox screen = ScreenLayout.screen("end", content, home);
        if (model.asksPainAfter()) {
            PainScale.digitsChoose(screen, scale, model.painAfterProperty());
        }
        return screen;
    }

    private static void list(VBox content, String id, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(4, title);
        box.setId(id);
        for (String line : lines) {
            Label label = new Label("\u2022 " + line);
            label.setWrapText(true);
            box.getChildren().add(label);
        }
        content.getChildren().add(box);
    }
}
