package org.diplomatictimeline.extract.mention;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomatictimeline.extract.lang.LanguageFolders;

/**
 * Finds runs of capitalised words that can be a person's name ("Sergey Lavrov", "Lee Nak-yeon",
 * "Bashar al-Assad", "Donald J. Trump"), without deciding yet whether they are one.
 */
final class NameParser {

    static final int MAX_WORDS = 4;
    private static final Set<String> PARTICLES = NameParticles.TABLE.joins();
    /**
     * Particles that are also articles ("Rutte den Bundespräsidenten", "Scholz der Kanzler"): they join a name only
     * after another particle ("von der Leyen", "van den Broek").
     */
    private static final Set<String> ARTICLE_PARTICLES = NameParticles.TABLE.articles();
    /** English month names (the JDK's): "Theresa May" is a name, "May 13" is not. */
    private static final Set<String> MONTHS = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private final Gazetteer gazetteer;
    private final IntFunction<PhraseTrie.Match> entityAt;
    private final Set<String> prepositions;

    /** A parser for one token list; {@code entityAt} gives the longest gazetteer phrase at a token (memoised). */
    NameParser(Gazetteer gazetteer, IntFunction<PhraseTrie.Match> entityAt) {
        this(gazetteer, entityAt, Set.of());
    }

    /**
     * A parser for a text whose language uses {@code prepositions} before places: such a word never joins two
     * names as a particle there (Indonesian "James Marape di Jakarta" is a man in a city, not "Marape di Jakarta").
     */
    NameParser(Gazetteer gazetteer, IntFunction<PhraseTrie.Match> entityAt,
               Set<String> prepositions) {
        this.gazetteer = gazetteer;
        this.entityAt = entityAt;
        this.prepositions = prepositions;
    }

