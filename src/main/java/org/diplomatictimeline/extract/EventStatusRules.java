package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.DatePrecision;
import org.diplomatictimeline.model.DocumentDate;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventStatus;

/**
 * Reads an event's status beyond its trigger's tense: plain reports that only cite a source, encounters called
 * off with the visit that held them, and planned or happened by the event's date against the article's.
 */
final class EventStatusRules {

    /**
     * Plain reporting verbs and phrases ("said", "told", "according to"): they cite a source rather than make news
     * (lang/&lt;code&gt;/reporting.tsv, PLAIN, one phrase a row).
     */
    static final Set<String> PLAIN_REPORTS = LanguageFolders.phrasesOfKind("reporting.tsv", "PLAIN");

    /** Compiled once: asked of every trigger. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static boolean plainReport(Trigger t) {
        return PLAIN_REPORTS.contains(SPACES.matcher(t.text().toLowerCase(Locale.ROOT)).replaceAll(" "));
    }

    /** "is", "was", "been": before a reporting verb they make it passive (lang/&lt;code&gt;/reporting.tsv, PASSIVE). */
    static final Set<String> PASSIVE = LanguageFolders.withWordsOfKind("reporting.tsv", "PASSIVE");
    /** Words naming the agent of a passive ("by", "par", "von": clauses.tsv AGENT of every language). */
    private static final Set<String> AGENTS = LanguageFolders.withWordsOfKind("clauses.tsv", "AGENT");

    /**
     * Words between an encounter called off and the next one that keep the second from being called off with it
     * ("but", "instead"): the CONTRARY rows of lang/&lt;code&gt;/clauses.tsv.
     */
    private static final Set<String> CONTRARY = LanguageFolders.withWordsOfKind("clauses.tsv", "CONTRARY");

    /**
     * Whether a reporting verb is passive with no one named as its source ("whose health is said to be failing",
     * "was reported to have left"): a rumour, not a statement; "was announced by the ministry" names its source.
     */
    static boolean rumour(List<Token> tokens, Trigger t) {
        if (!t.pos().equals("VERB")) {
            return false;
        }
        int i = t.tokenIndex() - 1;
        if (i >= 0 && tokens.get(i).lower().endsWith("ly")) {
            i--; // "is widely said"
        }
        if (i < 0 || !PASSIVE.contains(tokens.get(i).lower())) {
            return false;
        }
        int next = t.tokenIndex() + 1;
        return next >= tokens.size() || !AGENTS.contains(tokens.get(next).lower());
    }

    /**
     * How an encounter before {@code t} in the sentence is called off or put off, with no "but" or "instead"
     * between; empty when none is.
     */
    static Optional<EventStatus> calledOffEncounter(List<Trigger> found, Trigger t, List<Token> tokens) {
        for (Trigger o : found) {
            if (o != t && o.end() <= t.start() && EventTypeProfile.encounter(o.type()) && calledOff(o.status())) {
                boolean joined = tokens.stream().noneMatch(k -> k.start() >= o.end() && k.end() <= t.start()
                        && CONTRARY.contains(k.lower()));
                return joined ? Optional.of(o.status()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Cancelled or postponed: the text says the event does not take place on the day it was set for. */
    static boolean calledOff(EventStatus s) {
        return s == EventStatus.CANCELLED || s == EventStatus.POSTPONED;
    }

    static EventStatus statusFromDate(EventDate when, DocumentDate docDate) {
        if (!when.isKnown() || !docDate.isKnown() || docDate.precision() != DatePrecision.DAY) {
            return EventStatus.HAPPENED;
        }
        LocalDate d = IsoDays.parse(docDate.value());
        return when.span().first().isAfter(d) ? EventStatus.PLANNED : EventStatus.HAPPENED;
    }
}
