package org.diplomatictimeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomatictimeline.corpus.Document;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.diplomatictimeline.model.Evidence;
import org.diplomatictimeline.model.Place;

/**
 * Places an encounter told without a place in the city the story is filed from ("NAIROBI, May 3 (Reuters) - Kenya's
 * president held talks with ... on Tuesday"): where the clause says "here" (prepositions.tsv kind HERE), or where the
 * encounter falls within days of the report and one of its parties is of the dateline's country, the host. A
 * document stage run after {@link VisitStay}.
 */
final class DatelinePlace {

    /** Days around the report's date within which an encounter with a host party is taken to be where it is filed. */
    static final int NEAR_DAYS = 3;
    /** How far into the body a dateline may open a line (after a headline and a byline). */
    private static final int DATELINE_REACH = 600;

    private final ActorMapper actors = new ActorMapper();

    /** The city of the document's dateline: a city opening a line near the top ({@link NonParty#datelinePlace}). */
    Optional<Place> of(Document doc, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() < doc.bodyStart()) {
                continue;
            }
            if (m.start() > doc.bodyStart() + DATELINE_REACH) {
                break;
            }
            if (m.kind() != MentionKind.CITY) {
                continue;
            }
            if (NonParty.datelinePlace(doc, m)) {
                return actors.place(m);
            }
        }
        return Optional.empty();
    }

    /** The mentions, each encounter without a place given the dateline's city where it is held there. */
    static List<EventMention> placed(List<EventMention> mentions, Place dateline, String text, String language) {
        Set<String> here = here(language);
        List<EventMention> result = new ArrayList<>(mentions.size());
        for (EventMention m : mentions) {
            boolean receives = OccasionPlaces.receives(m) && (saysHere(m, text, here) || hostNearReport(m, dateline));
            result.add(receives ? m.withPlaces(List.of(dateline)) : m);
        }
        return result;
    }

    private static Set<String> here(String language) {
        Set<String> words = new HashSet<>(LanguageFolders.ownWordsOfKind("en", "prepositions.tsv", "HERE"));
        if (language != null) {
            words.addAll(LanguageFolders.ownWordsOfKind(language, "prepositions.tsv", "HERE"));
        }
        return words;
    }

    private static boolean saysHere(EventMention m, String text, Set<String> here) {
        for (Evidence e : m.evidence()) {
            if (e.end() > text.length()) {
                continue;
            }
            for (String w : text.substring(e.start(), e.end()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (here.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hostNearReport(EventMention m, Place dateline) {
        String reported = m.documentDate().value();
        if (reported == null || reported.length() != 10 || dateline.countryCode() == null
                || dateline.countryCode().isBlank()) {
            return false;
        }
        LocalDate day = LocalDate.parse(reported);
        LocalDate first = m.when().span().first();
        LocalDate last = m.when().span().last();
        boolean near = !first.isBefore(day.minusDays(NEAR_DAYS)) && !last.isAfter(day.plusDays(NEAR_DAYS));
        return near && m.participants().stream().anyMatch(p -> dateline.countryCode().equals(p.countryCode()));
    }
}
