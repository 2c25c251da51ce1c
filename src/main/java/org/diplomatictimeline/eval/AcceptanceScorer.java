package org.diplomatictimeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.eval.AcceptanceReport.ArticleResult;
import org.diplomatictimeline.eval.AcceptanceReport.DocumentDateResult;
import org.diplomatictimeline.eval.AcceptanceReport.EventResult;
import org.diplomatictimeline.eval.AcceptanceReport.Extra;
import org.diplomatictimeline.eval.AcceptanceReport.ExtraKind;
import org.diplomatictimeline.eval.AcceptanceReport.MergeResult;
import org.diplomatictimeline.eval.AcceptanceReport.Outcome;
import org.diplomatictimeline.eval.AcceptanceReport.Violation;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;

/**
 * Compares an extracted event model with a reader's answer set. An expected event is found when an extracted event
 * with evidence in its article has an accepted type, shares an actor and has the reader's date at the reader's
 * precision (a finer date inside it also counts); otherwise the best candidate tells why it missed.
 */
public final class AcceptanceScorer {

    /** Scores the model against the answers; articles missing from the model score as not loaded. */
    public AcceptanceReport score(EventModel model, ExpectedSet expected) {
        Map<String, Event> chosen = new HashMap<>();
        List<ArticleResult> articles = new ArrayList<>();
        for (ExpectedSet.Article article : expected.articles()) {
            articles.add(scoreArticle(model, article, chosen));
        }
        List<MergeResult> merges = new ArrayList<>();
        for (ExpectedSet.MergeRule pair : expected.sameEventPairs()) {
            merges.add(merge(pair, true, chosen, model, expected));
        }
        for (ExpectedSet.MergeRule pair : expected.mustNotMerge()) {
            merges.add(merge(pair, false, chosen, model, expected));
        }
        List<Violation> violations = new ArrayList<>();
        for (ExpectedSet.ForbiddenDate rule : expected.forbidden()) {
            for (Event e : model.eventsInDocument(rule.file())) {
                if (violates(rule, e)) {
                    violations.add(new Violation(rule, e));
                }
            }
        }
        return new AcceptanceReport(articles, merges, violations, expected.forbidden().size(),
                unbackedMerges(model, expected, chosen));
    }

    /** Cross-article events where some pair of their articles is not joined by a reader's same-event pair. */
    private static List<Event> unbackedMerges(EventModel model, ExpectedSet expected, Map<String, Event> chosen) {
        Set<String> scored = new HashSet<>();
        expected.articles().forEach(a -> scored.add(a.file()));
        List<Event> unbacked = new ArrayList<>();
        for (Event e : model.events()) {
            List<String> docs = e.documentIds().stream().filter(scored::contains).toList();
            boolean backed = true;
            for (int i = 0; i < docs.size() && backed; i++) {
                for (int j = i + 1; j < docs.size() && backed; j++) {
                    backed = joined(docs.get(i), docs.get(j), e, expected, chosen);
                }
            }
            if (!backed) {
                unbacked.add(e);
            }
        }
        return unbacked;
    }

    private static boolean joined(String d1, String d2, Event e, ExpectedSet expected, Map<String, Event> chosen) {
        for (ExpectedSet.MergeRule pair : expected.sameEventPairs()) {
            ExpectedSet.Event a = expected.event(pair.a()).orElseThrow();
            ExpectedSet.Event b = expected.event(pair.b()).orElseThrow();
            boolean files = a.file().equals(d1) && b.file().equals(d2) || a.file().equals(d2) && b.file().equals(d1);
            if (files && e.equals(chosen.get(a.id())) && e.equals(chosen.get(b.id()))) {
                return true;
            }
        }
        return false;
    }

