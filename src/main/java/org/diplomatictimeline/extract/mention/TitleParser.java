package org.diplomatictimeline.extract.mention;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Reads what describes a person: an owner (country, organisation or seat of government), modifiers and a title
 * ("Russia's Foreign Ministry spokeswoman", "former Prime Minister", "Commissioner for Competition").
 */
final class TitleParser {

    /** What precedes a name: "Russia's Foreign Ministry spokeswoman", "former Foreign Minister", "UN". */
    record Descriptor(int end, PhraseTrie.Match owner, String countryCode, String label, String modifiers,
                      GazetteerEntry title, boolean possessive) {
    }

    private final Gazetteer g;
    private final NameParser names;
    private final IntFunction<PhraseTrie.Match> entityAt;
    private final String text;
    private final List<Token> tokens;

    TitleParser(Gazetteer g, NameParser names, IntFunction<PhraseTrie.Match> entityAt, String text,
                List<Token> tokens) {
        this.g = g;
        this.names = names;
        this.entityAt = entityAt;
        this.text = text;
        this.tokens = tokens;
    }

    /**
     * Skips the complement of a title that comes before the name: "Commissioner for Competition Neelie Kroes",
     * "Minister of Foreign Affairs of Russia Sergey Lavrov". Returns {@code k} when there is none.
     */
    int afterComplement(int k) {
        int n = tokens.size();
        int j = k;
        PhraseTrie.Match owner = j < n ? entityAt.apply(j) : null;
        if (owner != null && owner.entry().kind() != MentionKind.PERSON && owner.end() < n
                && (names.parseAfterTitle(tokens, owner.end()) > owner.end() || tokens.get(owner.end()).is(",")
                && owner.end() + 1 < n && names.parse(tokens, owner.end() + 1) > owner.end() + 1)) {
            // The owner right after the title: "президент России Владимир Путин", "el canciller chileno, Tomás".
            j = owner.end();
        }
        while (j + 1 < n && (g.titleLinks.contains(tokens.get(j).key()) || tokens.get(j).is("to")
                && entityAt.apply(j + 1) != null)) {
            if (determiner(tokens.get(j + 1)) && j + 2 < n && entityAt.apply(j + 2) != null) {
                j++; // "President of the European Commission Ursula von der Leyen"
            }
            PhraseTrie.Match m = entityAt.apply(j + 1);
            boolean entity = m != null && m.entry().kind() != MentionKind.PERSON;
            int named = entity ? -1 : namedBodyEnd(j + 1);
            if (named > 0) {
                return named; // "el líder de La Alianza Nueva", "presidente do Partido Novo, Rui Sá": no name yet
            }
            int end = entity ? m.end() : tokens.get(j + 1).shape() == Token.CAPITALISED ? j + 2 : -1;
            int apposed = apposedComplementEnd(j + 1);
            if (apposed > 0 && (end < 0 || names.parse(tokens, end) == end)) {
                return apposed; // "la ministra de Exteriores, Arancha González": the comma is the caller's
            }
            if (end < 0 || names.parse(tokens, end) == end) {
                break;
            }
            if (!entity && NameParser.words(tokens, end, names.parse(tokens, end)).size() < 2) {
                break; // "aide for Kirk Kerkorian": "Kirk" belongs to the name, not to the title
            }
            j = end;
        }
        return j;
    }

    /**
     * The end of a complement that names a body rather than a country, or -1: its first word is capitalised and
     * cannot open a person's name, a determiner or a word of a language folder's bodies.txt ("de La Libertad
     * Nueva", "do Partido Social", "of The Green League"). The body's name
     * runs over its capitalised words and the link words between them; a person, if any, follows only after a comma.
     */
    private int namedBodyEnd(int s) {
        int n = tokens.size();
        Token first = tokens.get(s);
        if (first.shape() != Token.CAPITALISED || !(determiner(first) || g.bodyWords.contains(first.key()))) {
            return -1;
        }
        int end = s + 1;
        while (end < n && end - s < MAX_BODY_WORDS) {
            Token t = tokens.get(end);
            if (t.lineBefore()) {
                break;
            }
            if (t.shape() == Token.CAPITALISED || t.shape() == Token.UPPER) {
                end++;
            } else if (t.shape() == Token.LOWER && (g.titleLinks.contains(t.key()) || g.determiners.contains(
                    t.key())) && end + 1 < n && tokens.get(end + 1).shape() == Token.CAPITALISED) {
                end++; // "Partido de la Liberación"
            } else {
                break;
            }
        }
        return end > s + 1 ? end : -1;
    }

