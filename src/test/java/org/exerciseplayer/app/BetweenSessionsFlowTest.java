package org.exerciseplayer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.exerciseplayer.audio.RecordingSoundCues;
import org.exerciseplayer.history.ExerciseResult;
import org.exerciseplayer.history.InMemoryHistoryStore;
import org.exerciseplayer.history.MorningCheck;
import org.exerciseplayer.history.OpenedHistory;
import org.exerciseplayer.history.SessionRecord;
import org.exerciseplayer.session.ManualClock;
import org.exerciseplayer.settings.Settings;
import org.exerciseplayer.ui.player.RecordingScreenAwake;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The morning after a session: the window asks once, keeps the answer, and home says what "worse" means. */
@ExtendWith(ApplicationExtension.class)
class BetweenSessionsFlowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant NOW = TODAY.atTime(7, 45).atZone(LONDON).toInstant();

    private final InMemoryHistoryStore history = new InMemoryHistoryStore();
    private final Settings settings = Settings.inMemory();
    private AppWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Instant yesterday = NOW.minus(Duration.ofHours(14));
        long id = history.sessionStarted(yesterday, "hip", "Hip exercises", Optional.empty(), OptionalInt.of(3));
        history.exerciseFinished(id, new ExerciseResult(0, "clam", "Clam exercise", ExerciseResult.Outcome.DONE,
                10, 10, 0, 10));
        history.sessionEnded(id, yesterday.plusSeconds(1800), SessionRecord.Ending.COMPLETED, Optional.empty());
        window = new AppWindow(stage, new ScriptedDialogs(), new Services(settings, RecordingSoundCues::new,
                new RecordingScreenAwake(), Runnable::run, new ManualClock(),
                () -> new OpenedHistory(history, Optional.empty()), Clock.fixed(NOW, LONDON)));
        window.open(Optional.empty());
        stage.show();
        stage.requestFocus();
    }

    @Test
    void theMorningAfterItAsksOnceKeepsTheAnswerAndHomeSaysPlainlyWhatWorseMeans(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#morning-question").tryQuery().isPresent());
        assertThat(robot.lookup("#morning-question").queryAs(Label.class).getText())
                .isEqualTo("How is your pain this morning, compared with before yesterday\u2019s exercises?");

        robot.clickOn("#morning-worse");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#home-next-morning").tryQuery().map(n -> ((Label) n).getText())
                        .filter(t -> !t.isEmpty()).isPresent());

        assertThat(history.morningChecks()).singleElement().satisfies(check -> {
            assertThat(check.answer()).isEqualTo(MorningCheck.Answer.WORSE);
            assertThat(check.day()).isEqualTo(TODAY);
        });
        assertThat(robot.lookup("#home-next-morning").queryAs(Label.class).getText())
                .startsWith("This morning your pain is worse than before yesterday\u2019s exercises. The leaflet says: "
                        + "Should your pain increase while completing the exercises, stop immediately");
        assertThat(settings.morningCheckAskedOn()).contains(TODAY);

        robot.clickOn("#home-progress");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#progress-mornings .label").queryAs(Label.class).getText())
                .contains("worse than before the previous day");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#morning-question").tryQuery()).as("asked once a day").isEmpty();
    }
}
