package org.diplomatictimeline.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Shared look-ups for the mention tests: one finder for all (it is immutable), and finding a mention by its text. */
final class MentionAssertions {

    static final MentionFinder FINDER = new MentionFinder();

    private MentionAssertions() {
    }

    static List<Mention> find(String text) {
        return FINDER.find(text, 0, text.length());
    }

    /** The first mention whose text is exactly {@code surface}, failing with the whole list otherwise. */
    static Mention mention(String text, String surface) {
        List<Mention> found = find(text);
        return found.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in: " + found));
    }

    /** The last mention whose text is exactly {@code surface}. */
    static Mention lastMention(String text, String surface) {
        List<Mention> found = find(text);
        Mention last = null;
        for (Mention m : found) {
            if (m.text().equals(surface)) {
                last = m;
            }
        }
        assertThat(last).as("mention '%s' in %s", surface, found).isNotNull();
        return last;
    }

    /** Asserts that {@link #FINDER}, reading {@code sentence} as {@code language}, finds a mention ending in
     *  {@code surface} whose id is {@code id} (a person, country or city of the gazetteer). */
    static void assertFinds(String sentence, String language, String surface, String id) {
        List<Mention> found = FINDER.find(sentence, 0, sentence.length(), language);
        assertThat(found).as("%s", found).anyMatch(m -> m.text().endsWith(surface) && m.id().equals(id));
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The city mentions {@link #FINDER} finds in {@code text}, read as {@code language}. */
    static List<Mention> cities(String text, String language) {
        return FINDER.find(text, 0, text.length(), language).stream()
                .filter(m -> m.kind() == MentionKind.CITY).toList();
    }
}
