package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds mentions of people, countries, cities, venues, regions, organisations and topics in news text, in one
 * linear pass over tokens with hash look-ups into gazetteers loaded once; immutable and safe to share between
 * threads.
 */
public final class MentionFinder {

    private final Gazetteer gazetteer;

    /** Loads the gazetteers shipped with the application. */
    public MentionFinder() {
        this.gazetteer = new Gazetteer();
    }

    /**
     * The mentions in {@code text[from, to)}, sorted by offset and non-overlapping (the longest match wins), with
     * offsets into {@code text}. One call is one document: short names ("Lavrov", "Xi") and role-only mentions
     * ("the Chinese leader") are resolved to the people this range introduces.
     */
    public List<Mention> find(String text, int from, int to) {
        return find(text, from, to, null);
    }

    /**
     * As {@link #find(String, int, int)} for a document in {@code language} (ISO 639-1, or null when unknown):
     * country names of other languages' folders are not read, so a foreign name cannot take an English word or a
     * surname.
     */
    public List<Mention> find(String text, int from, int to, String language) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("range " + from + ".." + to + " outside text of length "
                    + text.length());
        }
        List<Token> tokens = Tokenizer.tokenize(text, from, to);
        return List.copyOf(new DocumentScan(gazetteer, text, tokens, language).run());
    }

    /** The mentions in the whole text. */
    public List<Mention> find(String text) {
        return find(text, 0, text.length());
    }

    /**
     * The diplomatic topic a mention speaks of: a topic mention itself, or a country or region that is also a topic
     * ("Syria", "Venezuela", "Korean Peninsula").
     */
    public Optional<Topic> topicOf(Mention mention) {
        if (mention.kind() == MentionKind.TOPIC) {
            return Optional.ofNullable(gazetteer.topicsById.get(mention.id()));
        }
        return Optional.ofNullable(gazetteer.topicsByMentionId.get(mention.id()));
    }

    /** The canonical English name of a country by its ISO 3166 alpha-2 code, or the code when unknown. */
    public String countryName(String countryCode) {
        return gazetteer.countryName(countryCode);
    }
}
