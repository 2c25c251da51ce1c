package org.diplomatictimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.diplomatictimeline.extract.docdate.OfficeSpan;
import org.diplomatictimeline.extract.mention.Mention;
import org.diplomatictimeline.extract.mention.MentionKind;
import org.junit.jupiter.api.Test;

class OfficeTermsTest {

    private final OfficeTerms terms = OfficeTerms.standard();

    private static Mention person(String name, String role) {
        return new Mention(0, name.length(), name, MentionKind.PERSON, "person:" + name, name, role, "");
    }

    @Test
    void twoOfficeHoldersPutTheTextInTheMonthsTheyServedTogether() {
        List<Mention> named = List.of(person("Theresa May", "Prime Minister"), person("Donald Trump", "President"));

        OfficeSpan span = terms.span(named).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2017, 1));
        assertThat(span.to()).isEqualTo(YearMonth.of(2019, 7));
        assertThat(span.reason()).contains("Theresa May").contains("Donald Trump");
    }

    @Test
    void theOfficeTheTextGivesChoosesAmongAPersonsTerms() {
        OfficeSpan span = terms.span(List.of(person("Joe Biden", "Vice President"))).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2009, 1));
        assertThat(span.to()).isEqualTo(YearMonth.of(2017, 1));
    }

    @Test
    void anOfficeWrittenWithTheCountrysAdjectiveAfterItIsThatOffice() {
        // "le président russe, Dmitri Medvedev", "el presidente estadounidense Barack Obama"
        List<Mention> named = List.of(person("Dmitry Medvedev", "President russe"),
                person("Barack Obama", "President estadounidense"));

        OfficeSpan span = terms.span(named).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2009, 1));
        assertThat(span.reason()).contains("Dmitry Medvedev").contains("Barack Obama");
    }

    @Test
    void anOfficeWrittenWithTheCountryItServesIsThatOffice() {
        // "President of Russia Dmitry Medvedev": the presidency, not his later premiership
        OfficeSpan span = terms.span(List.of(person("Dmitry Medvedev", "President of Russia"))).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2008, 5));
        assertThat(span.to()).isEqualTo(YearMonth.of(2012, 5));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"президент России", "Präsident", "presidente de Rusia",
        "président russe", "الرئيس الروسي"})
    void anOfficeWrittenInTheTextsLanguageIsThatOffice(String role) {
        OfficeSpan span = terms.span(List.of(person("Dmitry Medvedev", role))).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2008, 5));
        assertThat(span.to()).isEqualTo(YearMonth.of(2012, 5));
    }

    @Test
    void aHeadOfGovernmentIsNotTheHeadOfStateWhoseWordOpensTheTitle() {
        // "presidente del gobierno" is the premiership, though it starts with "presidente"
        OfficeSpan span = terms.span(List.of(person("Dmitry Medvedev", "presidente del gobierno ruso")))
                .orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2012, 5));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"бывший президент", "الرئيس السابق", "ancien président"})
    void aFormerHolderInAnyLanguageSetsNoBound(String role) {
        List<Mention> named = List.of(person("Dmitry Medvedev", role), person("Emmanuel Macron", "President"));

        OfficeSpan span = terms.span(named).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2017, 5));
    }

    @Test
    void aPersonNamedInAnOfficeTheTableDoesNotListSetsNoBound() {
        List<Mention> named = List.of(person("Angela Merkel", "former chancellor"),
                person("Emmanuel Macron", "President"));

        OfficeSpan span = terms.span(named).orElseThrow();

        assertThat(span.from()).isEqualTo(YearMonth.of(2017, 5));
        assertThat(span.to()).isEqualTo(OfficeSpan.OPEN);
    }

    @Test
    void holdersWhoNeverServedTogetherSayNothing() {
        List<Mention> named = List.of(person("Barack Obama", "President"), person("Keir Starmer", "Prime Minister"));

        assertThat(terms.span(named)).isEmpty();
    }

    @Test
    void aTextNamingNoKnownOfficeHolderHasNoSpan() {
        assertThat(terms.span(List.of(person("Ana Ruiz", "mayor")))).isEmpty();
    }
}
