package org.exerciseplayer.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exerciseplayer.reminders.ReminderTimes;
import org.exerciseplayer.settings.Settings;
import org.junit.jupiter.api.Test;

class RemindersViewModelTest {

    private final Settings settings = Settings.inMemory();
    private final List<String> calls = new ArrayList<>();
    private Optional<String> loginItemProblem = Optional.empty();

    private RemindersViewModel model() {
        return new RemindersViewModel(settings, ReminderTimes.defaults(2), new RemindersViewModel.Host() {
            @Override
            public void remindersChanged() {
                calls.add("changed");
            }

            @Override
            public Optional<String> remindWhenClosed(boolean on) {
                calls.add("login item " + on);
                return loginItemProblem;
            }

            @Override
            public void exportCalendar(ReminderTimes times) {
                calls.add("calendar " + times.format());
            }
        });
    }

    @Test
    void startsFromTheLeafletsTimesAndKeepsThePersonsOwn() {
        RemindersViewModel model = model();
        assertThat(model.timesProperty().get()).isEqualTo("08:00,18:00");
        assertThat(model.notifyProperty().get()).isTrue();
        assertThat(model.whenClosedProperty().get()).isFalse();

        model.timesProperty().set("7:30, 19:00");
        model.whenClosedProperty().set(true);

        assertThat(model.save()).isTrue();
        assertThat(settings.reminderTimes()).contains("07:30,19:00");
        assertThat(settings.isRemindWhenClosed()).isTrue();
        assertThat(calls).containsExactly("login item true", "changed");
        assertThat(model().timesProperty().get()).isEqualTo("07:30,19:00");
    }

    @Test
    void timesThatCannotBeReadAreSaidAsTypedAndNothingIsSaved() {
        RemindersViewModel model = model();

        model.timesProperty().set("8am");

        assertThat(model.problemProperty().get()).contains("\"8am\" is not a time of day");
        assertThat(model.save()).isFalse();
        assertThat(model.exportCalendar()).isFalse();
        assertThat(settings.reminderTimes()).isEmpty();
        assertThat(calls).isEmpty();
        model.timesProperty().set("08:00");
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(model.exportCalendar()).isTrue();
        assertThat(calls).containsExactly("calendar 08:00");
    }

    @Test
    void aLoginItemThatCannotBeWrittenIsSaidAndTheSwitchGoesBack() {
        loginItemProblem = Optional.of("read-only folder");
        RemindersViewModel model = model();
        model.whenClosedProperty().set(true);

        assertThat(model.save()).isFalse();

        assertThat(model.problemProperty().get()).isEqualTo("read-only folder");
        assertThat(model.whenClosedProperty().get()).isFalse();
        assertThat(settings.isRemindWhenClosed()).isFalse();
    }
}
