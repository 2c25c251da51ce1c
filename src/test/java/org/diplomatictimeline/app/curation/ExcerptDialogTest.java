package org.diplomatictimeline.app.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.corpus.format.DocumentFormat;
import org.diplomatictimeline.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The excerpt dialog only lets through words that are really in the chosen document. */
@ExtendWith(ApplicationExtension.class)
class ExcerptDialogTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void okNeedsWordsFoundInTheDocumentAndATitleForANewEvent(FxRobot robot) {
        Document doc = new Document("geneva", "geneva.txt", "Envoys meet", UiFixtures.TEXT, null, 0, "UTF-8",
                DocumentFormat.PLAIN_TEXT, List.of());
        robot.interact(() -> {
            Dialog<ExcerptDialog.Result> dialog = ExcerptDialog.dialog(null, List.of(doc), doc, true);
            Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
            TextArea words = (TextArea) dialog.getDialogPane().lookup("#excerpt-text");
            TextField title = (TextField) dialog.getDialogPane().lookup("#excerpt-title");
            assertThat(ok.isDisable()).isTrue();
            words.setText("a summit in Paris");
            title.setText("Summit");
            assertThat(ok.isDisable()).isTrue();
            words.setText(" A summit is planned ");
            assertThat(ok.isDisable()).isFalse();
            ExcerptDialog.Result r = dialog.getResultConverter().call(ButtonType.OK);
            int start = UiFixtures.TEXT.indexOf("A summit is planned");
            assertThat(r.evidence()).isEqualTo(new Evidence("geneva", start, start + 19, "A summit is planned"));
            assertThat(r.title()).isEqualTo("Summit");
            title.setText(" ");
            assertThat(ok.isDisable()).isTrue();
        });
    }
}
