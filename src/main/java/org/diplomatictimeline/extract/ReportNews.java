package org.diplomatictimeline.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.extract.lang.LanguageFolders;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;

/**
 * The rule for when a plain reporting clause ("X said", "the ministry confirmed") is itself the news rather than
 * the source of what its sentence reports: when the sentence reports nothing else, when it announces a coming
 * encounter (the announcement is then the act), or when it dates itself ("said on Wednesday") on another day than
 * what it reports and what it reports is still to come. "Agreed to cut output, OPEC said Friday" only cites the
 * source of what happened. A report that cites its source ("according to the ministry", "según informó la cadena",
 * "وفق ما أفاد التلفزيون") names where the news came from and is news only when its sentence reports nothing else.
 */
final class ReportNews {

    /** "according to", "según", "menurut": words that cite a source (lang/&lt;code&gt;/reporting.tsv, SOURCE). */
    private static final Set<String> SOURCE = LanguageFolders.withWordsOfKind("reporting.tsv", "SOURCE");
    /** "según detallaron", "وفق ما أفاد": the citing word stands at most this far before the reporting verb. */
    private static final int SOURCE_REACH = 2;

    private ReportNews() {
    }

    /**
     * Whether the reporting clause of {@code t} cites the source of its sentence's news rather than telling what
     * someone said: one of its words is a citing word ("according to", "selon"), or one stands just before it
     * ("según detallaron", "وفق ما أفاد").
     */
    static boolean citesSource(List<Token> tokens, Trigger t) {
        for (String word : t.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (SOURCE.contains(word)) {
                return true; // "according to", "по словам"
            }
        }
        return t.hasWordBefore(tokens, SOURCE, SOURCE_REACH);
    }

    /** Whether the sentence's other events include an encounter that is still to come ("will visit", "will meet"). */
    static boolean announcesEncounter(List<EventMention> reported) {
        return reported.stream().anyMatch(e -> e.status() == EventStatus.PLANNED
                && EventAssembler.MEETING_FAMILY.contains(e.type()) && e.type() != EventType.OTHER);
    }

    /**
     * Whether a report that dates itself is news of its own beside {@code reported}, the other events of its
     * sentence: they are all still to come, or one of them is a coming encounter (a happened anniversary or
     * background fact told beside it does not make the announcement a mere source), and none falls on the
     * report's own day.
     */
    static boolean datedReportIsNews(EventMention report, List<EventMention> reported) {
        boolean allPlanned = reported.stream().filter(e -> e.type() != EventType.STATEMENT)
                .allMatch(e -> e.status() == EventStatus.PLANNED);
        if (!allPlanned && !announcesEncounter(reported)) {
            return false;
        }
        return reported.stream().noneMatch(e -> e.when().isKnown() && report.when().isKnown()
                && e.when().value().equals(report.when().value()));
    }
}
