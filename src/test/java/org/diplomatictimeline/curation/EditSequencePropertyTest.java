package org.diplomatictimeline.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.diplomatictimeline.io.project.Project;
import org.diplomatictimeline.io.project.ProjectStore;
import org.diplomatictimeline.io.project.ViewSettings;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property over random edit sequences (edit, accept, reject, merge, split, undo, redo, save, load): the curated
 * model after loading equals the one saved, and every undo restores the model before that step exactly. Seeded and
 * bounded, so a failure names its seed and replays the same way.
 */
class EditSequencePropertyTest {

    private static final int STEPS = 60;
    private static final List<Place> PLACES = List.of(
            new Place("city:geneva", "Geneva", PlaceKind.CITY, "CH"),
            new Place("city:hanoi", "Hanoi", PlaceKind.CITY, "VN"));
    private static final List<Participant> PEOPLE = List.of(
            new Participant("country:FR", "France", ParticipantKind.COUNTRY, "", "FR"),
            new Participant("country:JP", "Japan", ParticipantKind.COUNTRY, "", "JP"),
            new Participant("person:envoy", "An Envoy", ParticipantKind.PERSON, "envoy", ""));

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return IntStream.range(0, 25).mapToObj(i -> 7919L * i + 17);
    }

    /** What the analyst sees of a curated model, events in id order (the model keeps them in date order). */
    private record View(List<Event> events, Map<String, ReviewState> states, Map<String, List<String>> notes,
                        List<CurationConflict> conflicts) {
        static View of(CuratedModel c) {
            return new View(c.model().events().stream().sorted(Comparator.comparing(Event::id)).toList(),
                    c.states(), c.notes(), c.conflicts());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void saveLoadAndUndoRedoPreserveTheModelExactly(long seed) throws IOException {
        Random random = new Random(seed);
        int[] ids = {0};
        CurationSession session = newSession(Curation.empty(), ids);
        List<View> states = new ArrayList<>(List.of(View.of(session.curated())));
        int at = 0;
        ProjectStore store = new ProjectStore();
        Path file = dir.resolve("seed-" + seed + ".dtproj");
        for (int step = 0; step < STEPS; step++) {
            int op = random.nextInt(10);
            String where = "seed " + seed + ", step " + step + ", op " + op;
            if (op == 0) {
                boolean undone = session.undo();
                assertThat(undone).as(where).isEqualTo(at > 0);
                at = undone ? at - 1 : at;
                assertThat(View.of(session.curated())).as(where + " undo").isEqualTo(states.get(at));
            } else if (op == 1) {
                boolean redone = session.redo();
                assertThat(redone).as(where).isEqualTo(at < states.size() - 1);
                at = redone ? at + 1 : at;
                assertThat(View.of(session.curated())).as(where + " redo").isEqualTo(states.get(at));
            } else if (op == 2) {
                View before = View.of(session.curated());
                store.save(Project.of("p", List.of(), session.curation(), ViewSettings.DEFAULT), file);
                Project loaded = store.load(file);
                assertThat(loaded.decisions()).as(where).isEqualTo(session.curation().decisions());
                session = newSession(loaded.curation(), ids);
                assertThat(View.of(session.curated())).as(where + " load").isEqualTo(before);
                states = new ArrayList<>(List.of(before));
                at = 0;
            } else if (act(session, random, op)) {
                states = new ArrayList<>(states.subList(0, at + 1));
                states.add(View.of(session.curated()));
                at++;
                assertThat(session.history().undoDepth()).as(where).isEqualTo(at);
            }
        }
    }

    private static CurationSession newSession(Curation curation, int[] ids) {
        return new CurationSession(Fixtures.firstExtraction(), DocumentHashes.NONE, curation,
                () -> "d" + (++ids[0]));
    }

    /** One random analyst action; false when there was nothing to act on. */
    private static boolean act(CurationSession s, Random random, int op) {
        List<Event> events = s.curated().model().events();
        if (events.isEmpty()) {
            return false;
        }
        Event e = events.get(random.nextInt(events.size()));
        switch (op) {
            case 3, 4, 5 -> {
                List<Decision.FieldEdit> edits = randomEdits(random);
                s.editAll(e.id(), edits);
                return !edits.isEmpty();
            }
            case 6 -> s.accept(e.id());
            case 7 -> s.reject(e.id());
            case 8 -> {
                Event other = events.get(random.nextInt(events.size()));
                if (other.id().equals(e.id())) {
                    return false;
                }
                s.merge(e.id(), other.id());
            }
            default -> {
                if (e.evidence().size() < 2) {
                    s.note(e.id(), "note " + random.nextInt(100));
                    return true;
                }
                List<Evidence> moved = e.evidence().subList(0, 1 + random.nextInt(e.evidence().size() - 1));
                s.split(e.id(), moved, "part " + random.nextInt(100));
            }
        }
        return true;
    }

    private static List<Decision.FieldEdit> randomEdits(Random random) {
        List<Decision.FieldEdit> edits = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            edits.add(switch (random.nextInt(7)) {
                case 0 -> new Decision.Title("title " + random.nextInt(1000));
                case 1 -> new Decision.Type(EventType.values()[random.nextInt(EventType.values().length)]);
                case 2 -> new Decision.Status(EventStatus.values()[random.nextInt(EventStatus.values().length)]);
                case 3 -> new Decision.When(randomDate(random));
                case 4 -> new Decision.Where(random.nextInt(3) == 0 ? null : PLACES.get(random.nextInt(2)));
                case 5 -> new Decision.Participants(PEOPLE.subList(random.nextInt(2), 1 + random.nextInt(3)));
                default -> new Decision.Topics(List.of("topic" + random.nextInt(5)));
            });
        }
        return edits;
    }

    private static EventDate randomDate(Random random) {
        LocalDate day = LocalDate.of(2018 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (random.nextInt(4) == 0) {
            return DateEntry.parse(day + "/" + day.plusDays(1 + random.nextInt(5)), Locale.ROOT)
                    .orElseThrow();
        }
        return ManualDate.of(day, DatePrecision.values()[random.nextInt(DatePrecision.values().length)]);
    }
}