    private ArticleResult scoreArticle(EventModel model, ExpectedSet.Article article, Map<String, Event> chosen) {
        Optional<DocumentInfo> info = model.document(article.file());
        DocumentDateResult date = documentDate(article.documentDate(), info);
        List<Event> extracted = model.eventsInDocument(article.file());
        Set<String> related = new HashSet<>();
        Set<String> foundCandidates = new HashSet<>();
        Map<String, List<Candidate>> candidatesById = new HashMap<>();
        for (ExpectedSet.Event x : article.events()) {
            List<Candidate> candidates = new ArrayList<>();
            for (Event e : extracted) {
                if (x.types().contains(e.type().name()) && ActorMatch.overlaps(x, e)) {
                    candidates.add(new Candidate(e, DateJudge.judge(x, e), sharedActors(x, e)));
                    related.add(e.id());
                }
            }
            candidates.stream().filter(c -> c.verdict().outcome() == Outcome.FOUND)
                    .forEach(c -> foundCandidates.add(c.event().id()));
            candidatesById.put(x.id(), candidates);
        }
        // Expected events with a right-dated candidate choose first, so a miss never steals the event of a hit.
        Set<String> taken = new HashSet<>();
        Map<String, EventResult> byId = new HashMap<>();
        for (boolean firstPass : new boolean[] {true, false}) {
            for (ExpectedSet.Event x : article.events()) {
                List<Candidate> candidates = candidatesById.get(x.id());
                boolean hasHit = candidates.stream().anyMatch(c -> c.verdict().outcome() == Outcome.FOUND);
                if (byId.containsKey(x.id()) || hasHit != firstPass) {
                    continue;
                }
                EventResult r = result(x, extracted, candidates, taken, chosen);
                byId.put(x.id(), r);
                if (r.match() != null) {
                    taken.add(r.match().id());
                }
            }
        }
        List<EventResult> results = article.events().stream().map(x -> byId.get(x.id())).toList();
        List<Extra> extras = new ArrayList<>();
        for (Event e : extracted) {
            if (taken.contains(e.id())) {
                continue;
            }
            if (foundCandidates.contains(e.id())) {
                extras.add(new Extra(article.file(), ExtraKind.DUPLICATE, e));
            } else if (!related.contains(e.id())) {
                extras.add(new Extra(article.file(), ExtraKind.UNEXPECTED, e));
            }
        }
        return new ArticleResult(article.file(), date, results, extracted.size(), extracted.size() - extras.size(),
                extras);
    }

    private static EventResult result(ExpectedSet.Event x, List<Event> extracted, List<Candidate> candidates,
                                      Set<String> taken, Map<String, Event> chosen) {
        if (candidates.isEmpty()) {
            long sameType = extracted.stream().filter(e -> x.types().contains(e.type().name())).count();
            String detail = "no " + String.join("/", x.types()) + " event with " + actors(x) + " (" + sameType
                    + " of an accepted type with other or no actors)" + otherTypeHint(x, extracted);
            return new EventResult(x, Outcome.NO_EVENT, null, detail, false, false);
        }
        // One extracted event answers one expected event of an article: two events folded into one is a miss.
        List<Candidate> free = candidates.stream().filter(c -> !taken.contains(c.event().id())).toList();
        if (free.isEmpty()) {
            Event folded = candidates.get(0).event();
            return new EventResult(x, Outcome.NO_EVENT, null, "folded into '" + folded.title() + "' ("
                    + DateJudge.describe(folded.when()) + "), already taken by another expected event"
                    + otherTypeHint(x, extracted), false, false);
        }
        Candidate best = free.stream()
                .min(Comparator.comparing((Candidate c) -> c.verdict().outcome().ordinal())
                        .thenComparing(c -> -c.sharedActors())
                        .thenComparing(c -> -c.event().documentIds().size()))
                .orElseThrow();
        chosen.put(x.id(), best.event());
        Event e = best.event();
        boolean statusRight = x.status() != null && List.of(x.status().split("\\|")).contains(e.status().name());
        boolean placeRight = x.place() != null && e.place() != null
                && ActorMatch.fold(e.place().name()).contains(ActorMatch.fold(x.place()));
        String detail = best.verdict().detail();
        if (best.verdict().outcome() != Outcome.FOUND) {
            detail += " in '" + e.title() + "'" + otherTypeHint(x, extracted);
        }
        return new EventResult(x, best.verdict().outcome(), e, detail, statusRight, placeRight);
    }

