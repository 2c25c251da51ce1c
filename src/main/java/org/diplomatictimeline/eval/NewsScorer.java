package org.diplomatictimeline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.diplomatictimeline.eval.NewsReport.Cause;
import org.diplomatictimeline.eval.NewsReport.Miss;
import org.diplomatictimeline.eval.NewsReport.Tally;
import org.diplomatictimeline.model.DocumentInfo;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.EventModel;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;

/**
 * Scores an extracted event model against a news gold set with the rule and figures of news-dev's
 * {@code score_news.py} (see {@link NewsMatchRule}), and explains each miss and each wrong cross-article merge.
 * Gold events are matched in file order, one extracted event per gold event, events with the exact date first.
 */
public final class NewsScorer {

    /** The language group of articles whose document says none. */
    public static final String UNDETERMINED = "und";

    private final CrossArticleMerges merges;

    public NewsScorer() {
        this(new OccasionRule());
    }

    public NewsScorer(OccasionRule occasions) {
        this.merges = new CrossArticleMerges(occasions);
    }

    /** Scores the model; gold articles with no document of their stem score as not read. */
    public NewsReport score(EventModel model, NewsGold gold) {
        Map<String, String> stemOfDocument = new HashMap<>();
        Map<String, DocumentInfo> documentOfStem = new HashMap<>();
        for (DocumentInfo d : model.documents()) {
            String stem = NewsMatchRule.stem(d.source());
            stemOfDocument.put(d.id(), stem);
            documentOfStem.put(stem, d); // the last of one stem wins, as in score_news.py
        }
        Map<String, List<Event>> byFile = new LinkedHashMap<>();
        for (Event e : model.events()) {
            for (String stem : stemsOf(e, stemOfDocument)) {
                byFile.computeIfAbsent(stem, k -> new ArrayList<>()).add(e);
            }
        }

        Map<String, NewsGold.GoldEvent> answered = new HashMap<>(); // extracted event id -> the gold event it answers
        Map<String, Tally> byBasis = new TreeMap<>();
        Map<String, Tally> byType = new TreeMap<>();
        Map<String, Tally> byLanguage = new TreeMap<>();
        List<Pending> missed = new ArrayList<>();
        List<NewsReport.Inexact> inexact = new ArrayList<>();
        int found = 0;
        int exact = 0;
        int datesRight = 0;
        int datesKnown = 0;
        List<NewsReport.WrongDate> wrongDates = new ArrayList<>();
        for (NewsGold.Article article : gold.articles()) {
            String stem = article.stem();
            DocumentInfo document = documentOfStem.get(stem);
            String language = language(document);
            String ourDate = ourDate(document);
            if (article.docDate() != null && !article.docDate().isEmpty()) {
                datesKnown++;
                boolean right = ourDate.equals(article.docDate());
                datesRight += right ? 1 : 0;
                if (!right) {
                    wrongDates.add(new NewsReport.WrongDate(stem, article.docDate(), ourDate));
                }
                byLanguage.merge(language, Tally.ZERO.plusDocument(right), NewsScorer::sum);
            }
            List<Event> candidates = byFile.getOrDefault(stem, List.of());
            for (NewsGold.GoldEvent g : article.events()) {
                Event hit = answer(g, candidates, answered);
                boolean isExact = hit != null && NewsMatchRule.start(hit).equals(g.dateStart());
                if (hit != null) {
                    found++;
                    exact += isExact ? 1 : 0;
                    answered.put(hit.id(), g);
                    if (!isExact) {
                        inexact.add(new NewsReport.Inexact(stem, g, hit));
                    }
                } else {
                    missed.add(new Pending(article, g, document != null, ourDate, candidates));
                }
                Tally one = Tally.ZERO.plusEvent(hit != null, isExact);
                byBasis.merge(String.valueOf(g.basis()), one, NewsScorer::sum);
                byType.merge(g.type(), one, NewsScorer::sum);
                byLanguage.merge(language, one, NewsScorer::sum);
            }
        }

        Set<String> goldStems = gold.articles().stream().map(NewsGold.Article::stem).collect(Collectors.toSet());
        Set<String> inGold = new LinkedHashSet<>();
        byFile.forEach((stem, events) -> {
            if (goldStems.contains(stem)) {
                events.forEach(e -> inGold.add(e.id()));
            }
        });
        int matched = (int) answered.keySet().stream().filter(inGold::contains).count();
        List<NewsReport.Unanswered> unanswered = unanswered(gold, byFile, answered);

        List<Miss> misses = missed.stream().map(p -> explain(p, answered)).toList();
        Map<String, NewsGold.Article> articleOfStem = new HashMap<>();
        gold.articles().forEach(a -> articleOfStem.put(a.stem(), a));
        List<Event> crossArticle = new ArrayList<>();
        for (Event e : model.events()) {
            if (stemsOf(e, stemOfDocument).stream().filter(goldStems::contains).count() >= 2) {
                crossArticle.add(e);
            }
        }
        List<NewsReport.MergeError> mergeErrors = new ArrayList<>();
        for (Event e : crossArticle) {
            List<NewsGold.Article> articles = stemsOf(e, stemOfDocument).stream().filter(goldStems::contains)
                    .map(articleOfStem::get).toList();
            merges.judge(e, articles).ifPresent(mergeErrors::add);
        }
        return new NewsReport(gold.articles().stream().mapToInt(a -> a.events().size()).sum(), found, exact,
                datesRight, datesKnown, inGold.size(), matched, byBasis, byType, byLanguage, misses,
                crossArticle.size(), mergeErrors, inexact, unanswered, wrongDates);
    }

