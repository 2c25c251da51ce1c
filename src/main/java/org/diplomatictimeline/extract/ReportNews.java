package org.diplomatictimeline.extract;

import java.util.List;
import org.diplomatictimeline.model.EventStatus;
import org.diplomatictimeline.model.EventType;

/**
 * The rule for when a plain reporting clause ("X said", "the ministry confirmed") is itself the news rather than
 * the source of what its sentence reports: when the sentence reports nothing else, when it announces a coming
 * encounter (the announcement is then the act), or when it dates itself ("said on Wednesday") on another day than
 * what it reports and what it reports is still to come. "Agreed to cut output, OPEC said Friday" only cites the
 * source of what happened.
 */
final class ReportNews {

    private ReportNews() {
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
