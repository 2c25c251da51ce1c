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
            merges.add(merge(pair, true, chosen));
        }
        for (ExpectedSet.MergeRule pair : expected.mustNotMerge()) {
            merges.add(merge(pair, false, chosen));
        }
        List<Violation> violations = new ArrayList<>();
        for (ExpectedSet.ForbiddenDate rule : expected.forbidden()) {
            for (Event e : model.eventsInDocument(rule.file())) {
                if (violates(rule, e)) {
                    violations.add(new Violation(rule, e));
                }
            }
        }
        return new AcceptanceReport(articles, merges, violations, expected.forbidden().size());
    }

    private ArticleResult scoreArticle(EventModel model, ExpectedSet.Article article, Map<String, Event> chosen) {
        Optional<DocumentInfo> info = model.document(article.file());
        DocumentDateResult date = documentDate(article.documentDate(), info);
        List<Event> extracted = model.eventsInDocument(article.file());
        List<EventResult> results = new ArrayList<>();
        Set<String> related = new HashSet<>();
        Set<String> foundCandidates = new HashSet<>();
        for (ExpectedSet.Event x : article.events()) {
            List<Candidate> candidates = new ArrayList<>();
            for (Event e : extracted) {
                if (x.types().contains(e.type().name()) && ActorMatch.overlaps(x, e)) {
                    candidates.add(new Candidate(e, DateJudge.judge(x, e)));
                    related.add(e.id());
                }
            }
            candidates.stream().filter(c -> c.verdict().outcome() == Outcome.FOUND)
                    .forEach(c -> foundCandidates.add(c.event().id()));
            results.add(result(x, extracted, candidates, chosen));
        }
        Set<String> taken = new HashSet<>();
        results.stream().filter(r -> r.match() != null).forEach(r -> taken.add(r.match().id()));
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
        int relatedCount = (int) extracted.stream()
                .filter(e -> related.contains(e.id()) && !(foundCandidates.contains(e.id()) && !taken.contains(e.id())))
                .count();
        return new ArticleResult(article.file(), date, results, extracted.size(), relatedCount, extras);
    }

    private static EventResult result(ExpectedSet.Event x, List<Event> extracted, List<Candidate> candidates,
                                      Map<String, Event> chosen) {
        if (candidates.isEmpty()) {
            long sameType = extracted.stream().filter(e -> x.types().contains(e.type().name())).count();
            long sameActors = extracted.stream().filter(e -> ActorMatch.overlaps(x, e)).count();
            String detail = "no " + String.join("/", x.types()) + " event with " + actors(x) + " (" + sameType
                    + " of an accepted type with other actors, " + sameActors + " with these actors of another type)";
            return new EventResult(x, Outcome.NO_EVENT, null, detail, false, false);
        }
        Candidate best = candidates.stream()
                .min(Comparator.comparing((Candidate c) -> c.verdict().outcome().ordinal())
                        .thenComparing(c -> -c.event().documentIds().size()))
                .orElseThrow();
        chosen.put(x.id(), best.event());
        Event e = best.event();
        boolean statusRight = x.status() != null && x.status().equals(e.status().name());
        boolean placeRight = x.place() != null && e.place() != null
                && ActorMatch.fold(e.place().name()).contains(ActorMatch.fold(x.place()));
        return new EventResult(x, best.verdict().outcome(), e, best.verdict().detail(), statusRight, placeRight);
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

    private static MergeResult merge(ExpectedSet.MergeRule pair, boolean sameEvent, Map<String, Event> chosen) {
        Event a = chosen.get(pair.a());
        Event b = chosen.get(pair.b());
        if (a == null || b == null) {
            return new MergeResult(pair, sameEvent, false, false);
        }
        return new MergeResult(pair, sameEvent, true, a.id().equals(b.id()));
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

    private record Candidate(Event event, DateJudge.Verdict verdict) {
    }
}
