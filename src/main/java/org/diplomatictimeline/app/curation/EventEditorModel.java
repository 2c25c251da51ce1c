package org.diplomatictimeline.app.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diplomatictimeline.curation.CurationSession;
import org.diplomatictimeline.curation.DateEntry;
import org.diplomatictimeline.curation.Decision;
import org.diplomatictimeline.curation.ManualDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;

/**
 * The event editor's form state: one property per field, loaded from an event; {@link #apply()} records every field
 * the analyst changed as one undoable step, and leaves the fields they did not touch exactly as they were.
 */
public final class EventEditorModel {

    private final CurationSession session;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Event> event = new ReadOnlyObjectWrapper<>(this, "event");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>(this, "type", EventType.OTHER);
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(this, "status", EventStatus.HAPPENED);
    private final BooleanProperty dateKnown = new SimpleBooleanProperty(this, "dateKnown", false);
    private final StringProperty dateText = new SimpleStringProperty(this, "dateText", "");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper(this, "dateError", "");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty participants = new SimpleStringProperty(this, "participants", "");
    private final StringProperty topics = new SimpleStringProperty(this, "topics", "");
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    /** The form as loaded: a field counts as changed only when its text differs from this. */
    private Form loaded;

    /** An editor reading dates in the user's format locale. */
    public EventEditorModel(CurationSession session) {
        this(session, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** An editor reading dates in ISO or {@code locale}'s form. */
    public EventEditorModel(CurationSession session, Locale locale) {
        this.session = Objects.requireNonNull(session, "session");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** The form's fields as text, to tell which ones the analyst touched. */
    private record Form(String title, EventType type, EventStatus status, boolean dateKnown, String dateText,
                        String place, String participants, String topics) {
    }

    /** Loads an event's fields into the form (null clears it). */
    public void load(Event e) {
        event.set(e);
        dateError.set("");
        if (e == null) {
            title.set("");
            notes.clear();
            loaded = null;
            return;
        }
        notes.setAll(session.curated().notesOf(e.id()));
        title.set(e.title());
        type.set(e.type());
        status.set(e.status());
        dateKnown.set(e.when().isKnown());
        dateText.set(DateEntry.format(e.when()));
        place.set(e.place() == null ? "" : e.place().name());
        participants.set(String.join(", ", e.participants().stream().map(Participant::name).toList()));
        topics.set(String.join(", ", e.topics()));
        loaded = current();
    }

    private Form current() {
        return new Form(title.get(), type.get(), status.get(), dateKnown.get(), dateText.get(), place.get(),
                participants.get(), topics.get());
    }

    /**
     * Records every field that differs from the loaded form as one undoable step, then reloads the edited event.
     * Returns how many fields changed; 0, with {@link #dateErrorProperty()} set and nothing recorded, when the date
     * cannot be read.
     */
    public int apply() {
        Event e = event.get();
        if (e == null || loaded == null) {
            return 0;
        }
        // Read the whole form before recording: recording notifies listeners that may reload the form.
        Form form = current();
        List<Decision.FieldEdit> edits = new ArrayList<>();
        String newTitle = form.title() == null ? "" : form.title().strip();
        if (!Objects.equals(form.title(), loaded.title()) && !newTitle.isEmpty() && !newTitle.equals(e.title())) {
            edits.add(new Decision.Title(newTitle));
        }
        if (form.type() != null && form.type() != loaded.type()) {
            edits.add(new Decision.Type(form.type()));
        }
        if (form.status() != null && form.status() != loaded.status()) {
            edits.add(new Decision.Status(form.status()));
        }
        if (form.dateKnown() != loaded.dateKnown() || !Objects.equals(form.dateText(), loaded.dateText())) {
            Optional<EventDate> date = formDate(form);
            if (date.isEmpty()) {
                dateError.set("Not a date: \"" + form.dateText() + "\". Type e.g. 2019-06-05, 2019-06, 2019, "
                        + "2019-05-12/2019-05-13, or a date as this computer writes it.");
                return 0;
            }
            if (!date.get().equals(e.when())) {
                edits.add(new Decision.When(date.get()));
            }
        }
        if (!Objects.equals(form.place(), loaded.place())) {
            Place newPlace = formPlace(form.place(), e.place());
            if (!Objects.equals(newPlace, e.place())) {
                edits.add(new Decision.Where(newPlace));
            }
        }
        if (!Objects.equals(form.participants(), loaded.participants())) {
            List<Participant> newParticipants = formParticipants(form.participants(), e.participants());
            if (!newParticipants.equals(e.participants())) {
                edits.add(new Decision.Participants(newParticipants));
            }
        }
        if (!Objects.equals(form.topics(), loaded.topics())) {
            List<String> newTopics = split(form.topics());
            if (!newTopics.equals(e.topics())) {
                edits.add(new Decision.Topics(newTopics));
            }
        }
        dateError.set("");
        session.editAll(e.id(), edits);
        load(session.curated().model().event(e.id()).orElse(null));
        return edits.size();
    }

    /** The date the form describes: unknown when "known" is unticked; empty when the text is not a date. */
    private Optional<EventDate> formDate(Form form) {
        if (!form.dateKnown()) {
            return Optional.of(EventDate.unknown(ManualDate.REASON));
        }
        return DateEntry.parse(form.dateText(), locale);
    }

    private static Place formPlace(String text, Place old) {
        String name = text == null ? "" : text.strip();
        if (name.isEmpty()) {
            return null;
        }
        if (old != null && old.name().equals(name)) {
            return old;
        }
        return new Place("analyst:" + slug(name), name, PlaceKind.CITY, "");
    }

    /** Names kept from the event keep their identity; new names become people the analyst named. */
    private static List<Participant> formParticipants(String text, List<Participant> old) {
        List<Participant> result = new ArrayList<>();
        for (String name : split(text)) {
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
    public ObservableList<String> notes() {
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

    /** The date as typed: ISO or the locale's form, a day, month, year or range (see {@link DateEntry}). */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** Why the typed date was not applied; empty when it was, or nothing was tried. */
    public ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
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