    /** The end (exclusive token index) of the name that starts at {@code i}, or {@code i} when none starts there. */
    int parse(List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i;
        int words = 0;
        int end = i;
        boolean givenOnly = true;
        while (j < n && words < MAX_WORDS) {
            Token t = tokens.get(j);
            if (j > i && t.lineBefore()) {
                break;
            }
            if (isNameWord(tokens, j, words == 0)) {
                givenOnly &= gazetteer.givenNames.contains(t.key());
                j = afterHyphens(tokens, j + 1);
                words++;
                end = j;
            } else if (words > 0 && t.shape() == Token.LOWER && PARTICLES.contains(t.key())
                    && !prepositions.contains(t.key()) && !ARTICLE_PARTICLES.contains(t.key())) {
                int k = j + 1;
                while (k < n && tokens.get(k).shape() == Token.LOWER && PARTICLES.contains(tokens.get(k).key())) {
                    k++; // "von der Leyen", "de la Fuente"
                }
                if (k < n && tokens.get(k).is("-") && !tokens.get(k).spaceBefore()) {
                    k++;
                }
                if (k < n && isNameWord(tokens, k, false) && !inflectedTitle(tokens.get(k).key())) {
                    j = k;
                } else {
                    break;
                }
            } else if (words > 0 && t.shape() == Token.CAPITALISED && PARTICLES.contains(t.key())
                    && j + 1 < n && isNameWord(tokens, j + 1, false)) {
                j++; // a surname's particle written with a capital: "Luigi Di Maio", "Lula Da Silva"
            } else if (words > 0 && t.shape() == Token.CAPITALISED && t.end() - t.start() == 1 && j + 1 < n
                    && tokens.get(j + 1).is(".") && !tokens.get(j + 1).spaceBefore() && j + 2 < n
                    && isNameWord(tokens, j + 2, false)) {
                j += 2; // a middle initial: "Donald J. Trump"
            } else if (words > 0 && regnalNumber(t)) {
                end = j + 1; // a regnal number ends the name: "Felipe VI", "Charles III"
                break;
            } else if (words > 0 && givenOnly && surnamePlace(tokens, j)) {
                end = j + 1; // "Rui Lisboa", "Ana Chile": after given names only, a one-word place is the surname
                break;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The end of a name right after a title and its owner, where its first word may also name a place ("el canciller
     * argentino Santiago X"): the title makes the run a person, so a one-word place followed by a name word opens
     * the name. {@code i} when none starts there.
     */
    int parseAfterTitle(List<Token> tokens, int i) {
        int end = parse(tokens, i);
        if (end > i || i + 1 >= tokens.size() || tokens.get(i).shape() != Token.CAPITALISED
                || tokens.get(i).end() - tokens.get(i).start() < 2 || tokens.get(i + 1).lineBefore()) {
            return end;
        }
        PhraseTrie.Match m = entityAt.apply(i);
        boolean place = m != null && m.end() == i + 1 && (m.entry().kind() == MentionKind.CITY
                || m.entry().kind() == MentionKind.REGION || m.entry().kind() == MentionKind.COUNTRY
                && !m.entry().adjective());
        if (!place || !isNameWord(tokens, i + 1, false)) {
            return i;
        }
        int rest = parse(tokens, i + 1);
        return rest > i + 1 ? rest : i;
    }

    /** Roman numerals from II to XIX but V and X, the numbers that follow a monarch's or a pope's name (as keys). */
    private static final Pattern REGNAL =
            Pattern.compile("x?(ii|iii|iv|vi|vii|viii|ix)|xi|xv");

    /** Whether {@code t} is a regnal number written in capitals ("VI", "III"), not "I", "V" or "X" alone. */
    private static boolean regnalNumber(Token t) {
        return t.shape() == Token.UPPER && !t.lineBefore() && t.end() - t.start() <= 4
                && REGNAL.matcher(t.key()).matches();
    }

    /** Whether token {@code j} is a capitalised one-word country or city name, which may also be a surname. */
    boolean surnamePlace(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        if (t.shape() != Token.CAPITALISED || t.end() - t.start() < 2) {
            return false;
        }
        PhraseTrie.Match m = entityAt.apply(j);
        return m != null && m.end() == j + 1 && (m.entry().kind() == MentionKind.CITY
                || m.entry().kind() == MentionKind.COUNTRY && !m.entry().adjective());
    }

    /** Whether token {@code j} can be a word of a name. */
    boolean isNameWord(List<Token> tokens, int j, boolean first) {
        Token t = tokens.get(j);
        if (t.shape() != Token.CAPITALISED || t.end() - t.start() < 2) {
            return false;
        }
        String k = t.key();
        if (MONTHS.contains(k)) {
            // "Theresa May" yes, "May 13" no; a month never opens a name
            return !first && !(j + 1 < tokens.size() && tokens.get(j + 1).shape() == Token.NUMBER);
        }
        if (gazetteer.stopwords.contains(k) || gazetteer.titleWords.contains(k)) {
            return false;
        }
        PhraseTrie.Match m = entityAt.apply(j);
        return m == null || m.entry().kind() == MentionKind.PERSON;
    }

    /** Endings a title takes in the texts' inflected languages ("den Bundespräsidenten", "des Ministers"). */
    private static final Set<String> TITLE_ENDINGS = LanguageFolders.withWordsOfKind("inflection.tsv", "TITLE_ENDING");

    /**
     * Whether {@code key} is a title with an inflection ending: after "den" or "der" it makes the particle an
     * article ("Mark Berg den Bundespräsidenten" is a man and the president, not one name).
     */
    private boolean inflectedTitle(String key) {
        for (String ending : TITLE_ENDINGS) {
            if (key.length() > ending.length() + 2 && key.endsWith(ending)
                    && gazetteer.titleWords.contains(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static int afterHyphens(List<Token> tokens, int j) {
        int n = tokens.size();
        while (j + 1 < n && tokens.get(j).is("-") && !tokens.get(j).spaceBefore()
                && tokens.get(j + 1).isWord() && !tokens.get(j + 1).spaceBefore()) {
            j += 2;
        }
        return j;
    }

    /** The words of a name span, hyphenated parts joined: "Lee Nak-yeon" -> ["lee", "nak-yeon"]. */
    static List<String> words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (t.is("-") && !t.spaceBefore() && current != null) {
                current.append('-');
                continue;
            }
            if (!t.isWord()) {
                continue;
            }
            if (current != null && !t.spaceBefore() && current.charAt(current.length() - 1) == '-') {
                current.append(t.key());
                continue;
            }
            if (current != null) {
                out.add(current.toString());
            }
            current = new StringBuilder(t.key());
        }
        if (current != null) {
            out.add(current.toString());
        }
        if (out.size() > 2) {
            out.removeIf(w -> w.length() == 1); // middle initials
        }
        out.replaceAll(CyrillicNames::latinWord); // "путина" -> "putin": one key for every case and script
        return out;
    }
}
