package org.diplomatictimeline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SourceViewTest {

    private static final String TEXT = """
            Northern ministers gathered in Geneva on 1 March 2021 to discuss fisheries quotas.

            Министр иностранных дел заявил, что переговоры в Женеве прошли конструктивно.

            中国外交部表示，双方在日内瓦举行了会谈。
            """ + "A paragraph that only fills the page so that scrolling is needed.\n\n".repeat(40)
            + "At the end, the delegations signed a memorandum on research vessels.\n";

    private final Document doc = TestEvents.document("multi", "Ministers gather in Geneva", TEXT);
    private final Event talks = TestEvents.event("talks").titled("Geneva talks")
            .type(EventType.TALKS).onDay("2021-03-01").quoting(doc, "gathered in Geneva")
            .quoting(doc, "переговоры в Женеве").quoting(doc, "在日内瓦举行了会谈").build();
    private final Event signing = TestEvents.event("signing").titled("Memorandum signed")
            .type(EventType.AGREEMENT).onDay("2021-03-02").quoting(doc, "signed a memorandum").build();
    private SourceView view;

    @Start
    void start(Stage stage) {
        view = new SourceView();
        view.showDocument(doc, List.of(talks, signing));
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
    }

    @Test
    void everyExcerptIsHighlightedAndTheSelectedEventsStrongly(FxRobot robot) {
        robot.interact(() -> view.highlight(talks));

        assertThat(view.allExcerptNodes()).hasSize(4);
        assertThat(view.excerptNodes(talks)).hasSize(3)
                .allMatch(n -> n.getStyleClass().contains("evidence-selected"));
        assertThat(view.excerptNodes(signing)).noneMatch(n -> n.getStyleClass().contains("evidence-selected"));
        robot.interact(() -> Snapshots.write(view, "source-view-multilingual"));
    }

    @Test
    void highlightingAnEventScrollsToItsExcerpt(FxRobot robot) {
        robot.interact(() -> view.highlight(signing));

        Node excerpt = view.excerptNodes(signing).get(0);
        assertThat(view.localToScreen(view.getBoundsInLocal()).contains(
                excerpt.localToScreen(excerpt.getBoundsInLocal()))).isTrue();
        robot.interact(() -> Snapshots.write(view, "source-view-scrolled"));
    }

    @Test
    void clickingAnExcerptReportsItsEvent(FxRobot robot) {
        AtomicReference<Event> clicked = new AtomicReference<>();
        robot.interact(() -> view.setOnEvidenceClicked(clicked::set));

        robot.clickOn(view.excerptNodes(talks).get(0));

        assertThat(clicked.get()).isEqualTo(talks);
    }

    @Test
    void anExcerptCanBeChosenFromTheKeyboard(FxRobot robot) {
        AtomicReference<Event> chosen = new AtomicReference<>();
        robot.interact(() -> {
            view.setOnEvidenceClicked(chosen::set);
            view.excerptNodes(signing).get(0).requestFocus();
        });

        robot.type(KeyCode.ENTER);

        assertThat(chosen.get()).isEqualTo(signing);
    }
}
