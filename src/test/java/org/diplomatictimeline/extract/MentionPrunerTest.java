package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplomatictimeline.extract.MergeFixtures.ADA;
import static org.diplomatictimeline.extract.MergeFixtures.KENYA;
import static org.diplomatictimeline.extract.MergeFixtures.SWEDEN;
import static org.diplomatictimeline.extract.MergeFixtures.day;
import static org.diplomatictimeline.model.EventType.AGREEMENT;
import static org.diplomatictimeline.model.EventType.STATEMENT;

import java.util.List;
import org.diplomatictimeline.extract.MergeFixtures.Report;
import org.diplomatictimeline.model.EventDate;
import org.diplomatictimeline.model.EventType;
import org.diplomatictimeline.model.Participant;
import org.junit.jupiter.api.Test;

class MentionPrunerTest {

    private static final EventDate FRIDAY = day("2022-03-04");
    private final MentionPruner pruner = new MentionPruner();

    private static EventMention in(int sentence, EventType type, EventDate when, Participant... who) {
        return Report.of("a", "2022-03-05", type, when).with(who).mention(sentence);
    }

    @Test
    void governmentsAnnouncingTheDealOfTheirSentenceAreItsSource() {
        // "Kenya and Sweden announced on Friday a trade deal."
        List<EventMention> kept = pruner.prune(List.of(in(1, STATEMENT, FRIDAY, KENYA, SWEDEN),
                in(1, AGREEMENT, FRIDAY, KENYA, SWEDEN)));

        assertThat(kept).extracting(EventMention::type).containsExactly(AGREEMENT);
    }

    @Test
    void aPersonsAnnouncementStaysHisStatement() {
        List<EventMention> kept = pruner.prune(List.of(in(1, STATEMENT, FRIDAY, ADA, KENYA),
                in(1, AGREEMENT, FRIDAY, KENYA, SWEDEN)));

        assertThat(kept).extracting(EventMention::type).containsExactly(STATEMENT, AGREEMENT);
    }

    @Test
    void anAnnouncementOfAnotherDayOrSentenceIsNewsOfItsOwn() {
        List<EventMention> laterDeal = pruner.prune(List.of(in(1, STATEMENT, FRIDAY, KENYA),
                in(1, AGREEMENT, day("2022-04-01"), KENYA, SWEDEN)));
        List<EventMention> otherSentence = pruner.prune(List.of(in(1, STATEMENT, FRIDAY, KENYA),
                in(2, AGREEMENT, FRIDAY, KENYA, SWEDEN)));

        assertThat(laterDeal).extracting(EventMention::type).containsExactly(STATEMENT, AGREEMENT);
        assertThat(otherSentence).extracting(EventMention::type).containsExactly(STATEMENT, AGREEMENT);
    }
}
