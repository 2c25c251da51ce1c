package org.diplomatictimeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;

/**
 * The year back-fill stage: an article with no date of its own borrows a year from a dated article of the corpus
 * only when both report the same occasion: the same kind of event, every named participant (person or
 * organisation, not merely a country) the borrower gives is one the lender gives too, and they share two named
 * participants or one and the place. Otherwise the article stays undated and says so: unrelated articles (two
 * leaders' separate visits to one host) never lend each other years.
 */
final class YearBorrowing {

    /**
     * What the stage knows of one article.
     *
     * @param date     its own date
     * @param mentions its event mentions
     * @param stamp    its year-less dateline, if it has one ("NEW DELHI, May 7 (IANS)")
     */
    record Article(DocumentDate date, List<EventMention> mentions, Optional<DatelineReader.Stamp> stamp) {
    }

    /**
     * The borrowed date of the undated article {@code id}, or empty when no dated article reports the same occasion.
     *
     * @param events   the corpus' merged events
     * @param articles every article by id
     */
    Optional<DocumentDate> borrow(String id, List<Event> events, Map<String, Article> articles) {
        Article undated = articles.get(id);
        for (Event e : events) {
            if (!e.when().isKnown() || e.evidence().stream().noneMatch(v -> v.documentId().equals(id))) {
                continue;
            }
            for (String other : e.evidence().stream().map(Evidence::documentId).distinct().toList()) {
                Article lender = articles.get(other);
                if (other.equals(id) || lender == null || !lender.date().isKnown() || lender.date().isInferred()
                        || !sameOccasion(mentionsIn(e, undated.mentions()), mentionsIn(e, lender.mentions()))) {
                    continue;
                }
                return Optional.of(lend(e, other, undated.stamp()));
            }
        }
        return Optional.empty();
    }

    /** True when two articles' mentions of one merged event report the same occasion (see the class comment). */
    static boolean sameOccasion(List<EventMention> mine, List<EventMention> theirs) {
        for (EventMention a : mine) {
            Set<String> named = namedParties(a);
            for (EventMention b : theirs) {
                Set<String> lent = namedParties(b);
                if (a.type() != b.type() || named.isEmpty() || !lent.containsAll(named)) {
                    continue;
                }
                boolean samePlace = a.places().stream().anyMatch(p -> b.places().stream()
                        .anyMatch(q -> q.name().equalsIgnoreCase(p.name())));
                if (named.size() >= 2 || samePlace) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> namedParties(EventMention m) {
        Set<String> ids = new HashSet<>();
        for (Participant p : m.participants()) {
            if (p.kind() != ParticipantKind.COUNTRY && !p.name().isBlank()) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    private static List<EventMention> mentionsIn(Event e, List<EventMention> mentions) {
        return mentions.stream().filter(m -> m.evidence().stream().anyMatch(e.evidence()::contains)).toList();
    }

    private static DocumentDate lend(Event e, String other, Optional<DatelineReader.Stamp> stamp) {
        String year = e.when().span().first().toString().substring(0, 4);
        String occasion = "'" + e.title() + "' (" + e.when().value() + "), which " + other
                + " also reports with the same participants";
        if (stamp.isPresent()) {
            // "NEW DELHI, May 7 (IANS)": the day is stated, only its year comes from the corpus.
            DatelineReader.Stamp st = stamp.get();
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(year), st.month(), st.day());
                return new DocumentDate(day.toString(), DatePrecision.DAY, st.source(), 0.6,
                        "dateline '" + st.text() + "', year " + year + " from " + occasion, null, false);
            } catch (DateTimeException ignored) {
                // February 29 in a year without it: the year alone
            }
        }
        return new DocumentDate(year, DatePrecision.YEAR, DateSource.CORPUS, 0.3, "reports " + occasion, null,
                false);
    }
}