    /** Most words of a body's name after a title ("de La Unión Cívica Radical del Pueblo"). */
    private static final int MAX_BODY_WORDS = 8;

    /**
     * The end of a title's complement that starts at {@code s} (after the link word) and is set off by a comma from
     * the full name that follows, or -1: "ministra de Exteriores, Arancha González", "ministre de la Défense,
     * Sébastien Lecornu", "ministro degli Esteri, Antonio Tajani", "ministro dos Negócios Estrangeiros, Paulo
     * Rangel", "minister for presidential affairs, Omar Idris", "speaker of the House of Representatives, Jane Roe",
     * "Minister of Trade and Industry, John Roe". The complement runs over entities, capitalised words, the link
     * words, determiners and conjunctions between them (a link word or conjunction only before a capitalised word or
     * an entity) and at most three lower-case words in all; it never crosses a line.
     */
    private int apposedComplementEnd(int s) {
        int n = tokens.size();
        int end = s;
        int lower = 0;
        while (end < n && end - s < MAX_COMPLEMENT_TOKENS) {
            Token t = tokens.get(end);
            if (end > s && t.lineBefore()) {
                return -1;
            }
            PhraseTrie.Match m = entityAt.apply(end);
            if (m != null && m.entry().kind() != MentionKind.PERSON) {
                end = m.end();
            } else if (t.shape() == Token.CAPITALISED || t.shape() == Token.UPPER && t.isWord()) {
                end++;
            } else if (joiner(t) && end > s && end + 1 < n && opensComplementWord(end + 1)) {
                end++; // "House of Representatives", "Trade and Industry"
            } else if (determiner(t) && end + 1 < n && opensComplementWord(end + 1)) {
                end++; // "of the National Assembly", "de la Défense"
            } else if (lowerComplementWord(end) && lower < MAX_LOWER_COMPLEMENT) {
                lower++;
                end++; // "Affaires étrangères", "for presidential affairs"
            } else {
                break;
            }
        }
        if (end == s || end + 1 >= n || !tokens.get(end).is(",")) {
            return -1;
        }
        int nameEnd = names.parse(tokens, end + 1);
        return NameParser.words(tokens, end + 1, nameEnd).size() >= 2 ? end : -1;
    }

    /** Most tokens of a complement set off by a comma ("of the Ministry of Foreign Affairs and Trade"). */
    private static final int MAX_COMPLEMENT_TOKENS = 10;

    /** A link word or conjunction that may join the words of a complement ("of", "and", "e", "и"). */
    private boolean joiner(Token t) {
        return t.shape() == Token.LOWER && (g.titleLinks.contains(t.key()) || g.conjunctions.contains(t.key()));
    }

    /** An article: a row of a language folder's determiners.txt ("the", "la", "der"). */
    private boolean determiner(Token t) {
        return g.determiners.contains(t.key());
    }

    /** Whether the token at {@code j} can continue a complement: an entity, a capitalised or a lower-case word. */
    private boolean opensComplementWord(int j) {
        Token t = tokens.get(j);
        return entityAt.apply(j) != null || t.shape() == Token.CAPITALISED || lowerComplementWord(j);
    }

    /** Most lower-case words a complement set off by a comma may hold ("for presidential affairs"). */
    private static final int MAX_LOWER_COMPLEMENT = 3;

    /** A lower-case word that can be part of a title's complement: neither a link word nor a determiner. */
    private boolean lowerComplementWord(int j) {
        Token t = tokens.get(j);
        return t.shape() == Token.LOWER && t.isWord() && !g.titleLinks.contains(t.key())
                && !determiner(t) && !g.conjunctions.contains(t.key());
    }

    /**
     * The country that owns a title ending at {@code k}: after a link word ("president of Venezuela", "el
     * presidente de Chile") or, in languages that mark it by case or word order, right after the title
     * ("председателем Китая", "Presiden Republik Indonesia"), or a demonym written after the title in the languages
     * that put the adjective after its noun ("le dirigeant éthiopien", "il presidente italiano", "الرئيس المصري");
     * else null.
     */
    PhraseTrie.Match countryAfter(int k) {
        int n = tokens.size();
        int at = k + 1 < n && (tokens.get(k).is("of") || !tokens.get(k).is("for")
                && g.titleLinks.contains(tokens.get(k).key())) ? k + 1 : k;
        PhraseTrie.Match m = at < n ? entityAt.apply(at) : null;
        if (m == null || m.entry().kind() != MentionKind.COUNTRY
                || m.entry().adjective() && !(at == k && tokens.get(at).shape() != Token.CAPITALISED)) {
            return null; // a demonym owns the title only right after it, uncapitalised: "el mandatario chileno"
        }
        if (m.end() < n && (tokens.get(m.end()).is("'s") || names.isNameWord(tokens, m.end(), true))) {
            return null; // "the president Russia's ...", "President of Russia Vladimir Putin"
        }
        return m;
    }

