package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * What a reporting verb reports: a date inside it dates what was said, not the saying, in every language's way of
 * opening it; and a reporting verb inside someone's quoted words is part of what they said, not a statement.
 */
class ReportedContentTest {

    private static List<EventMention> statements(String header, String body) {
        return ArticleExtraction.mentions(header, body).stream()
                .filter(m -> m.type() == EventType.STATEMENT).toList();
    }

    private static boolean speaks(EventMention m, String name) {
        return m.participants().stream().anyMatch(p -> p.name().equals(name));
    }

    @Test
    void aMonthInWhatWasSaidDoesNotDateTheSaying() {
        // given: a minister who stressed, in a report of the article's day, what had happened in an earlier month
        List<EventMention> ru = statements("2024-11-20", "Министр иностранных дел Латвии Байба Браже "
                + "подчеркнула, что соглашение, подписанное в марте, укрепило безопасность региона.");
        List<EventMention> es = statements("2024-11-20", "El canciller de Uruguay, Martín Ferraro, destacó "
                + "que el acuerdo firmado en marzo reforzó la seguridad de la región.");

        // then: each statement is of the article's day, not of March
        assertThat(ru).isNotEmpty().allSatisfy(m -> assertThat(m.when().value()).isEqualTo("2024-11-20"));
        assertThat(es).isNotEmpty().allSatisfy(m -> assertThat(m.when().value()).isEqualTo("2024-11-20"));
    }

    @Test
    void aDateBeforeTheOpeningWordStillDatesTheSaying() {
        // given: a minister who spoke on a named day about a later month
        List<EventMention> found = statements("2024-11-20", "El canciller de Uruguay, Martín Ferraro, "
                + "afirmó el lunes que la cumbre se celebrará en marzo.");

        // then: the statement is of Monday
        assertThat(found).anySatisfy(m -> assertThat(m.when().value()).isEqualTo("2024-11-18"));
    }

    @Test
    void aReportingVerbInsideAQuotationIsWhatTheSpeakerSaid() {
        // given: a minister quoting his government's announcement, which names another country after its verb
        List<EventMention> found = statements("2024-11-20", "“The government of Uruguay, true to "
                + "its word, announces its firm backing for the people of Ecuador,” declared Martín Ferraro.");

        // then: one statement, by the minister; Ecuador, named in the quoted words, does not speak
        assertThat(found).singleElement().satisfies(m -> {
            assertThat(speaks(m, "Martín Ferraro")).isTrue();
            assertThat(speaks(m, "Ecuador")).isFalse();
        });
    }

    @Test
    void aSentenceThatIsAllQuoteKeepsItsReportingVerb() {
        // given: a minister named in one sentence, and his quoted words, naming nobody else speaking, in the next
        List<EventMention> found = statements("2024-11-20", "Uruguayan Foreign Minister Martín Ferraro "
                + "spoke to reporters in Montevideo. “We announced our firm backing for the people of Ecuador.”");

        // then: the quote's own verb is still the only sign of a statement, and it is kept
        assertThat(found).isNotEmpty();
    }

    @Test
    void theWordsOpeningWhatIsReportedAreFoundInEachLanguage() {
        // given: sentences whose reporting verb is followed by the word that opens what it reports
        assertThat(opening("He said on Monday that it rained.", "said")).isEqualTo("that");
        assertThat(opening("Il a déclaré qu'il pleuvait.", "déclaré")).isEqualTo("qu'il");
        assertThat(opening("Er sagte am Montag, dass es regnete.", "sagte")).isEqualTo("dass");
        assertThat(opening("Ia mengatakan bahwa hujan turun.", "mengatakan")).isEqualTo("bahwa");
        assertThat(opening("He said: “It rained.”", "said")).isEqualTo("“");
        // and one with none: nothing opens it
        assertThat(opening("He said it rained on Monday.", "said")).isNull();
    }

    @Test
    void aQuoteLeftOpenFromTheSentenceBeforeEndsAtItsVerb() {
        String closing = "We will meet again soon,” Ada Quell said.";
        String inside = "“Chile announces new talks,” Ada Quell said.";

        assertThat(ReportedContent.quoted(closing, 0, closing.length(), closing.indexOf("said"),
                closing.indexOf("said") + 4)).isFalse();
        assertThat(ReportedContent.quoted(inside, 0, inside.length(), inside.indexOf("announces"),
                inside.indexOf("announces") + 9)).isTrue();
        assertThat(ReportedContent.quoted(inside, 0, inside.length(), inside.indexOf("said"),
                inside.indexOf("said") + 4)).isFalse();
    }

    /** The word at which what {@code verb} reports begins in {@code text}, or null. */
    private static String opening(String text, String verb) {
        List<Token> tokens = new WordTokenizer().tokenize(text, 0, text.length());
        int at = text.indexOf(verb);
        int index = 0;
        while (tokens.get(index).start() < at) {
            index++;
        }
        Trigger t = new Trigger(at, at + verb.length(), verb, EventType.STATEMENT, "VERB", null, 0, index);
        int start = ReportedContent.start(tokens, t);
        return start == Integer.MAX_VALUE ? null : tokens.stream().filter(k -> k.start() == start).findFirst()
                .map(Token::lower).orElseThrow();
    }
}
