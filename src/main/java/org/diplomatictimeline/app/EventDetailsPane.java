package org.diplomatictimeline.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.diplomatictimeline.brief.EventWeigher;
import org.diplomatictimeline.brief.EventWeight;
import org.diplomatictimeline.io.EventModelJson;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;

/** Everything known about the selected event: date and how it was found, actors, place, topics and evidence. */
final class EventDetailsPane extends ScrollPane {

    private final WorkspaceViewModel viewModel;
    private final VBox content = new VBox();
    private final List<Hyperlink> evidenceLinks = new ArrayList<>();
    private Workspace weighedWorkspace;
    private EventWeigher weigher;

    EventDetailsPane(WorkspaceViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("details-pane");
        content.getStyleClass().add("details-content");
        setContent(content);
        setFitToWidth(true);
        setAccessibleText("Event details");
        viewModel.selection().selectedProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    /** The links of the shown event's excerpts, in evidence order. */
    List<Hyperlink> evidenceLinks() {
        return evidenceLinks;
    }

    /** Puts keyboard focus on the first excerpt link, so Enter on an event leads straight to its evidence. */
    void focusEvidence() {
        if (!evidenceLinks.isEmpty()) {
            evidenceLinks.get(0).requestFocus();
        }
    }

    /** The weigher of the loaded workspace; outlets are found once per load, not per selection. */
    private EventWeigher weigher() {
        Workspace w = viewModel.getWorkspace();
        if (w != weighedWorkspace) {
            weighedWorkspace = w;
            weigher = new EventWeigher(EventModelJson.outlets(w.corpus(), w.model()));
        }
        return weigher;
    }

    private void show(Event event) {
        evidenceLinks.clear();
        if (event == null) {
            Label hint = new Label("No event selected. Pick one in the timeline or the list.");
            hint.setWrapText(true);
            hint.getStyleClass().add("details-hint");
            content.getChildren().setAll(hint);
            return;
        }
        List<Node> nodes = new ArrayList<>();
        Label title = wrapped(event.title(), "details-title");
        nodes.add(title);
        nodes.add(wrapped(event.type().label() + " · " + EventLabels.status(event.status())
                + String.format(" · confidence %.0f%%", event.confidence() * 100), "details-subtitle"));
        EventWeight weight = weigher().weigh(event);
        nodes.add(wrapped("Weight " + weight.value() + ": " + weight.reason(), "details-reason"));

        nodes.add(heading("When"));
        EventDate when = event.when();
        nodes.add(wrapped(EventLabels.date(when) + " — " + EventLabels.basis(when.basis()), "details-value"));
        if (!when.reason().isBlank()) {
            nodes.add(wrapped(when.reason(), "details-reason"));
        }

        nodes.add(heading("Evidence (" + event.evidence().size() + ")"));
        for (Evidence ev : event.evidence()) {
            String doc = viewModel.model().document(ev.documentId()).map(DocumentInfo::title)
                    .filter(t -> !t.isBlank())
                    .orElseGet(() -> viewModel.document(ev.documentId()).map(d -> d.title().isBlank() ? d.id() : d.title())
                            .orElse(ev.documentId()));
            String dated = viewModel.model().document(ev.documentId())
                    .map(info -> EventLabels.documentDate(info.date())).orElse("");
            Hyperlink link = new Hyperlink(EventLabels.excerpt(doc, 50) + dated + ":\n“"
                    + EventLabels.excerpt(ev.text(), 160) + "”");
            link.setWrapText(true);
            link.getStyleClass().add("evidence-link");
            link.setAccessibleText("Show excerpt in " + doc);
            link.setOnAction(e -> viewModel.selection().show(event, ev));
            evidenceLinks.add(link);
            nodes.add(link);
        }
        nodes.add(heading("Participants"));
        if (event.participants().isEmpty()) {
            nodes.add(wrapped("none found", "details-none"));
        }
        for (Participant p : event.participants()) {
            nodes.add(wrapped("• " + EventLabels.participant(p), "details-value"));
        }

        nodes.add(heading("Place"));
        nodes.add(event.place() == null ? wrapped("not stated", "details-none")
                : wrapped(event.place().name() + (event.place().countryCode().isBlank() ? ""
                : " (" + event.place().countryCode() + ")"), "details-value"));

        if (!event.topics().isEmpty()) {
            nodes.add(heading("Topics"));
            nodes.add(wrapped(String.join(", ", event.topics()), "details-value"));
        }

        content.getChildren().setAll(nodes);
        setVvalue(0);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("details-heading");
        return l;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