    /**
     * A second country joined by "and" right after the country owning a role-only title, ending at {@code k} ("the
     * leaders of Russia and Ukraine", "i leader di Russia e Ucraina"); else null.
     */
    PhraseTrie.Match coordinatedCountry(int k) {
        int n = tokens.size();
        if (k + 1 >= n || !g.conjunctions.contains(tokens.get(k).key())) {
            return null;
        }
        PhraseTrie.Match m = entityAt.apply(k + 1);
        boolean country = m != null && m.entry().kind() == MentionKind.COUNTRY && !m.entry().adjective();
        return country && (m.end() >= n || !tokens.get(m.end()).is("'s")) ? m : null;
    }

    /** Parses an owner (country, organisation, seat of government), modifiers and a title starting at {@code i}. */
    Descriptor descriptor(int i) {
        int n = tokens.size();
        int j = i;
        PhraseTrie.Match owner = null;
        String cc = "";
        String label = "";
        boolean possessive = false;
        PhraseTrie.Match m = entityAt.apply(j);
        if (m != null) {
            GazetteerEntry e = m.entry();
            boolean ownerKind = e.kind() == MentionKind.COUNTRY || e.kind() == MentionKind.ORGANISATION
                    || (e.kind() == MentionKind.VENUE || e.kind() == MentionKind.CITY) && e.metonym();
            if (!ownerKind) {
                return null;
            }
            owner = m;
            cc = e.countryCode();
            if (e.kind() == MentionKind.ORGANISATION || e.kind() == MentionKind.VENUE) {
                label = e.kind() == MentionKind.ORGANISATION && e.role().isEmpty() ? span(m.from(), m.end())
                        : e.kind() == MentionKind.ORGANISATION ? e.role() : e.name();
            }
            j = m.end();
            if (j < n && tokens.get(j).is("'s")) {
                possessive = true;
                j++;
            }
        }
        int modStart = j;
        // A title wins over a modifier that starts it: "Chief Executive" is a title, "chief" alone a modifier.
        for (PhraseTrie.Match mod = g.modifiers.longest(tokens, j, n);
             mod != null && g.titles.longest(tokens, j, n) == null; mod = g.modifiers.longest(tokens, j, n)) {
            j = mod.end();
        }
        String mods = j > modStart ? span(modStart, j).toLowerCase(Locale.ROOT) : "";
        PhraseTrie.Match title = g.titles.longest(tokens, j, n);
        if (title == null) {
            return owner == null ? null : new Descriptor(j, owner, cc, label, mods, null, possessive);
        }
        return new Descriptor(title.end(), owner, cc, label, mods, title.entry(), possessive);
    }

    /**
     * A second title right before the name, after the first ("Saudi leader Crown Prince Mohammed"): its capitalised
     * words are the title, not the name. Null when none, when it is a mere honorific, or when no name follows it.
     */
    PhraseTrie.Match stackedTitle(int k) {
        PhraseTrie.Match inner = g.titles.longest(tokens, k, tokens.size());
        if (inner == null || titleClass(inner.entry()).equals("honorific")
                || names.parse(tokens, inner.end()) == inner.end()) {
            return null;
        }
        return inner;
    }

    /** The same descriptor with the title nearest the name in place of the first one, modifiers dropped. */
    static Descriptor restated(Descriptor d, PhraseTrie.Match inner) {
        return new Descriptor(inner.end(), d.owner(), d.countryCode(), d.label(), "", inner.entry(), d.possessive());
    }

    static String role(Descriptor d, String cls) {
        if (d.title() == null || cls.equals("honorific")) {
            return "";
        }
        String role = d.title().name();
        if (!d.modifiers().isEmpty()) {
            role = d.modifiers() + " " + role.toLowerCase(Locale.ROOT);
        }
        return d.label().isEmpty() ? role : d.label() + " " + role;
    }

    static String titleClass(GazetteerEntry title) {
        return title.id().substring("title:".length());
    }

    private String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
}
