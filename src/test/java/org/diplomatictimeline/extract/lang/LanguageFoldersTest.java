package org.diplomatictimeline.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.diplomatictimeline.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageFoldersTest {

    private static final Set<String> PARTS_OF_SPEECH = Set.of("VERB", "NOUN", "REPORT", "COUNT");
    private static final Set<String> TENSES = Set.of("PAST", "PRESENT", "FUTURE", "NONE");
    private static final Set<String> TITLE_CLASSES = Set.of("head", "minister", "foreign", "spokes", "envoy",
            "official", "military", "honorific", "counterpart");

    static List<String> codes() {
        return LanguageFolders.codes();
    }

    @Test
    void theListNamesEnglishAndTheLanguagesOfTheNews() {
        assertThat(LanguageFolders.codes()).contains("en", "fr", "es", "it", "de", "pt", "ru", "id", "ar");
    }

    @ParameterizedTest
    @MethodSource("codes")
    void everyListedLanguageHasStopWordsForIdentification(String code) {
        assertThat(LanguageFolders.lines(code, "stopwords.txt")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("codes")
    void triggerRowsHaveTheColumnsOfTheEnglishTable(String code) {
        for (String line : LanguageFolders.lines(code, "triggers.tsv")) {
            String[] f = line.split("\t");
            if (f[0].equals("@cue")) {
                assertThat(f).as(line).hasSize(3);
                continue;
            }
            assertThat(f).as(line).hasSizeGreaterThanOrEqualTo(6);
            assertThat(f[0]).as(line).isEqualTo(f[0].toLowerCase(Locale.ROOT).trim());
            assertThat(PARTS_OF_SPEECH).as(line).contains(f[2]);
            assertThat(TENSES).as(line).contains(f[3]);
            assertThat(Integer.parseInt(f[5])).as(line).isPositive();
        }
    }

    @Test
    void phraseRowsKeepTheirWordsTogether() {
        Set<String> plain = LanguageFolders.phrasesOfKind("reporting.tsv", "PLAIN");

        assertThat(plain).contains("according to", "told reporters", "said", "сообщили");
        assertThat(plain).doesNotContain("according", "to", "reporters");
    }

    @ParameterizedTest
    @MethodSource("codes")
    void titleRowsNameAKnownClass(String code) {
        for (String line : LanguageFolders.lines(code, "titles.tsv")) {
            String[] f = line.split("\t");
            assertThat(f.length).as(line).isBetween(2, 3); // an optional English title to match as
            assertThat(TITLE_CLASSES).as(line).contains(f[1]);
        }
    }

    @Test
    void elidedFormsAreAddedForTriggersThatOpenWithAVowel() {
        assertThat(LanguageFolders.triggerRows()).anyMatch(r -> r.startsWith("l'accord\t"))
                .anyMatch(r -> r.startsWith("dell'incontro\t"));
    }

    @Test
    void triggerRowsOfTypesThisBuildDoesNotKnowAreLeftOut() {
        Set<String> types = new HashSet<>();
        for (EventType t : EventType.values()) {
            types.add(t.name());
        }
        assertThat(LanguageFolders.triggerRows()).allMatch(r -> r.startsWith("@cue\t") || types.contains(
                r.split("\t")[1]));
    }

    @Test
    void tenseCuesAreReadByKind() {
        assertThat(LanguageFolders.cueWords("FUTURE")).contains("sera", "akan");
        assertThat(LanguageFolders.cueWords("CANCEL")).contains("annulé", "abgesagt");
    }
}