    /** Names extracted events with the reader's actors and date but another type: the usual cause of a miss. */
    private static String otherTypeHint(ExpectedSet.Event x, List<Event> extracted) {
        List<String> hints = extracted.stream()
                .filter(e -> !x.types().contains(e.type().name()) && ActorMatch.overlaps(x, e)
                        && DateJudge.judge(x, e).outcome() == Outcome.FOUND)
                .map(e -> e.type().name())
                .distinct()
                .toList();
        return hints.isEmpty() ? "" : "; typed " + String.join("/", hints) + " with the right actors and date";
    }

    private static int sharedActors(ExpectedSet.Event x, Event e) {
        return (int) e.participants().stream().filter(p -> ActorMatch.matches(x, p)).count();
    }

    private static String actors(ExpectedSet.Event x) {
        List<String> all = new ArrayList<>(x.countries());
        all.addAll(x.people());
        all.addAll(x.orgs());
        return String.join("/", all);
    }

    private static DocumentDateResult documentDate(ExpectedSet.DocumentDateAnswer expected,
                                                   Optional<DocumentInfo> info) {
        if (info.isEmpty()) {
            return new DocumentDateResult(expected, null, "not loaded", false, false, false);
        }
        DocumentDate d = info.get().date();
        boolean correct = expected.value() == null ? !d.isKnown() : expected.value().equals(d.value());
        boolean basisAgrees = expected.value() == null ? !d.isKnown() : d.isKnown() && expected.stated() != d.isInferred();
        boolean conflictRight = !expected.headerConflict() || d.conflict();
        return new DocumentDateResult(expected, d.value(), d.source().name(), correct, basisAgrees, conflictRight);
    }

    private static MergeResult merge(ExpectedSet.MergeRule pair, boolean sameEvent, Map<String, Event> chosen,
                                     EventModel model, ExpectedSet expected) {
        Event a = chosen.get(pair.a());
        Event b = chosen.get(pair.b());
        if (a != null && b != null) {
            return new MergeResult(pair, sameEvent, true, a.id().equals(b.id()));
        }
        if (sameEvent) {
            return new MergeResult(pair, true, false, false);
        }
        // Events that must stay apart are judged even when typed wrongly: by the events sharing their actors.
        ExpectedSet.Event xa = expected.event(pair.a()).orElseThrow();
        ExpectedSet.Event xb = expected.event(pair.b()).orElseThrow();
        Set<String> sideA = new HashSet<>();
        model.eventsInDocument(xa.file()).stream().filter(e -> ActorMatch.overlaps(xa, e)).forEach(e -> sideA.add(e.id()));
        List<Event> sideB = model.eventsInDocument(xb.file()).stream().filter(e -> ActorMatch.overlaps(xb, e)).toList();
        if (sideA.isEmpty() || sideB.isEmpty()) {
            return new MergeResult(pair, false, false, false);
        }
        boolean merged = xa.file().equals(xb.file())
                ? a != null && b != null && a.id().equals(b.id())
                : sideB.stream().anyMatch(e -> sideA.contains(e.id()));
        return new MergeResult(pair, false, true, merged);
    }

    private static boolean violates(ExpectedSet.ForbiddenDate rule, Event e) {
        if (!rule.types().isEmpty() && !rule.types().contains(e.type().name())) {
            return false;
        }
        if (!e.when().isKnown()) {
            return false;
        }
        String v = e.when().value();
        return v.equals(rule.date()) || v.startsWith(rule.date() + "-");
    }

    private record Candidate(Event event, DateJudge.Verdict verdict, int sharedActors) {
    }
}
