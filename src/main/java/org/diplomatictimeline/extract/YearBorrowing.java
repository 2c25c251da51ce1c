package org.diplomatictimeline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DateSource;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.Event;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Participant;
import org.diplomatictimeline.model.ParticipantKind;
import org.diplomatictimeline.time.Timex;
import org.diplomatictimeline.time.TimexType;

/**
 * The year back-fill stage: an article with no date of its own borrows a year from a dated article of the corpus
 * only when both report the same occasion: the same kind of event, every named participant (person or
 * organisation, not merely a country) the borrower gives is one the lender gives too, and they share two named
 * participants or one and the place. Otherwise the article stays undated and says so: unrelated articles (two
 * leaders' separate visits to one host) never lend each other years. An occasion the undated article dates by its
 * day alone ("talks in Washington on May 1") also finds its year in a dated article's report of an occasion of the
 * same kind, at the same place, between the same countries, whose days hold that day ({@link #borrowByDay}).
 */
final class YearBorrowing {

    /** A day without its year as the tagger writes it ("XXXX-05-01"). */
    private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
    /** The longest occasion whose days are told closely enough to place a day of another report in them. */
    private static final int LONGEST_OCCASION_DAYS = 15;

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

    /**
     * The year of the undated article {@code id} from the day its own occasions name without a year: the one year of
     * the dated occasions of other articles that are of the same kind, at the same place, between at least two of the
     * same countries or with a named participant in common, and whose days (at most {@value #LONGEST_OCCASION_DAYS})
     * hold that day; empty when none, or several years, fit. The merged events are compared, for an article names
     * the countries of an occasion in one sentence and its place in another.
     *
     * @param days the day without a year each of the article's undated mentions names ({@link #yearlessDays})
     */
    Optional<DocumentDate> borrowByDay(String id, List<Event> events, Map<String, Article> articles,
                                       Map<EventMention, MonthDay> days) {
        Set<Integer> years = new TreeSet<>();
        String why = null;
        for (Map.Entry<EventMention, MonthDay> mine : days.entrySet()) {
            Optional<Event> own = events.stream().filter(e -> !e.when().isKnown()
                    && mine.getKey().evidence().stream().anyMatch(e.evidence()::contains)).findFirst();
            if (own.isEmpty()) {
                continue;
            }
            for (Event e : events) {
                Optional<Integer> year = yearHolding(e, mine.getValue());
                if (year.isEmpty() || !sameDayOccasion(own.get(), e)
                        || e.evidence().stream().map(Evidence::documentId).distinct().noneMatch(other ->
                        isOwnDated(articles.get(other)))) {
                    continue;
                }
                years.add(year.get());
                why = "the day " + mine.getValue().toString().substring(2) + " it names lies in '" + e.title() + "' ("
                        + e.when().value() + ".." + e.when().span().last() + "), an occasion of the same kind and "
                        + "place that a dated article reports";
            }
        }
        if (years.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(new DocumentDate(String.valueOf(years.iterator().next()), DatePrecision.YEAR,
                DateSource.CORPUS, 0.3, why, null, false));
    }

    private static boolean isOwnDated(Article a) {
        return a != null && a.date().isKnown() && !a.date().isInferred();
    }

    /**
     * The day without a year each undated mention's words name ("on May 1"), read from the article's temporal
     * expressions tagged without an anchor; a mention naming two such days names none.
     */
    static Map<EventMention, MonthDay> yearlessDays(List<EventMention> mentions, List<Timex> unanchored) {
        Map<EventMention, MonthDay> days = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            if (m.when().isKnown()) {
                continue;
            }
            Set<MonthDay> named = new HashSet<>();
            for (Timex t : unanchored) {
                Matcher d = YEARLESS_DAY.matcher(t.value());
                if (t.type() == TimexType.DATE && d.matches() && m.evidence().stream()
                        .anyMatch(v -> t.start() >= v.start() && t.end() <= v.end())) {
                    try {
                        named.add(MonthDay.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2))));
                    } catch (DateTimeException ignored) {
                        // "XXXX-02-30": no day of the calendar
                    }
                }
            }
            if (named.size() == 1) {
                days.put(m, named.iterator().next());
            }
        }
        return days;
    }

    /**
     * True when an undated mention's words hold a digit, so may name a day without its year: only then are the
     * article's temporal expressions needed (a cached article would have to be read again for them).
     */
    static boolean mayNameADay(List<EventMention> mentions) {
        return mentions.stream().anyMatch(m -> !m.when().isKnown() && m.evidence().stream()
                .anyMatch(v -> v.text().chars().anyMatch(Character::isDigit)));
    }

    /** The year in which the closely told days of {@code e} hold {@code day}, if they do. */
    private static Optional<Integer> yearHolding(Event e, MonthDay day) {
        if (!e.when().isKnown() || e.when().span() == null || e.when().precision() != DatePrecision.DAY
                || ChronoUnit.DAYS.between(e.when().span().first(), e.when().span().last()) >= LONGEST_OCCASION_DAYS) {
            return Optional.empty();
        }
        for (int y = e.when().span().first().getYear(); y <= e.when().span().last().getYear(); y++) {
            if (day.isValidYear(y)) {
                LocalDate d = day.atYear(y);
                if (!d.isBefore(e.when().span().first()) && !d.isAfter(e.when().span().last())) {
                    return Optional.of(y);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * True when a dated event may be the occasion an undated one dates by its day: the same kind (as the briefing
     * groups them) at the same place, with a named participant or two countries in common (the day itself is checked
     * by the caller).
     */
    static boolean sameDayOccasion(Event mine, Event theirs) {
        if (mine.type().category() != theirs.type().category() || mine.place() == null || theirs.place() == null
                || !mine.place().name().equalsIgnoreCase(theirs.place().name())) {
            return false;
        }
        Set<String> named = namedParties(mine.participants());
        named.retainAll(namedParties(theirs.participants()));
        Set<String> countries = countries(mine.participants());
        countries.retainAll(countries(theirs.participants()));
        return !named.isEmpty() || countries.size() >= 2;
    }

    private static Set<String> countries(List<Participant> participants) {
        Set<String> ids = new HashSet<>();
        for (Participant p : participants) {
            if (p.kind() == ParticipantKind.COUNTRY) {
                ids.add(p.id());
            }
        }
        return ids;
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
        return namedParties(m.participants());
    }

    private static Set<String> namedParties(List<Participant> participants) {
        Set<String> ids = new HashSet<>();
        for (Participant p : participants) {
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
