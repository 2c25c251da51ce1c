package org.diplomatictimeline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.diplomatictimeline.brief.Chronology;
import org.diplomatictimeline.brief.ChronologyBuilder;
import org.diplomatictimeline.brief.ChronologyRequest;
import org.diplomatictimeline.brief.Outlets;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.source.Snapshots;
import org.diplomatictimeline.source.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Print…: the pages built for the printer, and the plain message where no printer exists (as here). */
@ExtendWith(ApplicationExtension.class)
class PrintActionTest {

    /** A4 less 2 cm margins, in points. */
    private static final double WIDTH = 482;
    private static final double HEIGHT = 728;

    private final AppFixtures fx = new AppFixtures();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = fx.shownWindow(stage);
    }

    @Test
    void withoutAPrinterItSaysSoInsteadOfFailing(FxRobot robot) {
        AtomicReference<String> told = new AtomicReference<>();

        robot.interact(() -> new PrintAction(() -> null, told::set).print(null, window.viewModel(),
                window.timelinePane().timeline()));

        assertThat(told.get()).isEqualTo(PrintAction.NO_PRINTER).contains("No printer");
    }

    @Test
    void aPrintServiceThatCannotEvenBeAskedCountsAsNoPrinter(FxRobot robot) {
        AtomicReference<String> told = new AtomicReference<>();

        robot.interact(() -> new PrintAction(() -> {
            throw new IllegalStateException("no print pipeline");
        }, told::set).print(null, window.viewModel(), window.timelinePane().timeline()));

        assertThat(told.get()).isEqualTo(PrintAction.NO_PRINTER);
    }

    @Test
    void theChronologyIsPrintedAsTheExportWouldWriteIt(FxRobot robot) {
        List<Region> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(PrintAction.pages(PrintAction.What.CHRONOLOGY, window.viewModel(),
                window.timelinePane().timeline(), WIDTH, HEIGHT)));

        assertThat(pages).hasSize(1);
        String text = PrintPages.textOf(pages.get(0));
        assertThat(text).contains("Chronology, 2021-03-01 to 2021-03-05", fx.talks.title(), fx.stateVisit.title(),
                "Sources", "[1] ", "page 1 of 1");
        robot.interact(() -> Snapshots.write(pages.get(0), "print-chronology-page"));
    }

    @Test
    void aLongChronologyRunsOverPagesThatEachFitThePaperAndAreNumbered(FxRobot robot) {
        Document doc = TestEvents.document("d", "Envoys meet", "Envoys met again and agreed to talk further.");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(TestEvents.event("e" + i).titled("Round " + i + " of the envoys' talks on the border question")
                    .type(EventType.TALKS).onDay(LocalDate.of(2022, 1, 1).plusDays(i).toString())
                    .quoting(doc, "Envoys met").build());
        }
        EventModel model = new EventModel(List.of(new DocumentInfo("d", doc.source(), doc.title(),
                DocumentDate.unknown("test"))), events);
        Chronology c = new ChronologyBuilder(model, Outlets.none())
                .build(new ChronologyRequest(null, null, 40, null, null), LocalDate.of(2030, 1, 2));
        List<Region> pages = new ArrayList<>();

        robot.interact(() -> {
            pages.addAll(PrintPages.chronology(c, WIDTH, HEIGHT));
            for (Region p : pages) {
                new Scene(new Group(p));
                p.applyCss();
                p.layout();
            }
        });

        assertThat(pages.size()).isGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            Region p = pages.get(i);
            double content = p.getChildrenUnmodifiable().get(0).prefHeight(WIDTH);
            assertThat(content).as("page %d's body fits the paper", i + 1).isLessThanOrEqualTo(HEIGHT);
            assertThat(PrintPages.textOf(p)).contains("page " + (i + 1) + " of " + pages.size());
        }
        String all = String.join("", pages.stream().map(PrintPages::textOf).toList());
        for (Event e : events) {
            assertThat(all).as("no event is dropped").contains(e.title());
        }
    }

    @Test
    void theTimelineViewIsPrintedAsAPictureWithWhatItShows(FxRobot robot) {
        List<Region> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(PrintAction.pages(PrintAction.What.TIMELINE, window.viewModel(),
                window.timelinePane().timeline(), WIDTH, HEIGHT)));

        assertThat(pages).hasSize(1);
        ImageView image = (ImageView) pages.get(0).lookup(".image-view");
        assertThat(image.getImage().getWidth()).isGreaterThan(1000);
        assertThat(image.getBoundsInParent().getWidth()).as("turned to run down the portrait page")
                .isLessThanOrEqualTo(WIDTH + 1);
        assertThat(image.getBoundsInParent().getHeight()).isGreaterThan(WIDTH);
        assertThat(PrintPages.textOf(pages.get(0))).startsWith("Timeline: 3 events (all events)");
        robot.interact(() -> Snapshots.write(pages.get(0), "print-timeline-page"));
    }

}
