package org.diplomatictimeline.app.curation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.ManualDate;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/**
 * The event editor's form state: one property per field, loaded from an event; {@link #apply()} records one
 * undoable decision per field that changed.
 */
public final class EventEditorModel {

    private final CurationSession session;
    private final ReadOnlyObjectWrapper<Event> event = new ReadOnlyObjectWrapper<>(this, "event");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>(this, "type", EventType.OTHER);
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(this, "status", EventStatus.HAPPENED);
    private final BooleanProperty dateKnown = new SimpleBooleanProperty(this, "dateKnown", false);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<DatePrecision> precision =
            new SimpleObjectProperty<>(this, "precision", DatePrecision.DAY);
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty participants = new SimpleStringProperty(this, "participants", "");
    private final StringProperty topics = new SimpleStringProperty(this, "topics", "");
    private final javafx.collections.ObservableList<String> notes = javafx.collections.FXCollections.observableArrayList();

    public EventEditorModel(CurationSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Loads an event's fields into the form (null clears it). */
    public void load(Event e) {
        event.set(e);
        if (e == null) {
            title.set("");
            notes.clear();
            return;
        }
        notes.setAll(session.curated().notesOf(e.id()));
        title.set(e.title());
        type.set(e.type());
        status.set(e.status());
        dateKnown.set(e.when().isKnown());
        day.set(e.when().isKnown() ? e.when().span().first() : null);
        precision.set(e.when().precision());
        place.set(e.place() == null ? "" : e.place().name());
        participants.set(String.join(", ", e.participants().stream().map(Participant::name).toList()));
        topics.set(String.join(", ", e.topics()));
    }

    /**
     * Records the fields that differ from the loaded event, one decision each (each undoable on its own), then
     * reloads the edited event. Returns how many fields changed.
     */
    public int apply() {
        Event e = event.get();
        if (e == null) {
            return 0;
        }
        String id = e.id();
        int changes = 0;
        if (!title.get().isBlank() && !title.get().strip().equals(e.title())) {
            session.editTitle(id, title.get().strip());
            changes++;
        }
        if (type.get() != null && type.get() != e.type()) {
            session.editType(id, type.get());
            changes++;
        }
        if (status.get() != null && status.get() != e.status()) {
            session.editStatus(id, status.get());
            changes++;
        }
        EventDate newDate = formDate();
        if (newDate != null && !sameDate(newDate, e.when())) {
            session.editDate(id, newDate);
            changes++;
        }
        Place newPlace = formPlace(e.place());
        if (!Objects.equals(newPlace, e.place())) {
            session.editPlace(id, newPlace);
            changes++;
        }
        List<Participant> newParticipants = formParticipants(e.participants());
        if (!newParticipants.equals(e.participants())) {
            session.editParticipants(id, newParticipants);
            changes++;
        }
        List<String> newTopics = split(topics.get());
        if (!newTopics.equals(e.topics())) {
            session.editTopics(id, newTopics);
            changes++;
        }
        load(session.curated().model().event(id).orElse(null));
        return changes;
    }

    /** The date the form describes, or null when "known" is ticked without a day. */
    EventDate formDate() {
        if (!dateKnown.get()) {
            return EventDate.unknown(ManualDate.REASON);
        }
        return day.get() == null ? null : ManualDate.of(day.get(), precision.get());
    }

    private static boolean sameDate(EventDate a, EventDate b) {
        return a.isKnown() == b.isKnown() && (!a.isKnown()
                || Objects.equals(a.value(), b.value()) && a.precision() == b.precision()
                && Objects.equals(a.endValue(), b.endValue()));
    }

    private Place formPlace(Place old) {
        String name = place.get() == null ? "" : place.get().strip();
        if (name.isEmpty()) {
            return null;
        }
        if (old != null && old.name().equals(name)) {
            return old;
        }
        return new Place("analyst:" + slug(name), name, PlaceKind.CITY, "");
    }

    /** Names kept from the event keep their identity; new names become people the analyst named. */
    private List<Participant> formParticipants(List<Participant> old) {
        List<Participant> result = new ArrayList<>();
        for (String name : split(participants.get())) {
            Participant known = old.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            result.add(known != null ? known
                    : new Participant("analyst:" + slug(name), name, ParticipantKind.PERSON, "", ""));
        }
        return result;
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The analyst's notes on the loaded event, oldest first (added with Edit > Add note). */
    public javafx.collections.ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyObjectProperty<Event> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public ObjectProperty<EventStatus> statusProperty() {
        return status;
    }

    public BooleanProperty dateKnownProperty() {
        return dateKnown;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<DatePrecision> precisionProperty() {
        return precision;
    }

    /** The place's name; blank for none. */
    public StringProperty placeProperty() {
        return place;
    }

    /** Participant names, comma separated. */
    public StringProperty participantsProperty() {
        return participants;
    }

    /** Topics, comma separated. */
    public StringProperty topicsProperty() {
        return topics;
    }
}