    /** The events with evidence in a gold article that answer none of its gold events, each under its first one. */
    private static List<NewsReport.Unanswered> unanswered(NewsGold gold, Map<String, List<Event>> byFile,
                                                          Map<String, NewsGold.GoldEvent> answered) {
        List<NewsReport.Unanswered> unanswered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NewsGold.Article article : gold.articles()) {
            for (Event e : byFile.getOrDefault(article.stem(), List.of())) {
                if (answered.containsKey(e.id()) || !seen.add(e.id())) {
                    continue;
                }
                NewsGold.GoldEvent also = article.events().stream().filter(g -> NewsMatchRule.answers(e, g))
                        .findFirst().orElse(null);
                unanswered.add(new NewsReport.Unanswered(article.stem(), e, also));
            }
        }
        return unanswered;
    }

    /** The language group of an article: the language its document was identified in, else "und". */
    static String language(DocumentInfo document) {
        return document == null || document.language() == null || document.language().isBlank()
                ? UNDETERMINED : document.language();
    }

    private static String ourDate(DocumentInfo document) {
        return document == null || document.date().value() == null ? "" : document.date().value();
    }

    /** The first free candidate that answers the gold event, trying those with the exact start date first. */
    private static Event answer(NewsGold.GoldEvent g, List<Event> candidates, Map<String, NewsGold.GoldEvent> taken) {
        List<Event> ordered = new ArrayList<>(candidates);
        // A stable sort, as Python's sorted(): among equals the model's (chronological) order stays.
        ordered.sort(Comparator.comparing(e -> !NewsMatchRule.start(e).equals(g.dateStart())));
        for (Event e : ordered) {
            if (!taken.containsKey(e.id()) && NewsMatchRule.answers(e, g)) {
                return e;
            }
        }
        return null;
    }

    /** The distinct file stems of an event's evidence, in evidence order. */
    private static Set<String> stemsOf(Event e, Map<String, String> stemOfDocument) {
        Set<String> stems = new LinkedHashSet<>();
        for (Evidence ev : e.evidence()) {
            String stem = stemOfDocument.get(ev.documentId());
            if (stem != null) {
                stems.add(stem);
            }
        }
        return stems;
    }

    private static Miss explain(Pending p, Map<String, NewsGold.GoldEvent> answered) {
        NewsGold.GoldEvent g = p.gold();
        String file = p.article().stem();
        if (!p.read()) {
            return new Miss(file, g, Cause.ARTICLE_NOT_READ, "no document named " + file + " was read");
        }
        if (p.candidates().isEmpty()) {
            return new Miss(file, g, Cause.NO_EVENT_IN_ARTICLE, "no extracted event has evidence in the article");
        }
        for (Event e : p.candidates()) {
            if (NewsMatchRule.answers(e, g)) {
                NewsGold.GoldEvent other = answered.get(e.id());
                return new Miss(file, g, Cause.ANSWER_TAKEN, describe(e) + " answers \"" + other.what() + "\"");
            }
        }
        List<Event> related = p.candidates().stream().filter(e -> NewsMatchRule.sharesWhoOrWhere(g, e)).toList();
        if (!related.isEmpty()) {
            String had = related.stream().map(NewsScorer::describe).collect(Collectors.joining("; "));
            String goldDate = p.article().docDate();
            boolean docDateWrong = goldDate != null && !goldDate.isEmpty() && !goldDate.equals(p.ourDate());
            if (docDateWrong && !"explicit".equals(g.basis())) {
                return new Miss(file, g, Cause.DOCUMENT_DATE_WRONG, "document date "
                        + (p.ourDate().isEmpty() ? "none" : p.ourDate()) + ", gold " + goldDate + "; we had " + had);
            }
            boolean allUndated = related.stream().allMatch(e -> NewsMatchRule.start(e).isEmpty());
            return new Miss(file, g, allUndated ? Cause.UNDATED : Cause.DATE_INCOMPATIBLE, "we had " + had);
        }
        List<Event> dated = p.candidates().stream()
                .filter(e -> NewsMatchRule.compatible(NewsMatchRule.start(e), g.dateStart())).toList();
        if (!dated.isEmpty()) {
            return new Miss(file, g, Cause.NO_SHARED_PARTICIPANT_OR_PLACE, "same date: "
                    + dated.stream().map(NewsScorer::describe).collect(Collectors.joining("; ")));
        }
        return new Miss(file, g, Cause.NOTHING_RELATED, p.candidates().size() + " extracted event"
                + (p.candidates().size() == 1 ? "" : "s") + " in the article, none with its date, participants or place");
    }

    /** One line for an extracted event: date, type, title, participants and place. */
    public static String describe(Event e) {
        String when = e.when().isKnown()
                ? (e.when().isRange() ? e.when().value() + ".." + e.when().endValue() : e.when().value()) : "undated";
        String who = e.participants().stream().map(Participant::name).collect(Collectors.joining(", "));
        return when + " " + e.type() + " \"" + e.title() + "\" [" + who + "]"
                + (e.place() == null ? "" : " @ " + e.place().name());
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.found() + b.found(), a.total() + b.total(), a.exact() + b.exact(),
                a.docDatesRight() + b.docDatesRight(), a.docDatesKnown() + b.docDatesKnown());
    }

    /** A gold event left without an answer, with what the explanation needs. */
    private record Pending(NewsGold.Article article, NewsGold.GoldEvent gold, boolean read, String ourDate,
                           List<Event> candidates) {
    }
}
