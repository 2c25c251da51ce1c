package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.diplomatictimeline.curation.Curation;
import org.diplomatictimeline.io.project.Project;
import org.diplomatictimeline.io.project.RecoveryFile;
import org.diplomatictimeline.io.project.ViewSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The window title, the quit prompt and the recovery prompt say the right thing and read answers safely. */
@ExtendWith(ApplicationExtension.class)
class PromptsTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vietnam briefing | false | Vietnam briefing — Diplomatic Timeline",
            "Vietnam briefing | true  | • Vietnam briefing — Diplomatic Timeline",
            "                 | true  | • Untitled — Diplomatic Timeline",
    })
    void windowTitle(String name, boolean unsaved, String expected) {
        assertThat(WindowTitle.of(name, unsaved)).isEqualTo(expected);
    }

    @Test
    void closingAPromptWithoutAnAnswerNeverDiscards() {
        assertThat(UnsavedChangesPrompt.choiceOf(Optional.empty())).isEqualTo(UnsavedChangesPrompt.Choice.CANCEL);
        assertThat(UnsavedChangesPrompt.choiceOf(Optional.of(UnsavedChangesPrompt.SAVE)))
                .isEqualTo(UnsavedChangesPrompt.Choice.SAVE);
        assertThat(UnsavedChangesPrompt.choiceOf(Optional.of(UnsavedChangesPrompt.DISCARD)))
                .isEqualTo(UnsavedChangesPrompt.Choice.DISCARD);
        assertThat(RecoveryPrompt.choiceOf(Optional.empty())).isEqualTo(RecoveryPrompt.Choice.LATER);
        assertThat(RecoveryPrompt.choiceOf(Optional.of(RecoveryPrompt.RECOVER)))
                .isEqualTo(RecoveryPrompt.Choice.RECOVER);
        assertThat(RecoveryPrompt.choiceOf(Optional.of(ButtonType.CLOSE))).isEqualTo(RecoveryPrompt.Choice.DISCARD);
    }

    @Test
    void theRecoveryPromptNamesTheProjectTheTimeAndTheWork(FxRobot robot) {
        Project p = Project.of("Geneva", List.of(), Curation.empty(), ViewSettings.DEFAULT);
        RecoveryFile.Snapshot s = new RecoveryFile.Snapshot(Instant.parse("2026-01-02T03:04:05Z"),
                "/projects/geneva.dtproj", p);
        assertThat(RecoveryPrompt.describe(s, ZoneOffset.UTC, Locale.UK))
                .contains("/projects/geneva.dtproj").contains("2 Jan 2026").contains("0 review decisions");
        robot.interact(() -> {
            Alert a = RecoveryPrompt.dialog(null, s);
            assertThat(a.getHeaderText()).isEqualTo("Recover \"Geneva\"?");
            assertThat(a.getButtonTypes()).hasSize(3);
            Alert q = UnsavedChangesPrompt.dialog(null, "Geneva");
            assertThat(q.getHeaderText()).contains("Geneva");
        });
    }
}
