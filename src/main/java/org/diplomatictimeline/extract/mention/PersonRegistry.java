package org.diplomatictimeline.extract.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people of one document, indexed by full-name key and by the short forms later mentions use: the surname
 * ("Lavrov"), or for family-name-first names the family name ("Xi", "Wang", "Lee").
 */
final class PersonRegistry {

    /** "Jae-in": a hyphenated Korean given name (compiled once, asked of every two-word name). */
    private static final Pattern HYPHENATED_GIVEN = Pattern.compile("[a-z]+-[a-z]+");
    private static final Set<String> FAMILY_FIRST_COUNTRIES = Set.of("CN", "TW", "HK", "MO", "KR", "KP");
    /** Common Chinese and Korean family names, for names whose country the text does not give. */
    private static final Set<String> FAMILY_NAMES = Set.of(
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
            "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
            "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng",
            "wei", "su", "lu", "ding", "ren", "shen", "yao", "xi", "qin", "geng", "hua", "kim", "lee", "park", "choi",
            "jung", "kang", "cho", "yoon", "jang", "lim", "moon", "ban", "chung", "hwang", "ahn", "shin", "ri", "mao",
            "fu", "qian", "kong", "bai", "lei", "fang", "shi", "jia", "xia", "tan", "zou", "xiong", "meng", "qiu",
            "hou", "dai", "wen", "yan", "fan", "long", "wan", "duan", "cui", "kou", "hao", "zhong", "gu");

    private final Gazetteer gazetteer;
    private final Map<String, Person> byFull = new HashMap<>();
    private final Map<String, Person> byShort = new HashMap<>();
    private final Map<String, Person> byId = new HashMap<>();

    PersonRegistry(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A person the text introduces with a title, an apposition or another cue; found again if already known. */
    Person introduce(List<String> words, String writtenName, String role, String countryCode) {
        String displayName = CyrillicNames.display(writtenName);
        Person p = existing(words, countryCode);
        if (p == null && words.size() >= 2) {
            List<String> surname = familyFirst(words, countryCode) ? words.subList(0, 1)
                    : words.subList(words.size() - 1, words.size());
            Person first = byFull.get(VariantKey.of(surname));
            if (first != null && first.surnameOnly()) {
                first.complete("person:" + VariantKey.idOf(words), displayName, words.size()); // "Mr. Haddad" then "Omar Haddad"
                p = first;
            }
        }
        if (p == null) {
            p = new Person("person:" + VariantKey.idOf(words), false, displayName, role, countryCode, words.size());
            byId.put(p.id, p);
        }
        p.learn(displayName, words.size(), role, countryCode);
        index(p, words);
        return p;
    }

    /**
     * The person these words name if the document or the file of well-known people already knows them, else null;
     * a title lets a bare surname reach the file ("President Moon").
     */
    Person existing(List<String> words, String countryCode) {
        Person p = find(words, true);
        if (p == null && words.size() == 1) {
            GazetteerEntry e = gazetteer.knownSurnames.get(VariantKey.of(words));
            if (e != null && (countryCode.isEmpty() || countryCode.equals(e.countryCode()))) {
                p = known(e);
            }
        }
        return p;
    }

    /** A person named by an entry of the file of well-known people. */
    Person known(GazetteerEntry entry) {
        Person p = byId.get(entry.id());
        if (p == null) {
            p = new Person(entry.id(), true, entry.name(), entry.role(), entry.countryCode(), 2);
            byId.put(p.id, p);
            List<Token> tokens = Tokenizer.tokenize(entry.name(), 0, entry.name().length());
            index(p, NameParser.words(tokens, 0, tokens.size()));
        }
        return p;
    }

    /** The person these name words refer to, or null; {@code allowKnown} also consults the file of known people. */
    Person find(List<String> words, boolean allowKnown) {
        String key = VariantKey.of(words);
        Person p = byFull.get(key);
        if (p == null) {
            p = byShort.get(key);
        }
        if (p == null && allowKnown) {
            GazetteerEntry e = gazetteer.knownPeople.get(key);
            if (e != null) {
                p = known(e);
            }
        }
        return p;
    }

    private void index(Person p, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        byFull.put(VariantKey.of(words), p);
        int n = words.size();
        if (n == 1) {
            byShort.put(VariantKey.of(words), p);
            return;
        }
        if (familyFirst(words, p.countryCode)) {
            byShort.put(VariantKey.of(words.subList(0, 1)), p);
            return;
        }
        for (int k = 1; k < n; k++) {
            byShort.put(VariantKey.of(words.subList(k, n)), p); // "Lavrov", "Le Drian", "von der Leyen"
        }
    }

    static boolean familyFirst(List<String> words, String countryCode) {
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        if (FAMILY_FIRST_COUNTRIES.contains(countryCode)) {
            return true;
        }
        boolean koreanGiven = words.size() == 2 && HYPHENATED_GIVEN.matcher(words.get(1)).matches();
        return countryCode.isEmpty() && (koreanGiven || FAMILY_NAMES.contains(words.get(0)));
    }
}
