package org.diplomatictimeline.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.diplomatictimeline.extract.EventMention;
import org.diplomatictimeline.extract.EventMerger;
import org.diplomatictimeline.extract.TriggerLexicon;
import org.diplomatictimeline.model.DateBasis;
import org.diplomatictimeline.model.DateModifier;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.model.Place;
import org.diplomatictimeline.model.PlaceKind;
import org.diplomatictimeline.time.TimexValue;

/**
 * Scores the event merger on MEANTIME's cross-document event coreference: gold event mentions (with their linked
 * participants, times and document creation time) go through {@link EventMerger}; the clusters it forms are
 * compared with the gold instances by MUC, B-cubed, CEAF-e and CoNLL F1, next to two baselines.
 */
public final class EventMergeEvaluation {

    /** Scores of one system on one or all sub-corpora. */
    public record Result(String system, CorefScores.Counts muc, CorefScores.Counts bcubed, CorefScores.Counts ceafe) {

        public double conll() {
            return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
        }

        Result plus(Result o) {
            return new Result(system, muc.plus(o.muc), bcubed.plus(o.bcubed), ceafe.plus(o.ceafe));
        }
    }

    /** Everything measured: per system, pooled over the sub-corpora; and the corpus size. */
    public record Report(List<Result> results, int documents, int mentions, int goldClusters) {
    }

    private final MeantimeReader reader = new MeantimeReader();
    private final EventMerger merger = new EventMerger();
    private final TriggerLexicon lexicon = TriggerLexicon.standard();

    /** Evaluates on the {@code intra_cross-doc_annotation} folder under {@code root} (or root itself). */
    public Report evaluate(Path root) throws IOException {
        Path base = Files.isDirectory(root.resolve("intra_cross-doc_annotation"))
                ? root.resolve("intra_cross-doc_annotation") : root;
        List<Path> corpora;
        try (Stream<Path> s = Files.list(base)) {
            corpora = s.filter(Files::isDirectory).sorted().toList();
        }
        if (corpora.isEmpty()) {
            corpora = List.of(base);
        }
        Map<String, Result> pooled = new LinkedHashMap<>();
        int documents = 0;
        int mentionCount = 0;
        int goldClusters = 0;
        for (Path corpus : corpora) {
            List<Path> files;
            try (Stream<Path> s = Files.list(corpus)) {
                files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
            }
            List<EventMention> mentions = new ArrayList<>();
            List<String> gold = new ArrayList<>();
            for (Path f : files) {
                MeantimeReader.GoldDocument doc = reader.read(f);
                documents++;
                for (MeantimeReader.GoldEventMention g : doc.events()) {
                    mentions.add(toMention(doc, g, mentions.size()));
                    gold.add(g.instance());
                }
            }
            if (mentions.isEmpty()) {
                continue;
            }
            mentionCount += mentions.size();
            List<Set<Integer>> key = clustersOf(gold);
            goldClusters += key.size();
            List<Set<Integer>> merged = new ArrayList<>();
            for (List<Integer> g : merger.group(mentions)) {
                merged.add(new HashSet<>(g));
            }
            List<Set<Integer>> singletons = new ArrayList<>();
            Set<Integer> everything = new HashSet<>();
            for (int i = 0; i < mentions.size(); i++) {
                singletons.add(Set.of(i));
                everything.add(i);
            }
            List<String> lemmas = mentions.stream().map(m -> m.type() + ":" + m.name()).toList();
            add(pooled, score("EventMerger", key, merged));
            add(pooled, score("singletons (baseline)", key, singletons));
            add(pooled, score("all in one (baseline)", key, List.of(everything)));
            add(pooled, score("same predicate (baseline)", key, clustersOf(lemmas)));
        }
        return new Report(List.copyOf(pooled.values()), documents, mentionCount, goldClusters);
    }

    private static void add(Map<String, Result> pooled, Result r) {
        pooled.merge(r.system(), r, Result::plus);
    }

    private static Result score(String system, List<Set<Integer>> key, List<Set<Integer>> response) {
        return new Result(system, CorefScores.muc(key, response), CorefScores.bcubed(key, response),
                CorefScores.ceafe(key, response));
    }

    private static List<Set<Integer>> clustersOf(List<String> labels) {
        Map<String, Set<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            byLabel.computeIfAbsent(labels.get(i), k -> new HashSet<>()).add(i);
        }
        return new ArrayList<>(byLabel.values());
    }

    private EventMention toMention(MeantimeReader.GoldDocument doc, MeantimeReader.GoldEventMention g, int order) {
        String pred = g.pred().toLowerCase(Locale.ROOT);
        EventType type = lexicon.startingWith(pred).stream().filter(e -> e.words().size() == 1)
                .map(TriggerLexicon.Entry::type).findFirst().orElse(EventType.OTHER);
        List<Participant> participants = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (MeantimeReader.GoldEntity e : g.participants()) {
            switch (e.type()) {
                case "PER" -> participants.add(new Participant(e.id(), e.name(), ParticipantKind.PERSON, "", ""));
                case "LOC" -> places.add(new Place(e.id(), e.name(), PlaceKind.CITY, ""));
                default -> participants.add(new Participant(e.id(), e.name(), ParticipantKind.ORGANISATION, "", ""));
            }
        }
        DocumentDate dct = dct(doc.creationTime());
        EventDate when = g.timexValues().stream().map(v -> date(v)).flatMap(Optional::stream).findFirst()
                .orElse(EventDate.unknown("no linked time"));
        EventStatus status = "FUTURE".equals(g.time()) ? EventStatus.PLANNED : EventStatus.HAPPENED;
        Evidence evidence = new Evidence(doc.id(), g.start(), g.end(), doc.text().substring(g.start(), g.end()));
        return new EventMention(doc.id(), order, type, status, when, places, participants, List.of(),
                List.of(evidence), type == EventType.OTHER ? pred : "", "", false, dct, 0.7);
    }

    private static Optional<EventDate> date(String value) {
        return TimexValue.parse(value).map(tv -> new EventDate(value, null, tv.precision(), DateModifier.NONE,
                DateBasis.STATED, tv.span(), "gold TLINK"));
    }

    private static DocumentDate dct(String value) {
        if (value == null || TimexValue.parse(value).isEmpty()) {
            return DocumentDate.unknown("no creation time");
        }
        DatePrecision p = TimexValue.parse(value).get().precision();
        return new DocumentDate(value, p, DateSource.HEADER, 1, "MEANTIME creation time", value, false);
    }
}
